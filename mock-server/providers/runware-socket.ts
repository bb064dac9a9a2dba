/**
 * Runware's WebSocket handshake (https://runware.ai/docs/platform/authentication, and what
 * @runware/sdk-js 1.3 sends): the first message is `[{taskType: "authentication", apiKey}]`, answered
 * `{data: [{taskType: "authentication", connectionSessionUUID}]}`; a reconnecting client sends the
 * session's UUID with its key and keeps it. `[{taskType: "ping", ping: true}]` is answered with a pong
 * without being served. Every other message is an array of tasks, served as `POST /v1` with the key.
 */
import { randomUUID } from 'node:crypto';
import type { SocketProtocol, SocketStep } from '../context';
import type { Json } from '../../core/model/load';
import { INVALID_API_KEY, invalidApiKey } from './runware-errors';

/** RFC 6455 "policy violation": the connection is closed for what the client sent. */
const POLICY = 1008;

function errors(error: Json, close?: string): SocketStep {
  return { kind: 'answer', body: { errors: [error] }, close: close ? { code: POLICY, reason: close } : undefined };
}

export const runwareSocket: SocketProtocol = {
  path: '/v1',
  receive(message, session, keys) {
    if (!Array.isArray(message) || message.length === 0) {
      return errors({ code: 'invalidPayload', message: 'Each message must be a JSON array of one or more task objects.' });
    }
    const first = message[0] as Record<string, unknown> | null;
    if (first?.taskType === 'authentication' && message.length === 1) {
      const key = first.apiKey;
      if (typeof key !== 'string' || !key || (keys && !keys.includes(key))) return errors(invalidApiKey(INVALID_API_KEY));
      session.key = key;
      // A reconnecting client resumes its session (its pending results are the store's either way).
      session.id = typeof first.connectionSessionUUID === 'string' && first.connectionSessionUUID ? first.connectionSessionUUID : randomUUID();
      return { kind: 'answer', body: { data: [{ taskType: 'authentication', connectionSessionUUID: session.id }] } };
    }
    if (!session.key) return errors(invalidApiKey('The first message must be an authentication task with your API key.'), 'not authenticated');
    if (message.length === 1 && first?.taskType === 'ping') return { kind: 'answer', body: { data: [{ taskType: 'ping', pong: true }] } };
    return { kind: 'serve', key: session.key };
  },
};
