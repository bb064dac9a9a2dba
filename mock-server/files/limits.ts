/**
 * How files are laid out: the part numbers a multipart upload takes (the chunks Redis keeps bytes in
 * are the Redis store's, state/redis.ts). What uploads may cost (bytes, turns) is in budget.ts with
 * every other bound.
 */

/** Part numbers a multipart upload takes, as S3 and Google Cloud Storage do: 1 to 10,000. */
export const MAX_PART_NUMBER = 10_000;
