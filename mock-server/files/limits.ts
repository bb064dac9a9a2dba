/**
 * How files are laid out: the part numbers a multipart upload takes and the chunks Redis keeps bytes
 * in. What uploads may cost (bytes, turns) is in budget.ts with every other bound.
 */

/** Part numbers a multipart upload takes, as S3 and Google Cloud Storage do: 1 to 10,000. */
export const MAX_PART_NUMBER = 10_000;

/** Redis keeps a file's bytes in chunks of this size, so that no one command moves more (about a millisecond each). */
export const REDIS_CHUNK_BYTES = 1 << 20;

/** Chunks written to Redis per round trip while a file is stored or read. */
export const REDIS_CHUNKS_PER_BATCH = 8;
