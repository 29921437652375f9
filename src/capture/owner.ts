/** Whose page this is: the profile URL, from the address bar when it names a profile, else from the page. */
import { canonicalProfileUrl } from '../shared/profile-url';
import { CANONICAL, meta, OWN_LINK, PROFILE_LINK } from './selectors';

/** A LinkedIn URL as pages write it: relative, on a country host, or under /public-profile/. */
const profileUrlOf = (href: string | null | undefined): string | undefined => {
  if (!href) return undefined;
  try {
    return canonicalProfileUrl(
      new URL(href, 'https://www.linkedin.com').href.replace('/public-profile/in/', '/in/'),
    );
  } catch {
    return undefined;
  }
};

/**
 * The profile the page declares: canonical link, og:url, then the profile its own sub-page links point to
 * (only the owner's page links /in/<owner>/details/, /overlay/contact-info/, /edit/…). Nav-bar links to the
 * viewer's profile are plain /in/<viewer>/ links and never count.
 */
export function declaredProfileUrl(doc: Document): string | undefined {
  const declared =
    profileUrlOf(doc.querySelector(CANONICAL)?.getAttribute('href')) ??
    profileUrlOf(doc.querySelector(meta('og:url'))?.getAttribute('content'));
  return declared ?? ownerOfOwnLinks(doc);
}

/**
 * The profile the page's own sub-page links point to: only the owner's sections link
 * /in/<owner>/details/, /overlay/…, /edit/. Unlike the canonical link in the head, these are rebuilt
 * with the person, so after an in-page navigation they say whose page is really shown.
 */
export function ownerOfOwnLinks(doc: ParentNode): string | undefined {
  const counts = new Map<string, number>();
  let best: string | undefined;
  for (const link of doc.querySelectorAll(PROFILE_LINK)) {
    const slug = OWN_LINK.exec(link.getAttribute('href') ?? '')?.[1];
    if (!slug) continue;
    const count = (counts.get(slug) ?? 0) + 1;
    counts.set(slug, count);
    if (!best || count > (counts.get(best) ?? 0)) best = slug;
  }
  return best ? profileUrlOf(`/in/${best}/`) : undefined;
}

export { profileUrlOf };
