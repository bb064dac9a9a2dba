import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../core/model/operations';
import { chooseResponse } from './choose';
import type { Json } from '../../core/model/load';

const json = (examples: Record<string, Json>) => ({
  content: { 'application/json': { examples: Object.fromEntries(Object.entries(examples).map(([name, value]) => [name, { value }])) } },
});
const [operation] = buildIndex([
  {
    provider: 'shop',
    file: 'shop/openapi.yaml',
    doc: {
      openapi: '3.1.0',
      paths: {
        '/items': {
          get: {
            operationId: 'listItems',
            responses: {
              '429': { description: 'slow down', ...json({ limited: { error: 'limited' } }) },
              '200': { description: 'ok', ...json({ first: { n: 1 }, second: { n: 2 } }) },
              '401': { description: 'no key', ...json({ 'no-key': { error: 'key' }, second: { error: 'other' } }) },
            },
          },
        },
      },
    },
  },
]).operations;

describe('response choice', () => {
  it.each([
    { ask: {}, want: { status: 200, example: 'first', natural: true } },
    { ask: { code: 200 }, want: { status: 200, example: 'first', natural: false } },
    { ask: { code: 429 }, want: { status: 429, example: 'limited', natural: false } },
    { ask: { example: 'second' }, want: { status: 200, example: 'second', natural: false } },
    { ask: { code: 401, example: 'second' }, want: { status: 401, example: 'second', natural: false } },
    { ask: { example: 'no-key' }, want: { status: 401, example: 'no-key', natural: false } },
  ])('$ask', ({ ask, want }) => {
    const choice = chooseResponse(operation, ask);
    expect({ status: choice.response.status, example: choice.example?.name, natural: choice.natural }).toEqual(want);
  });

  it.each([
    { ask: { code: 500 }, want: /code=500 is not documented for listItems; documented codes: 200, 401, 429/ },
    {
      ask: { example: 'nope' },
      want: /example=nope is not documented for listItems; documented examples by status: 200: first, second; 401: no-key, second; 429: limited/,
    },
    { ask: { code: 429, example: 'first' }, want: /429: limited\.$/ },
  ])('refuses $ask', ({ ask, want }) => {
    expect(() => chooseResponse(operation, ask)).toThrow(want);
  });
});
