/** Outlet: the URL's host (lower-cased, without "www." and a trailing dot), else the given outlet or site name. */
export function hostOf(url: string | undefined | null): string | null {
  if (!url) return null;
  try {
    const h = new URL(url).hostname.toLowerCase().replace(/^www\d?\./, '').replace(/\.$/, '');
    return h === '' ? null : h;
  } catch {
    return null;
  }
}

/**
 * The holder named by a copyright notice that cleaning removed ("© Copyright Reuters 2021. All rights
 * reserved.", "Copyright 2019 The Associated Press"): the publisher of that text.
 */
const COPYRIGHT_PREFIX = /^(?:©|\(c\)|copyright)\s*(?:copyright\s*)?(?:©\s*)?(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\s*,?\s*)?/i;
const HOLDER = /^((?:[Tt]he\s+)?[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,5})\s*,?\s*(?:(?:19|20)\d{2})?\s*\.?$/;

export function copyrightHolder(lines: readonly string[]): string | null {
  for (const line of lines) {
    const rest = line.trim().replace(/\s*all rights reserved\.?\s*$/i, '');
    const prefix = COPYRIGHT_PREFIX.exec(rest);
    if (!prefix || prefix[0] === '') continue;
    const m = HOLDER.exec(rest.slice(prefix[0].length).trim());
    if (m?.[1] && !/^copyright$/i.test(m[1])) return m[1];
  }
  return null;
}

export function resolveOutlet(url: string | undefined, outlet: string | undefined, siteName: string | undefined, holder: string | null = null): string | null {
  const fromUrl = hostOf(url);
  if (fromUrl) return fromUrl;
  if (outlet && outlet.trim()) {
    const o = outlet.trim();
    return /^[\w.-]+\.[a-z]{2,}$/i.test(o) ? o.toLowerCase().replace(/^www\d?\./, '') : o;
  }
  return siteName?.trim() || holder;
}
