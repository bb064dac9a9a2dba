import { expect } from 'vitest';
import type { Response } from 'supertest';
import { SpecValidator } from '../../core/validator';
import { departures } from './conformance';

const validator = new SpecValidator();

/** An assertion that a supertest answer of one vendor's operation validates against its spec. */
export function conformsTo(provider: string) {
  return (operationId: string, res: Response) => {
    expect(departures(validator, provider, operationId, res)).toBe('');
  };
}

export { validator };
