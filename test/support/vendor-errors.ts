/**
 * The vendors' error bodies (specs/CONVENTIONS.md, "Error bodies the mock produces"): each vendor's
 * shape, and assertions that a refusal or an undocumented error (404, 405) comes in it.
 */
import { expect } from 'vitest';
import type { Response } from 'supertest';
import type { MockApp } from '../../mock-server/app';
import type { Operation } from '../../core/model/operations';
import { formatViolations, type SpecValidator } from '../../core/validator';
import { departures } from './conformance';
import type { Observed } from './raw-http';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Each vendor's error body, as the conventions table lists it. */
export const ERROR_SHAPES: Record<string, { describe: string; test(body: unknown): boolean }> = {
  ideogram: { describe: '{error: string}', test: (b) => isObject(b) && typeof b.error === 'string' },
  yutoai: {
    describe: '{error: {message, type}}',
    test: (b) => isObject(b) && isObject(b.error) && typeof b.error.message === 'string' && typeof b.error.type === 'string',
  },
  pixazo: {
    describe: '{error, message} or {statusCode, message}',
    test: (b) => isObject(b) && typeof b.message === 'string' && (typeof b.error === 'string' || typeof b.statusCode === 'number'),
  },
  magnific: {
    describe: '{message} or {problem: {message, invalid_params}}',
    test: (b) =>
      isObject(b) &&
      (typeof b.message === 'string' ||
        (isObject(b.problem) &&
          typeof b.problem.message === 'string' &&
          Array.isArray(b.problem.invalid_params) &&
          b.problem.invalid_params.every((p) => isObject(p) && typeof p.name === 'string' && typeof p.reason === 'string'))),
  },
  fal: {
    describe: '{detail: string} or {detail: [{loc, msg, type}]}',
    test: (b) =>
      isObject(b) &&
      (typeof b.detail === 'string' ||
        (Array.isArray(b.detail) &&
          b.detail.length > 0 &&
          b.detail.every((d) => isObject(d) && Array.isArray(d.loc) && typeof d.msg === 'string' && typeof d.type === 'string'))),
  },
};
ERROR_SHAPES['fal-queue'] = ERROR_SHAPES.fal;
ERROR_SHAPES['fal-rest'] = ERROR_SHAPES.fal;
ERROR_SHAPES.replicate = {
  describe: '{detail: string, title?, status?, invalid_fields?}',
  test: (b) => isObject(b) && typeof b.detail === 'string' && (b.status === undefined || typeof b.status === 'number'),
};
ERROR_SHAPES.kie = { describe: '{code: number, msg: string}', test: (b) => isObject(b) && typeof b.code === 'number' && typeof b.msg === 'string' };

ERROR_SHAPES.wavespeed = {
  describe: '{code, message, data: null}',
  test: (b) => isObject(b) && typeof b.code === 'number' && typeof b.message === 'string' && b.data === null,
};

ERROR_SHAPES.together = {
  describe: '{error: {message, type, param, code}}',
  test: (b) =>
    isObject(b) && isObject(b.error) && typeof b.error.message === 'string' && typeof b.error.type === 'string' && 'param' in b.error && 'code' in b.error,
};

ERROR_SHAPES.segmind = {
  describe: '{error: string} (v2: with status: FAILED)',
  test: (b) => isObject(b) && typeof b.error === 'string' && (b.status === undefined || b.status === 'FAILED'),
};

ERROR_SHAPES.runware = {
  describe: '{errors: [{code, message, parameter?, taskType?, taskUUID?}]}',
  test: (b) =>
    isObject(b) &&
    Array.isArray(b.errors) &&
    b.errors.length > 0 &&
    b.errors.every((e) => isObject(e) && typeof e.code === 'string' && typeof e.message === 'string'),
};

/** The mock's shape when no vendor is mounted at the path (`{error, message}`). */
const UNMOUNTED_SHAPE = { describe: '{error, message}', test: (b: unknown) => isObject(b) && typeof b.error === 'string' && typeof b.message === 'string' };

/**
 * A refusal as the vendor would send it: a 4xx from the allowed list, JSON in the vendor's error shape,
 * no internals leaked, and, where the operation documents the status, a body valid against the spec.
 */
export function expectVendorRefusal(
  validator: SpecValidator,
  provider: string | undefined,
  op: Operation | undefined,
  res: Observed,
  allowed: readonly number[],
) {
  const context = `${provider ?? '(no vendor)'} ${op?.operationId ?? ''} ${res.status} ${res.text.slice(0, 300)}`;
  expect(res.status, context).toBeGreaterThanOrEqual(400);
  expect(res.status, context).toBeLessThan(500);
  expect(allowed, context).toContain(res.status);
  expect(res.headers['content-type'] ?? '', context).toMatch(/^application\/json/);
  const shape = provider ? ERROR_SHAPES[provider] : UNMOUNTED_SHAPE;
  expect(shape.test(res.body), `${context}\nexpected ${shape.describe}`).toBe(true);
  expect(res.text, context).not.toMatch(/node_modules|\.ts:\d+|\n\s+at /);
  if (op && provider && op.responses.some((r) => r.status === res.status)) {
    expect(departures(validator, provider, op.operationId, res), context).toBe('');
  }
}

/**
 * An error that no single operation documents (404 on an unknown path, 405): its body must still
 * be the vendor's error shape. Judged against the first schema the vendor documents for that status,
 * else for 404, else the auth failure's (the vendor's plain error body).
 */
export function expectVendorErrorShape(app: MockApp, validator: SpecValidator, provider: string, res: Response) {
  const ops = app.mock.index.operations.filter((o) => o.provider === provider);
  const candidates = [res.status, 404, ...new Set(ops.map((o) => o.authFailureStatus))];
  for (const status of candidates) {
    const op = ops.find((o) => o.responses.some((r) => r.status === status));
    if (!op) continue;
    const violations = validator.validateResponse(provider, op.operationId, { status, headers: res.headers, body: res.body });
    expect(formatViolations(violations), `${provider} ${res.status} judged as ${op.operationId} ${status}: ${JSON.stringify(res.body)}`).toBe('');
    return;
  }
  throw new Error(`${provider} documents no error response to compare with`);
}

/** Every string in a JSON value, for error "the message names the field" checks. */
export function textOf(body: unknown): string {
  return JSON.stringify(body) ?? '';
}
