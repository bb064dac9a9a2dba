import type { LiveContext } from '../responses/live';
import type { Job } from '../state/records';

/** The live context a job's answers are rendered with (images, timestamps), rebuilt from the compact job. */
export function jobLive(job: Job, now: Date, transparent = false): LiveContext {
  return {
    request: {},
    files: {},
    baseUrl: job.baseUrl,
    now,
    seed: job.seed,
    size: { width: job.width, height: job.height },
    count: job.count,
    inline: false,
    transparent,
  };
}
