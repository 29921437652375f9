import type { ProfileSnapshot } from '../../shared/profile';

const firstRole = (p: ProfileSnapshot) => {
  const role = p.experience[0];
  return role ? [role.title, role.company].filter(Boolean).join(' at ') : undefined;
};

const ROWS: [string, (p: ProfileSnapshot) => string | undefined][] = [
  ['Name', (p) => p.name],
  ['Headline', (p) => p.headline],
  ['Location', (p) => p.location],
  ['Current role', firstRole],
  ['About', (p) => p.about],
];

interface Side {
  label: string;
  profile: ProfileSnapshot;
}

/** Two saved versions of one person, field by field, so the user can tell whether they are the same. */
export function SourceCompare({ left, right }: { left: Side; right: Side }) {
  return (
    <table class="same-as-compare">
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">{left.label}</th>
          <th scope="col">{right.label}</th>
        </tr>
      </thead>
      <tbody>
        {ROWS.map(([label, read]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>{read(left.profile) ?? '—'}</td>
            <td>{read(right.profile) ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The site a source was read from, as people say it: `devdays.example`, not `https://www.devdays.example/…`. */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
