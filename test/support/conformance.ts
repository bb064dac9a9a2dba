/**
 * Conformance of one answer to its operation's documented response: `departures` as text, empty when
 * it conforms, one line per departure otherwise; and the assertions tests make with it.
 */
import { expect } from 'vitest';
import type { Response } from 'supertest';
import type { MockApp } from '../../mock-server/app';
import type { Operation } from '../../core/model/operations';
import { formatViolations, SpecValidator } from '../../core/validator';

/** An answer as supertest, light-my-request or fetch (a `Headers` object) gives it. */
export interface Answer {
  status: number;
  headers: Headers | Record<string, string | string[] | undefined>;
  body: unknown;
}

export function departures(validator: SpecValidator, provider: string, operationId: string, answer: Answer): string {
  const headers = answer.headers instanceof Headers ? Object.fromEntries(answer.headers) : answer.headers;
  return formatViolations(validator.validateResponse(provider, operationId, { status: answer.status, headers, body: answer.body }));
}

/** A validator of the shipped specs, shared by a test file's assertions. */
export const validator = new SpecValidator();

/** An assertion that a supertest answer of one vendor's operation validates against its spec. */
export function conformsTo(provider: string) {
  return (operationId: string, res: Response) => {
    expect(departures(validator, provider, operationId, res)).toBe('');
  };
}

/** Reads the spec once per test file (validators are compiled lazily and cached). */
export function specValidator(app: MockApp): SpecValidator {
  return new SpecValidator(app.mock.index.specs);
}

/** The response is one the spec documents for the operation: status listed, body valid against its schema. */
export function expectDocumented(validator: SpecValidator, op: Operation, res: Response) {
  expect(
    departures(validator, op.provider, op.operationId, res),
    `${op.provider} ${op.operationId} ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`,
  ).toBe('');
}
