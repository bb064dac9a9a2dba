import { runContracts as runAgainst, type ContractRun, type ContractRunOptions } from '../contracts/run';
import type { EmbeddedMock } from '../contracts/target';
import { startMock } from '../mock-server/start';

/** The suite's default target: the mock, in this process, on a free loopback port. */
export const embeddedMock: EmbeddedMock = ({ keys, specs }) => startMock({ keys, specs, quiet: true });

/** The contract suite as a function: every planned check against the target, one after another. */
export function runContracts(options: ContractRunOptions = {}): Promise<ContractRun> {
  return runAgainst(embeddedMock, options);
}
