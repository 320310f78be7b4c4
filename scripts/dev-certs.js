// @ts-check
/**
 * HTTPS options for the dev server.
 *
 * First choice: office-addin-dev-certs, which makes a developer CA, trusts it and signs a
 * localhost certificate. As root on Linux without sudo it writes the certificates and then
 * fails to install the CA (its install step runs `sudo update-ca-certificates`); its
 * getHttpsServerOptions() then throws. We detect that and fall back, with a one-line warning:
 *   1. to the certificates it did write in ~/.office-addin-dev-certs/, if they are there;
 *   2. else to a developer CA and a localhost certificate it signs, made once into .certs/ by
 *      office-addin-dev-certs' generateCertificates(), which installs nothing (git-ignored;
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

const CA_FILE = "ca.crt";
const CERT_FILE = "localhost.crt";
const KEY_FILE = "localhost.key";

/**
 * The CA and localhost certificate in LOCAL_DIR, made on first use and remade when the
 * certificate has less than a day left (they last 30 days, office-addin-dev-certs' default).
 * @returns {Promise<HttpsOptions>}
 */
async function generated() {
  const existing = readPair(LOCAL_DIR, CERT_FILE, KEY_FILE, CA_FILE);
  if (existing && existing.ca && isCurrent(existing.cert)) return existing;
  const files = [CA_FILE, CERT_FILE, KEY_FILE].map((name) => path.join(LOCAL_DIR, name));
  // generateCertificates() writes nothing when the CA file is already there.
  for (const file of files) fs.rmSync(file, { force: true });
  const { generateCertificates } = require("office-addin-dev-certs");
  const [ca, cert, key] = files;
  await generateCertificates(ca, cert, key, 30, ["localhost", "127.0.0.1", "::1"]);
  fs.chmodSync(key, 0o600);
  return /** @type {HttpsOptions} */ (readPair(LOCAL_DIR, CERT_FILE, KEY_FILE, CA_FILE));
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
      CERT_FILE,
      KEY_FILE,
      CA_FILE
    );
    const fallback = written && isCurrent(written.cert) ? written : await generated();
    log(
      `warning: could not install the Office developer CA (${reason}); serving HTTPS with the certificate in ${fallback.origin}, which you must trust yourself (README: "Trusting the dev certificate").`
    );
    return fallback;
  }
}

module.exports = { getHttpsOptions, LOCAL_DIR };
