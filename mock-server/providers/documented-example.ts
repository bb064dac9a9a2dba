import { MockError } from '../errors/catalogue';
import type { Call } from '../context';
import type { JsonObject } from '../../core/model/load';

/** A documented example of one of the provider's operations, by status and name: job answers start from the spec too. */
export function example(call: Call, operationId: string, status: number, name: string): JsonObject {
  const operation = call.ctx.index.operations.find((o) => o.provider === call.operation.provider && o.operationId === operationId);
  const found = operation?.responses.find((r) => r.status === status)?.examples.find((e) => e.name === name);
  if (!found || !found.value || typeof found.value !== 'object') {
    throw new MockError('internal', `specs/${call.operation.provider}/openapi.yaml has no ${status} example "${name}" on ${operationId}; the mock needs it.`);
  }
  return structuredClone(found.value) as JsonObject;
}
