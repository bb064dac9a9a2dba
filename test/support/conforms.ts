import { expect } from 'vitest';
import type { Response } from 'supertest';
import { SpecValidator, formatViolations } from '../../contracts/support/validator';

const validator = new SpecValidator();

/** An assertion that a supertest answer of one vendor's operation validates against its spec. */
export function conformsTo(provider: string) {
  return (operationId: string, res: Response) => {
    expect(formatViolations(validator.validateResponse(provider, operationId, { status: res.status, headers: res.headers, body: res.body }))).toBe('');
  };
}

export { validator };
