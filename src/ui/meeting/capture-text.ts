/**
 * "Dana Lee at Stripe", "Dana Lee (Stripe)", "Dana Lee, Stripe" or "Dana Lee @ Stripe": the person they
 * suggested and where they work. A LinkedIn profile address anywhere in it is kept as their address.
 */
export function parseReferral(text: string): { name: string; company?: string; url?: string } {
  const url = /https:\/\/(?:[\w-]+\.)?linkedin\.com\/in\/[^\s)]+/i.exec(text)?.[0];
  const rest = (url ? text.replace(url, ' ') : text).replace(/\s+/g, ' ').trim();
  const match =
    /^(.+?)\s*\(([^)]+)\)\s*$/.exec(rest) ??
    /^(.+?)\s+(?:at|@|from)\s+(.+)$/i.exec(rest) ??
    /^(.+?)\s*[,–—-]\s+(.+)$/.exec(rest);
  const name = (match?.[1] ?? rest).replace(/^(?:talk to|meet|contact)\s+/i, '').trim();
  const company = match?.[2]?.trim();
  return { name, ...(company ? { company } : {}), ...(url ? { url } : {}) };
}
