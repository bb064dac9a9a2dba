import type { RequestData } from '../pipeline/body';

/** Journal entries keep this much of each body: enough to recognise a request, bounded in memory. */
const MAX_CHARS = 400;

export function summarise(text: string): string {
  return text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS)}… (${text.length} chars)` : text;
}

/** The request's fields as JSON, and each uploaded file by name, size and detected type. */
export function summariseRequest(data: RequestData): string {
  const files = Object.values(data.files)
    .flat()
    .map((f) => `${f.field}=${f.fileName} (${f.size} bytes, ${f.image.mime} ${f.image.width}×${f.image.height})`);
  const fields = Object.keys(data.fields).length ? JSON.stringify(data.fields) : '';
  return summarise([fields, ...files].filter(Boolean).join(' '));
}
