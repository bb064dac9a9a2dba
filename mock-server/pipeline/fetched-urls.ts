import { MockError } from '../errors/catalogue';
import type { FetchedUrl } from '../../core/model/operations';

/** `scheme:` at the start of a value: what tells a URL from Magnific's bare base64 image data. */
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * URLs the vendor would download (`x-fetched-url` in the spec) must be ones it can: http(s), plus
 * `data:` URIs where the vendor takes them. Anything else (`file:///etc/passwd`, `ftp:`, a bare
 * path) is refused as the vendor refuses an unreachable image. The mock never fetches them.
 */
export function checkFetchedUrls(fields: Record<string, unknown>, marked: FetchedUrl[]): void {
  for (const field of marked) {
    const value = fields[field.name];
    const values = field.multiple && Array.isArray(value) ? value : [value];
    values.forEach((item, index) => {
      if (typeof item !== 'string' || fetchable(item, field)) return;
      const where = field.multiple ? [field.name, index] : [field.name];
      const accepted = ['an http(s) URL', field.dataUri && 'a data: URI', field.base64 && 'base64 image data'].filter(Boolean).join(' or ');
      throw new MockError(
        'validation',
        `The provided ${field.name} is malformed or unreachable: it must be ${accepted} (got ${JSON.stringify(item.slice(0, 60))}).`,
        {
          field: field.name,
          location: ['body', ...where],
          type: 'file_download_error',
        },
      );
    });
  }
}

function fetchable(value: string, field: FetchedUrl): boolean {
  if (field.base64 && !SCHEME.test(value)) return true;
  if (field.dataUri && /^data:[^,]*,/i.test(value)) return true;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}
