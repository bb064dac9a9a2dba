export { createApp, type MockApp } from './app';
export type { MockOptions, MockContext } from './context';
export { manualClock, systemClock, type Clock, type ManualClock } from './jobs/clock';
