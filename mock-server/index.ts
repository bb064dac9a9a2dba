export { createApp, type MockApp } from './app';
export type { MockOptions } from './options';
export { manualClock } from './jobs/clock';
