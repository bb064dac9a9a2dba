import type { StateStore } from '../state/store';
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, type JsonWebKey, type KeyObject } from 'node:crypto';

/** The mock's webhook signing key: signs deliveries and publishes its public half as a JWKS. */
export interface SigningKey {
  kid: string;
  sign(message: string | Buffer): Buffer;
  jwks(): { keys: JsonWebKey[] };
}

/**
 * An Ed25519 key, from a PEM (`--webhook-signing-key`) or fresh. The `kid` is the key's RFC 7638
 * thumbprint (SHA-256 of its canonical JWK, base64url), so a pinned key keeps its id across restarts.
 */
export function createSigningKey(privateKeyPem?: string): SigningKey {
  const privateKey: KeyObject = privateKeyPem ? createPrivateKey(privateKeyPem) : generateKeyPairSync('ed25519').privateKey;
  if (privateKey.asymmetricKeyType !== 'ed25519')
    throw new Error(`The webhook signing key must be an Ed25519 private key (got ${privateKey.asymmetricKeyType ?? 'a non-asymmetric key'}).`);
  const jwk = createPublicKey(privateKey).export({ format: 'jwk' });
  const kid = createHash('sha256')
    .update(JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x }))
    .digest('base64url');
  const published: JsonWebKey = { kty: jwk.kty, crv: jwk.crv, x: jwk.x, kid, alg: 'EdDSA', use: 'sig' };
  return {
    kid,
    sign: (message) => sign(null, typeof message === 'string' ? Buffer.from(message) : message, privateKey),
    jwks: () => ({ keys: [structuredClone(published)] }),
  };
}

export function newSigningKeyPem(): string {
  return generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }) as string;
}

/**
 * The key every instance sharing `store` signs with: the pinned one (`--webhook-signing-key`, never
 * written to the store), else the first one any instance stored, so each publishes the same JWKS.
 */
export function sharedSigningKeyPem(store: StateStore, pinned: string | undefined): Promise<string> {
  return pinned === undefined ? store.shared('webhook-signing-key', newSigningKeyPem()) : Promise.resolve(pinned);
}

/**
 * The message fal and Ideogram both sign for a webhook: the delivery's id, the account's user id, the
 * timestamp and the body's SHA-256 (hex), joined by `\n`.
 */
export function webhookMessage(id: string, userId: string, timestamp: number, body: string): string {
  return [id, userId, String(timestamp), createHash('sha256').update(body).digest('hex')].join('\n');
}
