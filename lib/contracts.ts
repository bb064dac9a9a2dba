import type { ContractRun, ContractRunOptions } from '../contracts/run';
import type { EmbeddedMock } from '../contracts/target';
import { startMock } from '../mock-server/start';

/** The suite's default target: the mock, in this process, on a free loopback port. */
export const embeddedMock: EmbeddedMock = ({ keys, specs }) => startMock({ keys, specs, quiet: true });

/** The contract suite as a function: every planned check against the target, one after another. */
export async function runContracts(options: ContractRunOptions = {}): Promise<ContractRun> {
  // Loaded on the first run: the package's main entry exports this, and a process that only starts the mock never needs the suite.
  const { runContracts: runAgainst } = await import('../contracts/run');
  return runAgainst(embeddedMock, options);
}
