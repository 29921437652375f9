import { type CaptureReport, PROFILE_SECTIONS, type ProfileSection } from '../shared/profile';

const LABELS: Record<ProfileSection, string> = {
  name: 'Name',
  headline: 'Headline',
  location: 'Location',
  about: 'About',
  experience: 'Experience',
  education: 'Education',
  skills: 'Skills',
  languages: 'Languages',
  volunteering: 'Volunteering',
  certifications: 'Certifications',
};

/** Which sections the last capture read, and a plain warning for any it saw but could not read. */
export function CaptureReportView({ report }: { report: CaptureReport }) {
  const read = PROFILE_SECTIONS.filter((s) => report.sections[s]?.status === 'read');
  const unreadable = PROFILE_SECTIONS.filter((s) => report.sections[s]?.status === 'unreadable');
  // Sections LinkedIn loads as the user scrolls are not a failure: they are read once they appear.
  const notLoaded = unreadable.filter((s) => report.sections[s]?.note === 'not loaded yet');
  const failed = unreadable.filter((s) => !notLoaded.includes(s));
  return (
    <div class="capture-report" data-testid="capture-report">
      {notLoaded.length > 0 && (
        <p class="muted small" data-testid="not-loaded">
          {notLoaded.map((s) => LABELS[s]).join(', ')}: not loaded yet — scroll down or open{' '}
          {LABELS[notLoaded[0] ?? 'experience']}
        </p>
      )}
      {failed.length > 0 && (
        <p role="alert" class="warning">
          Could not read: {failed.map((s) => LABELS[s]).join(', ')}. LinkedIn may have changed this page; what
          Rapport saved before is kept.
        </p>
      )}
      <details>
        <summary class="small">Captured {read.length} sections</summary>
        <ul class="small">
          {read.map((s) => {
            const count = report.sections[s]?.count;
            return (
              <li key={s}>
                {LABELS[s]}
                {count !== undefined && count > 1 ? ` (${count})` : ''}
              </li>
            );
          })}
        </ul>
      </details>
    </div>
  );
}
