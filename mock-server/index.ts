export { createApp, type MockApp } from './app';
export type { MockOptions } from './context';
export { manualClock } from './jobs/clock';
