import { X509Certificate, createPrivateKey } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

process.env.KZUZ_CERT_DIR = join(mkdtempSync(join(tmpdir(), "kzuz-certs-")), "certs");

jest.mock("office-addin-dev-certs", () => ({
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

  test("when office-addin-dev-certs cannot install its CA: one warning line, and a working localhost certificate", async () => {
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
  });

  test("a second start reuses the generated certificate", async () => {
    const first = await getHttpsOptions({ log: () => undefined });
    const second = await getHttpsOptions({ log: () => undefined });
    expect(second.cert).toBe(first.cert);
  });
});
