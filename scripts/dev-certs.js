// @ts-check
/**
 * HTTPS options for the dev server.
 *
 * First choice: office-addin-dev-certs, which makes a developer CA, trusts it and signs a
 * localhost certificate. As root on Linux without sudo it writes the certificates and then
 * fails to install the CA, while exiting 0 (../shared/TOOLCHAIN.md); its getHttpsServerOptions()
 * then throws. We detect that and fall back, with a one-line warning:
 *   1. to the certificates it did write in ~/.office-addin-dev-certs/, if they are there;
 *   2. else to a self-signed localhost certificate generated once into .certs/ (git-ignored;
 *      KZUZ_CERT_DIR overrides the folder).
 * Either way the server starts; the browser or Office must be told to trust the certificate
 * (README: "Trusting the dev certificate").
 */
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const LOCAL_DIR = process.env.KZUZ_CERT_DIR || path.join(__dirname, "..", ".certs");

/** @typedef {{ ca?: string; key: string; cert: string; origin: string }} HttpsOptions */

/** @returns {HttpsOptions | undefined} */
function readPair(dir, certName, keyName, caName) {
  const cert = path.join(dir, certName);
  const key = path.join(dir, keyName);
  if (!fs.existsSync(cert) || !fs.existsSync(key)) return undefined;
  const ca =
    caName && fs.existsSync(path.join(dir, caName))
      ? fs.readFileSync(path.join(dir, caName), "utf8")
      : undefined;
  return {
    ca,
    cert: fs.readFileSync(cert, "utf8"),
    key: fs.readFileSync(key, "utf8"),
    origin: dir,
  };
}

/** True if the PEM certificate is valid now and for at least another day. */
function isCurrent(pem) {
  try {
    const x509 = new (require("node:crypto").X509Certificate)(pem);
    return Date.parse(x509.validTo) > Date.now() + 24 * 3600 * 1000;
  } catch {
    return false;
  }
}

/** @returns {Promise<HttpsOptions>} */
async function selfSigned() {
  const existing = readPair(LOCAL_DIR, "localhost.crt", "localhost.key");
  if (existing && isCurrent(existing.cert)) return existing;
  const selfsigned = require("selfsigned");
  const pems = await selfsigned.generate([{ name: "commonName", value: "localhost" }], {
    keySize: 2048,
    algorithm: "sha256",
    notAfterDate: new Date(Date.now() + 30 * 24 * 3600 * 1000),
    extensions: [
      { name: "basicConstraints", cA: false },
      { name: "keyUsage", digitalSignature: true, keyEncipherment: true },
      { name: "extKeyUsage", serverAuth: true },
      {
        name: "subjectAltName",
        altNames: [
          { type: 2, value: "localhost" },
          { type: 7, ip: "127.0.0.1" },
          { type: 7, ip: "::1" },
        ],
      },
    ],
  });
  fs.mkdirSync(LOCAL_DIR, { recursive: true });
  fs.writeFileSync(path.join(LOCAL_DIR, "localhost.crt"), pems.cert);
  fs.writeFileSync(path.join(LOCAL_DIR, "localhost.key"), pems.private, { mode: 0o600 });
  return { cert: pems.cert, key: pems.private, origin: LOCAL_DIR };
}

/**
 * HTTPS options for webpack-dev-server; never throws for a certificate problem.
 * @param {{ log?: (line: string) => void }} [options]
 * @returns {Promise<HttpsOptions>}
 */
async function getHttpsOptions(options = {}) {
  const log = options.log ?? ((line) => console.warn(line));
  try {
    const devCerts = require("office-addin-dev-certs");
    const o = await devCerts.getHttpsServerOptions();
    return { ca: o.ca, key: o.key, cert: o.cert, origin: "office-addin-dev-certs" };
  } catch (error) {
    const reason = String((error && error.message) || error).split("\n")[0];
    const written = readPair(
      path.join(os.homedir(), ".office-addin-dev-certs"),
      "localhost.crt",
      "localhost.key",
      "ca.crt"
    );
    const fallback = written && isCurrent(written.cert) ? written : await selfSigned();
    log(
      `warning: could not install the Office developer CA (${reason}); serving HTTPS with the certificate in ${fallback.origin}, which you must trust yourself (README: "Trusting the dev certificate").`
    );
    return fallback;
  }
}

module.exports = { getHttpsOptions, selfSigned, LOCAL_DIR };
