import { X509Certificate, createPrivateKey } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

process.env.KZUZ_CERT_DIR = join(mkdtempSync(join(tmpdir(), "kzuz-certs-")), "certs");

// Installing the CA fails as it does for root without sudo; generating certificates is real.
jest.mock("office-addin-dev-certs", () => ({
  ...jest.requireActual("office-addin-dev-certs"),
  getHttpsServerOptions: jest.fn(() =>
    Promise.reject(new Error("Unable to install the CA certificate. /bin/sh: 1: sudo: not found"))
  ),
}));
jest.mock("node:os", () => ({
  ...jest.requireActual("node:os"),
  homedir: () => "/nonexistent-home-for-test",
}));

const { getHttpsOptions, LOCAL_DIR } = require("../../scripts/dev-certs.js");

describe("dev certificates", () => {
  beforeEach(() => rmSync(LOCAL_DIR, { recursive: true, force: true }));

  test("when office-addin-dev-certs cannot install its CA: one warning line, and a localhost certificate signed by a CA of its own", async () => {
    const lines: string[] = [];
    const options = await getHttpsOptions({ log: (l: string) => lines.push(l) });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^warning: could not install the Office developer CA \(Unable to install the CA certificate\. .*sudo: not found\)/
    );
    expect(lines[0]).not.toContain("\n");
    const cert = new X509Certificate(options.cert);
    expect(cert.subjectAltName).toContain("DNS:localhost");
    expect(cert.checkPrivateKey(createPrivateKey(options.key))).toBe(true);
    expect(Date.parse(cert.validTo)).toBeGreaterThan(Date.now() + 7 * 24 * 3600 * 1000);
    expect(existsSync(`${LOCAL_DIR}/localhost.crt`)).toBe(true);
    expect(cert.subjectAltName).toContain("IP Address:127.0.0.1");
    expect(cert.ca).toBe(false);
    const ca = new X509Certificate(options.ca);
    expect(ca.ca).toBe(true);
    expect(cert.checkIssued(ca)).toBe(true);
    expect(cert.verify(ca.publicKey)).toBe(true);
    expect(readFileSync(`${LOCAL_DIR}/ca.crt`, "utf8")).toBe(options.ca);
    expect(statSync(`${LOCAL_DIR}/localhost.key`).mode & 0o077).toBe(0);
  });

  test("a second start reuses the generated certificate", async () => {
    const first = await getHttpsOptions({ log: () => undefined });
    const second = await getHttpsOptions({ log: () => undefined });
    expect(second.cert).toBe(first.cert);
    expect(second.ca).toBe(first.ca);
  });
});
