/**
 * The file store's upload bounds, in one place. The store's own byte, count and age bounds are the
 * stores' options (`maxFileBytes`, `maxFiles`, `fileTtlMs`).
 */

/** Part numbers a multipart upload takes, as S3 and Google Cloud Storage do: 1 to 10,000. */
export const MAX_PART_NUMBER = 10_000;

/**
 * Upload bodies (whole files and parts) read at the same time. Each is held in memory until it is
 * stored, so this times the store's byte bound is the most they can add; later PUTs wait their turn
 * with their bytes still in the kernel's socket buffers.
 */
export const CONCURRENT_UPLOADS = 2;

/** PUTs waiting for a turn; one more gets the storage service's 503 SlowDown. */
export const WAITING_UPLOADS = 64;

/** A complete call's JSON: 10,000 parts with their ETags are about 600 KB. */
export const COMPLETE_BODY_BYTES = 1 << 20;

/** Redis keeps a file's bytes in chunks of this size, so that no one command moves more (about a millisecond each). */
export const REDIS_CHUNK_BYTES = 1 << 20;

/** Chunks written to Redis per round trip while a file is stored or read. */
export const REDIS_CHUNKS_PER_BATCH = 8;
