/** The image types the vendors serve: a browser only ever shows them as images. */
const SHOWN_INLINE = new Set(['image/png', 'image/jpeg', 'image/webp']);

/**
 * Headers that keep a stored or proxied file inert on the mock's origin, where the dashboard and the
 * control API live: never sniffed into another type, and anything but the vendors' image types
 * downloaded rather than shown, in a sandbox (an opaque origin, no scripts) should a browser show it.
 */
export function inertHeaders(contentType: string | undefined): Record<string, string> {
  const essence = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (SHOWN_INLINE.has(essence)) return { 'X-Content-Type-Options': 'nosniff' };
  return { 'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': 'sandbox', 'Content-Disposition': 'attachment' };
}
