/** A job's time as the vendors write it (ISO 8601), null when it has not happened. */
export function iso(ms: number | undefined): string | null {
  return ms === undefined ? null : new Date(ms).toISOString();
}
