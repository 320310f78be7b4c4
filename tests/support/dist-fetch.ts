/**
 * A fetch serving a built dist/ as the add-in's origin serves it, for code run outside a browser
 * (the built functions in a Node vm): a relative address is a file under dist/ (its query
 * ignored), anything else is refused, and `integrity` is checked as a browser checks Subresource
 * Integrity (https://www.w3.org/TR/SRI/: a mismatch is a network error, a TypeError).
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface DistFetch {
  fetch: (input: string, init?: { integrity?: string }) => Promise<Response>;
  /** The addresses asked, in order. */
  asked: string[];
}

export function distFetch(dist: string): DistFetch {
  const asked: string[] = [];
  const fetch = async (input: string, init?: { integrity?: string }) => {
    asked.push(input);
    if (/^[a-z]+:/i.test(input) || input.startsWith("/"))
      throw new TypeError(`Failed to fetch: ${input} is not a file of the add-in`);
    const file = join(dist, input.split("?")[0]);
    if (!existsSync(file)) return new Response("", { status: 404, statusText: "Not Found" });
    const body = readFileSync(file);
    if (init?.integrity) {
      const [algorithm, expected] = init.integrity.split(/-(.*)/s);
      const actual = createHash(algorithm).update(body).digest("base64");
      if (actual !== expected)
        throw new TypeError(`Failed to fetch: ${input} does not match its integrity`);
    }
    return new Response(body);
  };
  return { fetch, asked };
}
