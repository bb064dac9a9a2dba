import { MockError } from '../errors/catalogue';
import { FAULT_KINDS, type Preference } from '../state/records';
import { isFaultKind } from '../conditions/faults';

/** The documented `Prefer: outcome=` values (README): `never` and `slow` are paces, not ends. */
const OUTCOMES: Record<string, Pick<Preference, 'outcome' | 'pace'>> = {
  completed: { outcome: 'completed' },
  failed: { outcome: 'failed' },
  error: { outcome: 'error' },
  never: { pace: 'stalled' },
  slow: { pace: 'slow' },
};

/** Parses `Prefer: code=429, example=name, delay=100, outcome=failed` (commas or semicolons). */
export function parsePrefer(header: string | undefined): Preference {
  const out: Preference = {};
  if (!header) return out;
  for (const token of header.split(/[;,]/)) {
    const [rawKey, ...rest] = token.split('=');
    const key = rawKey.trim().toLowerCase();
    const value = rest.join('=').trim().replace(/^"|"$/g, '');
    if (!key) continue;
    switch (key) {
      case 'code':
        out.code = number(key, value, 100, 599);
        break;
      case 'example':
        out.example = value;
        break;
      case 'delay':
        out.delay = number(key, value, 0, 60_000);
        break;
      case 'duration':
        out.duration = number(key, value, 0, 3_600_000);
        break;
      case 'outcome':
        if (!Object.hasOwn(OUTCOMES, value))
          throw new MockError('mock_usage', `Prefer: outcome=${value} is not known; use one of ${Object.keys(OUTCOMES).join(', ')}.`);
        Object.assign(out, OUTCOMES[value]);
        break;
      case 'fault':
        if (!isFaultKind(value)) throw new MockError('mock_usage', `Prefer: fault=${value} is not known; use one of ${FAULT_KINDS.join(', ')}.`);
        out.fault = value;
        break;
      default:
        // Other preferences (return=minimal, dynamic=true, respond-async...) are not the mock's to refuse.
        break;
    }
  }
  return out;
}

function number(key: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new MockError('mock_usage', `Prefer: ${key}=${value} must be a whole number from ${min} to ${max}.`);
  }
  return n;
}
