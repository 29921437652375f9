import type { EndDate, PartialDate, ProfileSnapshot } from '../../shared/profile';
import './contact-person.css';

/** "2019-04" reads "Apr 2019", "2019" stays "2019": LinkedIn's dates as a person reads them. */
export function partialDateText(date: PartialDate | undefined, locale?: string): string {
  if (!date) return '';
  const [year, month] = date.split('-').map(Number);
  if (!year) return date;
  if (!month) return String(year);
  return new Date(Date.UTC(year, month - 1, 1)).toLocaleDateString(locale, {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** "Apr 2019 – present", "2015 – 2019", "2021": a role's or a study's span; empty when the page gave none. */
export function periodText(
  start: PartialDate | undefined,
  end: EndDate | undefined,
  locale?: string,
): string {
  const from = partialDateText(start, locale);
  const to = end === 'present' ? 'present' : partialDateText(end, locale);
  if (from && to) return from === to ? from : `${from} – ${to}`;
  return from ? (end === undefined ? from : `${from} – ?`) : to;
}

function Section({
  title,
  count,
  children,
}: {
  title: string;
  count?: number;
  children: preact.ComponentChildren;
}) {
  const id = `profile-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <section class="full-profile-section" aria-labelledby={id}>
      <h4 id={id}>
        {title}
        {count !== undefined && count > 1 && <span class="muted small"> ({count})</span>}
      </h4>
      {children}
    </section>
  );
}

const joined = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(' · ');

/**
 * Everything the last capture read about the person, so the user can prepare for a call without LinkedIn
 * open. Captured text is untrusted: it is only ever rendered as text nodes.
 */
export function ContactFullProfile({ profile }: { profile: ProfileSnapshot }) {
  const empty =
    !profile.about &&
    profile.experience.length === 0 &&
    profile.education.length === 0 &&
    profile.skills.length === 0 &&
    profile.languages.length === 0 &&
    profile.volunteering.length === 0 &&
    profile.certifications.length === 0;
  return (
    <section class="full-profile" aria-labelledby="full-profile-title">
      <h3 id="full-profile-title">Profile</h3>
      {empty && (
        <p class="muted">
          Nothing read from their profile yet. Open their LinkedIn profile and Rapport saves what it shows.
        </p>
      )}
      {profile.about && (
        <Section title="About">
          <p class="full-profile-about">{profile.about}</p>
        </Section>
      )}
      {profile.experience.length > 0 && (
        <Section title="Experience" count={profile.experience.length}>
          <ul class="full-profile-list">
            {profile.experience.map((p, i) => (
              <li key={`${p.company}-${p.title}-${i}`}>
                <span class="full-profile-main">{[p.title, p.company].filter(Boolean).join(' at ')}</span>
                <span class="muted small">{joined(periodText(p.start, p.end), p.location)}</span>
                {p.description && <p class="full-profile-description">{p.description}</p>}
              </li>
            ))}
          </ul>
        </Section>
      )}
      {profile.education.length > 0 && (
        <Section title="Education" count={profile.education.length}>
          <ul class="full-profile-list">
            {profile.education.map((e, i) => (
              <li key={`${e.school}-${i}`}>
                <span class="full-profile-main">{e.school}</span>
                <span class="muted small">{joined(e.degree, e.field, periodText(e.start, e.end))}</span>
              </li>
            ))}
          </ul>
        </Section>
      )}
      {profile.skills.length > 0 && (
        <Section title="Skills" count={profile.skills.length}>
          <ul class="full-profile-chips">
            {profile.skills.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </Section>
      )}
      {profile.languages.length > 0 && (
        <Section title="Languages">
          <ul class="full-profile-chips">
            {profile.languages.map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
        </Section>
      )}
      {profile.volunteering.length > 0 && (
        <Section title="Volunteering" count={profile.volunteering.length}>
          <ul class="full-profile-list">
            {profile.volunteering.map((v, i) => (
              <li key={`${v.organization}-${i}`}>
                <span class="full-profile-main">{[v.role, v.organization].filter(Boolean).join(' at ')}</span>
                {v.cause && <span class="muted small">{v.cause}</span>}
              </li>
            ))}
          </ul>
        </Section>
      )}
      {profile.certifications.length > 0 && (
        <Section title="Certifications" count={profile.certifications.length}>
          <ul class="full-profile-list">
            {profile.certifications.map((c, i) => (
              <li key={`${c.name}-${i}`}>
                <span class="full-profile-main">{c.name}</span>
                {c.issuer && <span class="muted small">{c.issuer}</span>}
              </li>
            ))}
          </ul>
        </Section>
      )}
    </section>
  );
}
