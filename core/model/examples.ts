import type { Json, LoadedSpec } from './load';
import { operationsOf, webhooksOf, type Operation } from './operations';

/** One documented example and the schema it must satisfy. */
export interface ExampleCase {
  provider: string;
  /** operationId, or `webhook:<name>` */
  operation: string;
  /** `request`, `response 200`, ... */
  where: string;
  mediaType: string;
  name: string;
  /** Pointer to the schema inside the provider's document. */
  schemaRef: string;
  value: Json;
}

/** Every request and response example in a spec (operations and webhooks), paired with its schema, from the operation model. */
export function collectExamples(spec: LoadedSpec): ExampleCase[] {
  return [...operationsOf(spec), ...webhooksOf(spec)].flatMap(examplesOf);
}

function examplesOf(op: Operation): ExampleCase[] {
  const at = { provider: op.provider, operation: op.operationId };
  const requests = op.bodies.flatMap((body) =>
    body.examples.map((e) => ({ ...at, where: 'request', mediaType: body.mediaType, name: e.name, schemaRef: body.schemaRef, value: e.decoded })),
  );
  const responses = [...op.responses, ...op.otherResponses].flatMap((response) =>
    response.examples.flatMap((e) =>
      e.schemaRef ? [{ ...at, where: `response ${response.code}`, mediaType: e.mediaType, name: e.name, schemaRef: e.schemaRef, value: e.value }] : [],
    ),
  );
  return [...requests, ...responses];
}
