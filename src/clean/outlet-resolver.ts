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

export function resolveOutlet(url: string | undefined, outlet: string | undefined, siteName: string | undefined): string | null {
  const fromUrl = hostOf(url);
  if (fromUrl) return fromUrl;
  if (outlet && outlet.trim()) {
    const o = outlet.trim();
    return /^[\w.-]+\.[a-z]{2,}$/i.test(o) ? o.toLowerCase().replace(/^www\d?\./, '') : o;
  }
  return siteName?.trim() || null;
}
