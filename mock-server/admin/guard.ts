import type { NextFunction, Request, Response } from 'express';
import { timingSafeEqual } from 'node:crypto';
import { MockError } from '../errors/catalogue';
import { requestHost } from '../http-adapter';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const JSON_TYPE = /^application\/json\s*(;|$)/i;
const LOOPBACK_NAMES = new Set(['127.0.0.1', 'localhost', '::1']);

/**
 * Keeps the control API to the developer and their tools. A web page in their browser must not
 * reach it: another site is refused by Origin and Sec-Fetch-Site; a state change needs a JSON
 * Content-Type, which a page cannot send cross-site without a preflight; and the Host must be the
 * mock's own address, so a DNS-rebound name cannot read it either.
 */
export function guardAdmin(token: string | undefined) {
  return (req: Request, _res: Response, next: NextFunction) => {
    if (token !== undefined) checkToken(req, token);
    const host = requestHost(req);
    if (!isOwnAddress(req, host))
      throw new MockError(
        'forbidden',
        `The control API answers only on the mock's own address (127.0.0.1, localhost or [::1] with port ${req.socket.localPort}); Host was "${host}".`,
      );
    const origin = req.get('origin');
    if (origin !== undefined && origin !== `${req.protocol}://${host}`)
      throw new MockError('forbidden', `The control API refuses calls from other sites (Origin ${origin}).`);
    const site = req.get('sec-fetch-site');
    if (site !== undefined && site !== 'same-origin' && site !== 'none')
      throw new MockError('forbidden', `The control API refuses calls from other sites (Sec-Fetch-Site: ${site}).`);
    // The header itself, not req.is(): that answers null for a request without a body.
    if (!SAFE_METHODS.has(req.method) && !JSON_TYPE.test(req.get('content-type') ?? '')) {
      throw new MockError(
        'unsupported_media_type',
        `${req.method} on the control API needs "Content-Type: application/json" (got "${req.get('content-type') ?? 'no Content-Type'}"), even with no body.`,
      );
    }
    next();
  };
}

function checkToken(req: Request, token: string) {
  const match = /^Bearer +(\S+)$/i.exec(req.get('authorization') ?? '');
  const given = Buffer.from(match?.[1] ?? '');
  const wanted = Buffer.from(token);
  if (match && given.length === wanted.length && timingSafeEqual(given, wanted)) return;
  throw new MockError('auth_invalid', 'The control API needs "Authorization: Bearer <admin token>" (set with --admin-token).');
}

/** Loopback names, or the address the connection arrived on, with the port it arrived on. */
function isOwnAddress(req: Request, host: string): boolean {
  const match = /^(?:\[([^\]]+)\]|([^:]+))(?::(\d+))?$/.exec(host);
  if (!match) return false;
  const name = (match[1] ?? match[2]).toLowerCase();
  const port = Number(match[3] ?? 80);
  const local = (req.socket.localAddress ?? '').replace(/^::ffff:/, '');
  return (LOOPBACK_NAMES.has(name) || name === local) && port === req.socket.localPort;
}
