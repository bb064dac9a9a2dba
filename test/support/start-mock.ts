/**
 * The one way tests and scripts start a mock: the packaged `startMock` (the server the CLI runs, with
 * its header limit and timeouts) on a free loopback port, plus what tests reach for beneath HTTP.
 */
import { startMock as startPackagedMock, type RunningMock, type StartOptions } from '../../mock-server/start';

export interface StartedMock extends RunningMock {
  /** `http://127.0.0.1:<port>`, the base the vendors' prefixes go under. */
  origin: string;
  port: number;
}

/** Closing also clears the job engine's timers, so no webhook delivery outlives the test. */
export async function startMock(options: StartOptions = {}): Promise<StartedMock> {
  const running = await startPackagedMock(options);
  return {
    ...running,
    origin: running.url,
    port: Number(new URL(running.url).port),
    close: () => {
      running.app.mock.jobs.reset();
      return running.close();
    },
  };
}
