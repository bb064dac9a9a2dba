import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import multer from 'multer';
import { MockError } from '../errors/catalogue';
import type { RequestBodySpec } from '../../core/model/operations';
import { MAX_IMAGE_BYTES } from './inspect';
import { streamingStorage, type KeptBytes } from './storage';

/**
 * Starlette's form limits (`max_files`, `max_fields`: 1000 each), which Ideogram's FastAPI applies and
 * YutoAI and Pixazo, which pass requests on to it, inherit; no vendor documents a lower one.
 */
export const MAX_FORM_FILES = 1000;
const MAX_FORM_FIELDS = 1000;
/**
 * Bytes the mock keeps of one form (text parts, and the head of each upload it reads; undeclared parts
 * are drained, not kept): what a thousand parts may cost, whatever they are.
 */
export const MAX_FORM_KEPT_BYTES = 32 * 1024 * 1024;

/** How a part the schema names is read: as an upload, or as the text of a field (whatever its Content-Type). */
type PartKind = 'file' | 'text';

declare global {
  namespace Express {
    namespace Multer {
      interface File {
        kind?: PartKind;
      }
    }
  }
}

/** A part's name as the schema knows it: `style_reference_images[]` is `style_reference_images`. */
export function partName(raw: string): string {
  return raw.replace(/\[\]$/, '');
}

/**
 * Parses a multipart body, keeping only the parts the schema names: a field may come as a text part or
 * as a file part (kubb and many HTTP clients send JSON parts as a `Blob`: `application/json`, filename
 * "blob"); a part without a name, or with one the schema does not know, is skipped as form servers do.
 */
export function readForm(spec: RequestBodySpec, fieldBytes: number, source: Readable & { headers: IncomingHttpHeaders }): Promise<void> {
  const declared = new Set(Object.keys(spec.properties));
  const budget = keptBytes();
  const counts = new Map<string, number>();
  const parser = multer({
    // One byte more than a text part may hold, so that a longer one is seen to be.
    storage: streamingStorage(budget, fieldBytes + 1),
    // Browsers, curl and every HTTP library send part names and file names as raw UTF-8 (WHATWG form encoding).
    defParamCharset: 'utf8',
    limits: {
      fileSize: MAX_IMAGE_BYTES,
      files: MAX_FORM_FILES,
      fields: MAX_FORM_FIELDS,
      parts: MAX_FORM_FILES + MAX_FORM_FIELDS,
      fieldNameSize: 200,
      fieldSize: fieldBytes,
      headerPairs: 64,
    },
    fileFilter(_req, file, accept) {
      const name = partName(file.fieldname);
      const upload = spec.files.find((f) => f.name === name);
      file.kind = upload ? 'file' : 'text';
      const count = (counts.get(name) ?? 0) + 1;
      counts.set(name, count);
      // Refused on arrival, before a repeated part can hold more memory.
      const max = upload ? (upload.multiple ? upload.maxItems : 1) : undefined;
      if (max !== undefined && count > max) {
        const what = max === 1 ? `${name} was sent more than once; send one file.` : `${name} takes at most ${max} files.`;
        return accept(new MockError('validation', what, { field: name }));
      }
      accept(null, true);
    },
    streamHandler: (request: IncomingMessage, busboy: NodeJS.EventEmitter & NodeJS.WritableStream) => {
      // Sorted here, before multer sees them: multer aborts the whole form on a nameless part, keeps
      // every text field whatever its name, and drops a file part whose filename is empty.
      const emit = busboy.emit.bind(busboy);
      busboy.emit = (event: string | symbol, ...args: unknown[]) => {
        if (event !== 'field' && event !== 'file') return emit(event, ...args);
        const [name, payload, info] = args as [string | undefined, unknown, { filename?: string }];
        const known = name !== undefined && declared.has(partName(name));
        if (event === 'file') {
          if (!known) return ((payload as NodeJS.ReadableStream).resume(), true);
          if (!info.filename && !spec.files.some((f) => f.name === partName(name))) info.filename = 'blob';
          return emit(event, ...args);
        }
        if (!known) return true;
        const refused = budget.take(Buffer.byteLength(payload as string));
        return refused ? emit('error', refused) : emit(event, ...args);
      };
      request.pipe(busboy);
    },
  } as multer.Options).any();
  // Multer leaves what it read on the source (`body`, `files`) and never writes an answer.
  return new Promise((resolve, reject) => parser(source as never, undefined as never, (error?: unknown) => (error ? reject(error) : resolve())));
}

function keptBytes(): KeptBytes {
  let kept = 0;
  return {
    take(bytes) {
      kept += bytes;
      if (kept <= MAX_FORM_KEPT_BYTES) return undefined;
      return new MockError('payload_too_large', `The form's parts add up to more than ${MAX_FORM_KEPT_BYTES / 1024 / 1024} MB of text and images.`);
    },
  };
}
