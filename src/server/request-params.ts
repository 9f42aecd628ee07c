import { CrosscheckError } from '../errors.js';
import type { StoryQuery } from '../store/store.js';
import { MAX_PAGE } from '../store/row-mapping.js';

const DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;

export function badRequest(message: string): CrosscheckError {
  return new CrosscheckError('CC_BAD_REQUEST', message, { statusCode: 400 });
}

function int(v: unknown, name: string, min: number, max: number): number | undefined {
  if (v === undefined || v === '') return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw badRequest(`${name} must be an integer from ${min} to ${max}`);
  return n;
}

function str(v: unknown, name: string, max = 500): string | undefined {
  if (v === undefined || v === '') return undefined;
  if (typeof v !== 'string') throw badRequest(`${name} must be given once`);
  if (v.length > max) throw badRequest(`${name} is longer than ${max} characters`);
  return v;
}

/** Validates the story-list query string (shared by the API and the UI). */
export function storyQueryFrom(q: Record<string, unknown>): StoryQuery {
  const out: StoryQuery = {};
  const since = str(q['since'], 'since', 40);
  if (since !== undefined) {
    if (!DATE.test(since)) throw badRequest('since must be an ISO date (YYYY-MM-DD)');
    out.since = since;
  }
  for (const k of ['q', 'entity', 'outlet'] as const) {
    const v = str(q[k], k);
    if (v !== undefined) out[k] = v;
  }
  const limit = int(q['limit'], 'limit', 1, MAX_PAGE);
  if (limit !== undefined) out.limit = limit;
  const offset = int(q['offset'], 'offset', 0, 1_000_000_000);
  if (offset !== undefined) out.offset = offset;
  return out;
}

export function pagingFrom(q: Record<string, unknown>): { limit?: number; offset?: number } {
  const out: { limit?: number; offset?: number } = {};
  const limit = int(q['limit'], 'limit', 1, MAX_PAGE);
  if (limit !== undefined) out.limit = limit;
  const offset = int(q['offset'], 'offset', 0, 1_000_000_000);
  if (offset !== undefined) out.offset = offset;
  return out;
}

export function requiredText(q: Record<string, unknown>, name: string): string {
  const v = str(q[name], name);
  if (v === undefined || v.trim() === '') throw badRequest(`${name} is required`);
  return v;
}
