export { createApp, type MockApp } from './app';
export type { MockContext } from './context';
export type { MockOptions } from './options';
export { manualClock, systemClock, type Clock, type ManualClock } from './jobs/clock';
