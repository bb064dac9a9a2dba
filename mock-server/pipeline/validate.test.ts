import { describe, expect, it } from 'vitest';
import type { ErrorObject } from 'ajv';
import { toMockError } from './validate';

const error = (keyword: string, instancePath: string, params: object = {}, data?: unknown): ErrorObject =>
  ({ keyword, instancePath, schemaPath: '#', params, data }) as ErrorObject;

describe('error ranking', () => {
  it.each([
    {
      name: 'a concrete error beats a combinator at the same depth',
      given: [error('anyOf', '/size'), error('enum', '/size', { allowedValues: ['a', 'b'] }, 'c')],
      want: { field: 'size', message: 'size must be one of a, b (got "c").' },
    },
    {
      name: 'the deepest concrete error wins',
      given: [error('type', '/req', { type: 'object' }, 1), error('type', '/req/model', { type: 'string' }, 2)],
      want: { field: 'req.model', message: 'req.model must be string (got 2).' },
    },
    {
      name: 'a missing field names the field, without a "got"',
      given: [error('required', '', { missingProperty: 'prompt' })],
      want: { field: 'prompt', message: 'prompt is required.' },
    },
    {
      name: '`not` ranks below the type error it comes with',
      given: [error('not', '/a'), error('type', '/a', { type: 'object' }, [])],
      want: { field: 'a', message: 'a must be object (got []).' },
    },
    {
      name: 'no errors at all',
      given: [],
      want: { field: undefined, message: 'The request body does not match the schema.' },
    },
  ])('$name', ({ given, want }) => {
    const result = toMockError(given);
    expect({ field: result.field, message: result.message }).toEqual(want);
    expect(result.kind).toBe('validation');
  });
});
