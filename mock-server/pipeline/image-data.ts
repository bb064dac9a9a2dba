import { MockError } from '../errors/catalogue';
import { inspectImage } from '../uploads/inspect';
import { structureChecker } from '../uploads/structure';
import type { FetchedUrl } from '../../core/model/operations';

/** Bytes of the decoded image given to type sniffing and header dimensions (as much as an upload keeps). */
const HEAD_BYTES = 256 * 1024;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const DATA_URI = /^data:[^,]*;base64,/i;

/**
 * Images given inline in a JSON body (bare base64 where `x-fetched-url` says `base64`, `data:…;base64,`
 * URIs where it says `data-uri`) are judged by their decoded bytes as uploads are: JPEG, PNG or WebP,
 * readable dimensions, whole structure, 10 MB. A vendor module calls it where the vendor decodes the
 * images it is given (not every vendor: some specs' documented examples carry truncated base64
 * placeholders that the vendor's own pages show as accepted).
 */
export async function checkImageData(fields: Record<string, unknown>, marked: FetchedUrl[]): Promise<void> {
  for (const field of marked) {
    const value = fields[field.name];
    const values = field.multiple && Array.isArray(value) ? value : [value];
    for (const [index, item] of values.entries()) {
      const encoded = typeof item === 'string' ? inlineData(item, field) : undefined;
      if (encoded === undefined) continue;
      const bytes = Buffer.from(encoded, 'base64');
      const structure = structureChecker();
      structure.push(bytes);
      const verdict = await inspectImage(bytes.subarray(0, HEAD_BYTES), bytes.length, structure.problem());
      if (verdict.ok) continue;
      const where = field.multiple ? [field.name, index] : [field.name];
      throw new MockError('validation', `The image in ${where.join('.')} ${verdict.reason}.`, {
        field: field.name,
        location: ['body', ...where],
        type: 'invalid_image',
      });
    }
  }
}

/** The base64 text of an inline image, or undefined for a URL (checked by fetched-urls.ts). */
function inlineData(value: string, field: FetchedUrl): string | undefined {
  if (field.base64 && !SCHEME.test(value)) return value;
  if (field.dataUri && DATA_URI.test(value)) return value.slice(value.indexOf(',') + 1);
  return undefined;
}
