/**
 * Section headings as a reader sees them, in every UI language the date parser reads. LinkedIn has renamed
 * its classes and ids with every redesign, but a section has always been headed with its name, so the
 * heading is the way in that survives. Matching is on the whole heading, so "Austin has 5 certifications"
 * or "People also viewed" never name a section.
 */
import type { ListSection } from '../shared/profile';

export type HeadedSection = ListSection | 'about';

const NAMES: Record<HeadedSection, string[]> = {
  about: [
    'about',
    'summary',
    'info',
    'infos',
    'acerca de',
    'extracto',
    'sobre',
    'resumo',
    'informazioni',
    'riepilogo',
    'over',
    'samenvatting',
  ],
  experience: [
    'experience',
    'berufserfahrung',
    'erfahrung',
    'expérience',
    'experiencia',
    'experiência',
    'esperienza',
    'ervaring',
    'werkervaring',
  ],
  education: [
    'education',
    'ausbildung',
    'bildungsweg',
    'formation',
    'educación',
    'formación',
    'formação acadêmica',
    'formação',
    'istruzione',
    'formazione',
    'opleiding',
  ],
  skills: [
    'skills',
    'skills & endorsements',
    'skills & expertise',
    'kenntnisse',
    'kenntnisse & bestätigungen',
    'compétences',
    'aptitudes',
    'habilidades',
    'competências',
    'competenze',
    'vaardigheden',
  ],
  languages: ['languages', 'language', 'sprachen', 'langues', 'idiomas', 'lingue', 'talen'],
  volunteering: [
    'volunteering',
    'volunteer experience',
    'volunteer experience & causes',
    'ehrenamt',
    'ehrenamtliches engagement',
    'bénévolat',
    'voluntariado',
    'trabalho voluntário',
    'volontariato',
    'vrijwilligerswerk',
  ],
  certifications: [
    'licenses & certifications',
    // The 2018 accomplishments block heads each list in the singular (loggedin-2018-tobias-lindqvist).
    'certification',
    'zertifizierung',
    'certificación',
    'certificação',
    'certificazione',
    'certificaat',
    'licences & certifications',
    'certifications',
    'bescheinigungen und zertifikate',
    'lizenzen & zertifizierungen',
    'licences et certifications',
    'licencias y certificaciones',
    'licenças e certificados',
    'licenze e certificazioni',
    'licenties en certificaten',
  ],
};

const BY_NAME = new Map<string, HeadedSection>(
  Object.entries(NAMES).flatMap(([section, names]) => names.map((n) => [n, section as HeadedSection])),
);

/**
 * The section a heading names. Screen-reader copies may double it ("ExperienceExperience") when the
 * class that hides them is unknown, and 2013 pages write "<Name>'s Experience".
 */
export function sectionOfHeading(text: string): HeadedSection | undefined {
  let key = text.replace(/\s+/g, ' ').trim().toLowerCase();
  const half = key.length / 2;
  if (key.length % 2 === 0 && key.slice(0, half) === key.slice(half)) key = key.slice(0, half);
  else if (key.length % 2 === 1 && key.slice(0, half - 0.5) === key.slice(half + 0.5))
    key = key.slice(0, half - 0.5);
  return BY_NAME.get(key) ?? BY_NAME.get(key.replace(/^.{1,60}?['’]s?\s+/, ''));
}
