import type { FieldTypes } from '../../core/model/operations';

/** The words pydantic (FastAPI's validator) reads as booleans in form text, any case. */
const BOOLEANS = new Map([
  ...['true', '1', 'yes', 'on', 't', 'y'].map((word) => [word, true] as const),
  ...['false', '0', 'no', 'off', 'f', 'n'].map((word) => [word, false] as const),
]);
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * A multipart text field typed as its schema says, as FastAPI reads a form: numbers and booleans from
 * their text, a single value where a list is taken as a list of one. Anything else is left as sent,
 * for the schema check to refuse. Only text fields come here: a JSON part is held to the JSON's types.
 */
export function typeFormText(value: string | string[], field: FieldTypes): unknown {
  if (Array.isArray(value)) return field.types.includes('array') ? value.map((item) => typeScalar(item, field.items)) : value;
  if (field.types.includes('array') && !field.types.includes('string')) return [typeScalar(value, field.items)];
  return typeScalar(value, field.types);
}

function typeScalar(value: string, types: string[]): unknown {
  const text = value.trim();
  if ((types.includes('integer') || types.includes('number')) && NUMBER.test(text)) return Number(text);
  const word = BOOLEANS.get(text.toLowerCase());
  if (types.includes('boolean') && word !== undefined) return word;
  return value;
}
