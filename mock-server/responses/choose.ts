import { MockError } from '../errors/catalogue';
import type { Operation, ResponseExample, ResponseSpec } from '../../core/model/operations';

export interface Choice {
  response: ResponseSpec;
  example?: ResponseExample;
  /** Nothing was asked for: the operation's normal success, which providers may compute live. */
  natural: boolean;
}

/** Picks the documented response a request asked for (`Prefer: code=`, `example=`), or the first 2xx. */
export function chooseResponse(operation: Operation, ask: { code?: number; example?: string }): Choice {
  if (ask.code === undefined && ask.example === undefined) {
    const response = operation.responses.find((r) => r.status >= 200 && r.status < 300);
    if (!response) throw new MockError('mock_usage', `${operation.operationId} documents no 2xx response.`);
    return { response, example: response.examples[0], natural: true };
  }
  const candidates = ask.code === undefined ? operation.responses : operation.responses.filter((r) => r.status === ask.code);
  if (candidates.length === 0) {
    throw new MockError(
      'mock_usage',
      `Prefer: code=${ask.code} is not documented for ${operation.operationId}; documented codes: ${operation.responses.map((r) => r.status).join(', ')}.`,
    );
  }
  if (ask.example === undefined) return { response: candidates[0], example: candidates[0].examples[0], natural: false };
  for (const response of candidates) {
    const example = response.examples.find((e) => e.name === ask.example);
    if (example) return { response, example, natural: false };
  }
  const listing = candidates.map((r) => `${r.status}: ${r.examples.map((e) => e.name).join(', ') || '(none)'}`).join('; ');
  throw new MockError(
    'mock_usage',
    `Prefer: example=${ask.example} is not documented for ${operation.operationId}; documented examples by status: ${listing}.`,
  );
}
