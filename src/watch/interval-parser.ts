import { CrosscheckError } from '../errors.js';

const INTERVAL_RE = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?$/i;
const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** "30s", "10m", "1h", "1.5h", "500ms"; a bare number is seconds. At least `minMs` (default 1 s). */
export function parseInterval(text: string, minMs = 1000): number {
  const m = INTERVAL_RE.exec(text.trim());
  if (!m) throw new CrosscheckError('CC_BAD_OPTION', `bad interval "${text}" (use e.g. 30s, 10m, 1h)`, { statusCode: 400 });
  const ms = Number(m[1]) * (UNIT_MS[(m[2] ?? 's').toLowerCase()] ?? 1000);
  if (ms < minMs) throw new CrosscheckError('CC_BAD_OPTION', `interval "${text}" is under ${minMs} ms`, { statusCode: 400 });
  return Math.round(ms);
}
