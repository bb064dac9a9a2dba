import { MockError } from '../../errors/catalogue';
import type { Call } from '../../context';
import type { Json } from '../../../core/model/load';

/** Every Replicate list answers in pages of 100, as its predictions list does. */
export const PAGE_SIZE = 100;

/**
 * One page of `items` as Replicate lists everything: `{next, previous, results}`, the links absolute
 * URLs of `path` with the request's other query parameters and an opaque `cursor` (an offset).
 */
export async function page<T>(
  call: Call,
  path: string,
  items: T[],
  render: (item: T) => Json | Promise<Json>,
): Promise<{ next: string | null; previous: string | null; results: Json[] }> {
  const offset = cursorOffset(call.query.cursor);
  const link = (at: number) => {
    const url = new URL(`${call.destination.baseUrl}${path}`);
    for (const [name, value] of Object.entries(call.query)) if (name !== 'cursor' && typeof value === 'string') url.searchParams.set(name, value);
    url.searchParams.set('cursor', Buffer.from(`o=${at}`).toString('base64url'));
    return url.toString();
  };
  return {
    next: offset + PAGE_SIZE < items.length ? link(offset + PAGE_SIZE) : null,
    previous: offset > 0 ? link(Math.max(0, offset - PAGE_SIZE)) : null,
    results: await Promise.all(items.slice(offset, offset + PAGE_SIZE).map(render)),
  };
}

function cursorOffset(cursor: unknown): number {
  if (cursor === undefined) return 0;
  const match = typeof cursor === 'string' ? /^o=(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString()) : null;
  if (!match)
    throw new MockError('validation', 'cursor is not one this API handed out; take it from next or previous.', { field: 'cursor', type: 'invalid_cursor' });
  return Number(match[1]);
}
