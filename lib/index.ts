// The package's main entry: the mock, its clients and interception, and the contract suite as a function.
export { createApp, type MockApp } from '../mock-server/app';
export type { MockOptions } from '../mock-server/options';
export { manualClock, systemClock, type Clock, type ManualClock } from '../mock-server/jobs/clock';
export { startMock, type StartOptions, type RunningMock } from '../mock-server/start';
export type { JournalEntry, JournalFilter } from '../mock-server/state/records';
export { mockControl, type MockControl, type ControlOptions } from './control';
export { interceptVendors, type InterceptOptions, type Interception } from './intercept';
export { createVendorClient, type ClientOptions, type Provider, type ProviderPaths } from '../core/clients';
export { runContracts } from './contracts';
export type { ContractRunOptions, ContractRun } from '../contracts/run';
export { formatSummary } from '../contracts/summary';
export type { CheckOutcome } from '../contracts/checks';
