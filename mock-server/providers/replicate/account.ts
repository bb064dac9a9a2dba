import { createHash } from 'node:crypto';
import type { OperationHandler } from '../../context';

/**
 * The account a token stands for: a user named after a hash of the token, so each token is its own
 * account (files and predictions are scoped by it) and the token itself is never shown or stored.
 */
export function accountOf(token: string): { type: 'user'; username: string; name: string; github_url: null } {
  const username = `mock-${createHash('sha256').update(token).digest('hex').slice(0, 12)}`;
  return { type: 'user', username, name: username, github_url: null };
}

export const getAccount: OperationHandler = (call) => ({ status: 200, body: accountOf(call.key) });
