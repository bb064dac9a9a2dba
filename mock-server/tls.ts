import { readFileSync, writeFileSync } from 'node:fs';
import { createSecureContext } from 'node:tls';
import type { StateStore } from './state/store';

export interface TlsOptions {
  /** Serve HTTPS with a self-signed certificate made at start (unless certFile/keyFile are given). */
  tls?: boolean;
  /** PEM files to serve instead of a generated certificate. */
  certFile?: string;
  keyFile?: string;
  /** Where to write the certificate so clients can trust it (SSL_CERT_FILE, NODE_EXTRA_CA_CERTS). */
  certOut?: string;
}

export interface TlsMaterial {
  cert: string;
  key: string;
}

/** The certificate and key to serve, or undefined for plain HTTP. */
export async function tlsMaterial(options: TlsOptions): Promise<TlsMaterial | undefined> {
  if (Boolean(options.certFile) !== Boolean(options.keyFile)) throw new Error('--tls-cert and --tls-key go together: pass both.');
  if (!options.tls && !options.certFile) {
    if (options.certOut) throw new Error('--tls-cert-out needs --tls (or --tls-cert/--tls-key).');
    return undefined;
  }
  const material = options.certFile ? readPair(options.certFile, options.keyFile!) : await selfSigned();
  if (options.certOut) writeFileSync(options.certOut, material.cert);
  return material;
}

/** Checked here: Node would otherwise accept a bad pair and fail every handshake later. */
function readPair(certFile: string, keyFile: string): TlsMaterial {
  const material = { cert: readFileSync(certFile, 'utf8'), key: readFileSync(keyFile, 'utf8') };
  try {
    createSecureContext(material);
  } catch (error) {
    throw new Error(`--tls-cert ${certFile} and --tls-key ${keyFile} are not a usable PEM certificate and key (${(error as Error).message}).`, {
      cause: error,
    });
  }
  return material;
}

/**
 * A certificate for 127.0.0.1, ::1 and localhost that is its own CA: clients trust it by pointing
 * SSL_CERT_FILE / NODE_EXTRA_CA_CERTS / `ca` at it. EC keys: an RSA key takes far longer to make,
 * and start-up must stay fast.
 */
async function selfSigned(): Promise<TlsMaterial> {
  // Loaded only here: the library and its X.509 stack would slow every plain-HTTP start.
  const { generate } = await import('selfsigned');
  const notAfter = new Date();
  notAfter.setDate(notAfter.getDate() + 30);
  const pems = await generate([{ name: 'commonName', value: 'ideogram-contracts mock' }], {
    keyType: 'ec',
    notAfterDate: notAfter,
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', digitalSignature: true, keyCertSign: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
          { type: 7, ip: '::1' },
        ],
      },
    ],
  });
  return { cert: pems.cert, key: pems.private };
}

/**
 * Instances sharing a store serve one certificate: a generated one is stored by the first to start
 * (set-if-absent) and taken by the others, so a client trusting one instance's trusts them all.
 */
export async function sharedTls(store: StateStore, material: TlsMaterial, certOut?: string): Promise<TlsMaterial> {
  const shared = JSON.parse(await store.shared('tls', JSON.stringify(material))) as TlsMaterial;
  if (certOut && shared.cert !== material.cert) writeFileSync(certOut, shared.cert);
  return shared;
}
