import { describe, expect, it } from 'vitest';
import { parseVendorPorts } from './origins';

describe('--vendor-ports', () => {
  it.each([
    { given: 'ideogram=4011,fal=4012', want: { ideogram: 4011, fal: 4012 } },
    { given: ' fal-queue=0 , ', want: { 'fal-queue': 0 } },
  ])('$given', ({ given, want }) => {
    expect(parseVendorPorts(given)).toEqual(want);
  });

  it.each(['ideogram', 'ideogram=', 'ideogram=40x', '=4011', 'ideogram=70000', 'ideogram=-1'])('refuses %j with a sentence showing the form', (given) => {
    expect(() => parseVendorPorts(given)).toThrow(/<name>=<port>,<name>=<port>/);
  });

  it('refuses an empty list', () => {
    expect(() => parseVendorPorts(' , ')).toThrow(/--vendor-ports is empty/);
  });
});
