import { MockError } from '../errors/catalogue';

/** What a caller may ask of one response, Prism's `Prefer` syntax extended for jobs. */
export interface Preference {
  code?: number;
  example?: string;
  delay?: number;
  /** Terminal state for a job this request creates: `completed`, `failed`, `error`, `never`. */
  outcome?: string;
  /** Wall-clock job duration in ms for this job (time mode), or steps in poll mode. */
  duration?: number;
}

const OUTCOMES = ['completed', 'failed', 'error', 'never', 'slow'];

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
        if (!OUTCOMES.includes(value)) throw new MockError('mock_usage', `Prefer: outcome=${value} is not known; use one of ${OUTCOMES.join(', ')}.`);
        out.outcome = value;
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
