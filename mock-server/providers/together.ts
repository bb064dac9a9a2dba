import { randomBytes } from 'node:crypto';
import { MockError } from '../errors/catalogue';
import type { ErrorReply } from '../errors/serialise';
import type { Call, MockContext, OperationHandler } from '../context';
import type { JsonObject } from '../../core/model/load';
import { imagePath, renderPng } from '../images/render';
import { nearestRenderSize } from '../responses/size';
import type { HandlersFor, VendorModule } from './vendor';
import type { operations } from '../../specs/together/types';

/** The 401 body Together answers a bad key with (quoted in specs/together/NOTES.md); the same for none. */
const BAD_KEY = 'Invalid API key provided. You can find your API key at https://api.together.xyz/settings/api-keys.';

/** Together's `error.code` where its answers show one. */
function codeOf(e: MockError): string | null {
  if (e.kind === 'auth_missing' || e.kind === 'auth_invalid') return 'invalid_api_key';
  if (e.kind === 'not_found' && e.field === 'model') return 'model_not_found';
  return null;
}

/** Together's `ErrorData`: OpenAI's `{error: {message, type, param, code}}`. */
function togetherError(e: MockError, status: number): ErrorReply {
  const type = status === 429 ? 'rate_limit_exceeded' : status >= 500 ? 'server_error' : 'invalid_request_error';
  const param = e.field && e.field !== 'model' ? e.field : null;
  return { status, headers: e.headers, body: { error: { message: e.message, type, param, code: codeOf(e) } } };
}

/** The Ideogram model ids the spec lists (`model`'s `x-models`): the mock's catalogue. */
function servedModels(ctx: MockContext): unknown[] {
  const operation = ctx.index.operations.find((o) => o.provider === 'together' && o.operationId === 'createImage');
  const listed = operation?.body?.properties.model?.['x-models'];
  return Array.isArray(listed) ? listed.map((model) => (model && typeof model === 'object' && !Array.isArray(model) ? model.id : undefined)) : [];
}

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A request id shaped like Together's (`oMZbc7k-2kFHot-9a78aa608b7f797c`). */
function requestId(): string {
  const word = (n: number) => Array.from(randomBytes(n), (b) => ALPHANUMERIC[b % ALPHANUMERIC.length]).join('');
  return `${word(7)}-${word(6)}-${randomBytes(8).toString('hex')}`;
}

const integerOr = (value: unknown, fallback: number) => (Number.isInteger(value) ? Number(value) : fallback);

/**
 * The images, synchronously: `n` items, each its own seed (the request's seed, then the next ones), on
 * Ideogram's size grid nearest to width × height; as a URL on the mock, or the PNG itself in `b64_json`.
 */
async function createImage(call: Call): Promise<{ status: number; body: JsonObject }> {
  const { fields, live } = call;
  const size = nearestRenderSize({ width: integerOr(fields.width, 1024), height: integerOr(fields.height, 1024) });
  const inline = fields.response_format === 'base64';
  const data = await Promise.all(
    Array.from({ length: integerOr(fields.n, 1) }, async (_, index): Promise<JsonObject> => {
      const key = { ...size, seed: (live.seed + index) >>> 0, transparent: false };
      if (inline) return { index, b64_json: (await renderPng(key)).toString('base64'), type: 'b64_json' };
      return { index, url: live.baseUrl + imagePath(key), type: 'url' };
    }),
  );
  return { status: 200, body: { id: requestId(), model: String(fields.model), object: 'list', data } };
}

/** A model Together does not serve is a 404, whatever else is wrong with the request. */
function refuseUnknownModel({ ctx, fields }: { ctx: MockContext; fields: Record<string, unknown> }) {
  if (typeof fields.model !== 'string' || servedModels(ctx).includes(fields.model)) return;
  throw new MockError(
    'not_found',
    `Unable to access model ${fields.model.slice(0, 200)}. Please visit https://api.together.xyz to see the list of supported models or contact the owner to request access.`,
    { field: 'model' },
  );
}

const handlers: HandlersFor<operations> = {
  createImage: Object.assign(createImage, { precheck: refuseUnknownModel }) satisfies OperationHandler,
};

/** Together AI: synchronous, OpenAI-style errors, 400 for bad input. */
export const together: VendorModule = {
  authMessages: { missing: BAD_KEY, invalid: BAD_KEY },
  serialiseError: togetherError,
  handlers,
};
