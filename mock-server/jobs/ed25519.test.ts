import { describe, expect, it } from 'vitest';
import { createPublicKey, generateKeyPairSync, verify } from 'node:crypto';
import { createSigningKey } from './ed25519';

const pem = (type: 'ed25519' | 'x25519') =>
  generateKeyPairSync(type as 'ed25519')
    .privateKey.export({ format: 'pem', type: 'pkcs8' })
    .toString();

describe('createSigningKey', () => {
  it('signs what its published JWK verifies, and nothing else', () => {
    const key = createSigningKey();
    const [jwk] = key.jwks().keys;
    const publicKey = createPublicKey({ key: jwk, format: 'jwk' });
    expect(verify(null, Buffer.from('message'), publicKey, key.sign('message'))).toBe(true);
    expect(verify(null, Buffer.from('massage'), publicKey, key.sign('message'))).toBe(false);
    expect(jwk).toMatchObject({ kty: 'OKP', crv: 'Ed25519', kid: key.kid, alg: 'EdDSA', use: 'sig' });
  });

  it('keeps a pinned key and its kid across instances; fresh keys differ', () => {
    const pinned = pem('ed25519');
    expect(createSigningKey(pinned).jwks()).toEqual(createSigningKey(pinned).jwks());
    expect(createSigningKey().kid).not.toBe(createSigningKey().kid);
  });

  it('refuses a key that is not Ed25519, saying what it got', () => {
    expect(() => createSigningKey(pem('x25519'))).toThrow(/Ed25519 private key \(got x25519\)/);
  });
});
