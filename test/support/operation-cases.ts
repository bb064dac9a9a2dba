/**
 * Every operation the mock serves, on every mount, as a test case, and the request a vendor's client
 * would send it (built from the operation's documented request: documented-requests.ts), sent through
 * supertest.
 */
import request from 'supertest';
import type { MockApp } from '../../mock-server/app';
import type { Mount, Operation } from '../../core/model/operations';
import { authHeaders, pathFor, type Payload } from './documented-requests';

/** Status each vendor answers a failed schema check with (specs/CONVENTIONS.md, "Error bodies"). */
export const VALIDATION_STATUS: Record<string, number> = {
  ideogram: 400,
  yutoai: 400,
  pixazo: 400,
  magnific: 400,
  fal: 422,
  'fal-queue': 422,
  'fal-rest': 422,
  replicate: 422,
  kie: 422,
  wavespeed: 400,
  together: 400,
  segmind: 422,
  runware: 400,
};

/** Job operations, whose answers change as the job advances: the tables check their refusals, and the 2xx of the submit ones only. */
const ASYNC = new Set([
  'pixazo:removeBackgroundSubmit',
  'pixazo:requestStatusGet',
  'pixazo:requestStatusPost',
  'ideogram:v4GenerateAsync',
  'ideogram:getGeneration',
  'kie:createTask',
  'kie:getTaskDetail',
  'segmind:v2Ideogram3',
  'segmind:v2Ideogram3Remix',
  'segmind:v2Ideogram3Reframe',
  'segmind:v2Ideogram3ReplaceBackground',
  'segmind:getRequestStatus',
  'segmind:getRequestResult',
]);
const ASYNC_PROVIDERS = new Set(['magnific', 'fal-queue', 'replicate', 'wavespeed']);
const SUBMIT = new Set([
  'pixazo:removeBackgroundSubmit',
  'magnific:createImageEdit',
  'magnific:createImageExpand',
  'fal-queue:submitEdit',
  'ideogram:v4GenerateAsync',
  'replicate:createModelPrediction',
  'replicate:createPrediction',
  'kie:createTask',
  'wavespeed:ideogramV2',
  'wavespeed:ideogramV2a',
  'wavespeed:ideogramV2aTurbo',
  'wavespeed:ideogramV3Turbo',
  'wavespeed:ideogramV3Balanced',
  'wavespeed:ideogramCharacter',
  'segmind:v2Ideogram3',
  'segmind:v2Ideogram3Remix',
  'segmind:v2Ideogram3Reframe',
  'segmind:v2Ideogram3ReplaceBackground',
]);

export const isAsync = (op: Operation) => ASYNC_PROVIDERS.has(op.provider) || ASYNC.has(`${op.provider}:${op.operationId}`);
export const isSubmit = (op: Operation) => SUBMIT.has(`${op.provider}:${op.operationId}`);

export interface OperationCase {
  mount: Mount;
  operation: Operation;
  /** `pixazo v2Edit`, `magnific (/freepik) createImageEdit` */
  label: string;
}

/** Every operation on every mount (Magnific twice: its own host and Freepik's, each with its own key header). */
export function operationCases(app: MockApp): OperationCase[] {
  return app.mock.index.mounts.flatMap((mount) =>
    mount.routes.map(({ operation }) => ({
      mount,
      operation,
      label: `${mount.provider}${mount.prefix === `/${mount.provider}` ? '' : ` (${mount.prefix})`} ${operation.operationId}`,
    })),
  );
}

export interface ClientRequestOptions {
  auth?: boolean;
  headers?: Record<string, string>;
  /** Path instead of the mount prefix + documented path. */
  url?: string;
}

/** The request a client of the vendor would make with the payload (JSON body or multipart form), sent when awaited. */
export function clientRequest(app: MockApp, c: OperationCase, payload: Payload | undefined, options: ClientRequestOptions = {}): request.Test {
  const { mount, operation: op } = c;
  const url = options.url ?? pathFor(mount, op);
  const agent = request(app) as unknown as Record<string, (url: string) => request.Test>;
  let test = agent[op.method.toLowerCase()](url);
  if (options.auth !== false) test = test.set(authHeaders(op));
  if (options.headers) test = test.set(options.headers);
  if (payload && Object.keys(payload.query).length) test = test.query(payload.query);
  if (!payload || !op.body) return test;
  if (op.body.mediaType === 'application/json') return test.send(payload.fields as object);
  for (const [name, value] of Object.entries(payload.fields)) {
    if (value === null || value === undefined) continue;
    const json = op.body.jsonParts.includes(name);
    if (Array.isArray(value) && !json) {
      for (const item of value) test = test.field(name, typeof item === 'object' ? JSON.stringify(item) : String(item));
    } else {
      test = test.field(name, typeof value === 'object' ? JSON.stringify(value) : String(value));
    }
  }
  for (const [name, uploads] of Object.entries(payload.files)) {
    for (const upload of uploads) test = test.attach(name, upload.content, { filename: upload.filename, contentType: upload.contentType });
  }
  return test;
}
