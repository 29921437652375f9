import type { Position } from '../../shared/profile';
import { foldText } from '../names/fold-text';
import { periodOf } from '../profile/periods';

/** A field or function of work, coarse enough that a move between two of them is a career change. */
export interface CareerField {
  id: string;
  /** How a sentence names it: "moved from teaching into UX". */
  label: string;
}

/**
 * Checked in order, so specific functions win over the generic words they contain: a "UX researcher"
 * is in UX, not research; a "data engineer" is in data, not engineering.
 */
const FIELD_PATTERNS: readonly [CareerField, RegExp][] = [
  [
    { id: 'ux', label: 'UX' },
    /\b(ux|user experience|ui ?\/ ?ux|interaction design(er)?|product design(er)?|user research(er)?|service design(er)?|usability)\b/,
  ],
  [
    { id: 'product', label: 'product management' },
    /\b(product manager|product owner|product management|head of product|vp,? product|product lead|chief product officer)\b/,
  ],
  [
    { id: 'data', label: 'data' },
    /\b(data scien\w*|data analy\w*|data engineer\w*|machine learning|ml engineer|analytics|statistician|data)\b/,
  ],
  [
    { id: 'design', label: 'design' },
    /\b(graphic design(er)?|visual design(er)?|art director|illustrator|designer|design)\b/,
  ],
  [
    { id: 'engineering', label: 'engineering' },
    /\b(software|developer|engineer\w*|programmer|devops|sre|swe|full[- ]?stack|front[- ]?end|back[- ]?end)\b/,
  ],
  [
    { id: 'teaching', label: 'teaching' },
    /\b(teacher|teaching|lecturer|tutor|instructor|educator|professor|headteacher|head of year|education)\b/,
  ],
  [
    { id: 'research', label: 'research' },
    /\b(research(er)?|postdoc\w*|postdoctoral|phd candidate|scientist)\b/,
  ],
  [
    { id: 'marketing', label: 'marketing' },
    /\b(marketing|marketer|brand|growth|seo|content strateg\w*|social media)\b/,
  ],
  [
    { id: 'writing', label: 'journalism and writing' },
    /\b(journalist|reporter|editor|copywriter|writer|correspondent)\b/,
  ],
  [{ id: 'sales', label: 'sales' }, /\b(sales|account executive|business development|account manager)\b/],
  [{ id: 'consulting', label: 'consulting' }, /\b(consultant|consulting|advisory)\b/],
  [
    { id: 'finance', label: 'finance' },
    /\b(finance|financial|accountant|accounting|auditor|audit|banker|banking|investment|trader|equity)\b/,
  ],
  [{ id: 'law', label: 'law' }, /\b(lawyer|attorney|solicitor|barrister|paralegal|legal|counsel|law)\b/],
  [
    { id: 'healthcare', label: 'healthcare' },
    /\b(nurse|nursing|physician|doctor|pharmacist|clinician|clinical|therapist|medical|surgeon|healthcare)\b/,
  ],
  [
    { id: 'hr', label: 'HR and recruiting' },
    /\b(recruiter|recruiting|recruitment|talent|human resources|hr|people partner)\b/,
  ],
  [
    { id: 'project', label: 'project management' },
    /\b(project manager|program manager|programme manager|scrum master|project management)\b/,
  ],
  [{ id: 'operations', label: 'operations' }, /\b(operations|logistics|supply chain|procurement)\b/],
  [{ id: 'policy', label: 'public policy' }, /\b(policy|civil servant|government|public sector|diplomat)\b/],
  [{ id: 'military', label: 'the military' }, /\b(army|navy|air force|marines?|military|soldier)\b/],
];

/** Roles held while studying or training are not a career someone moved away from. */
const NOT_A_CAREER_STEP =
  /\b(intern|internship|student|trainee|apprentice|teaching assistant|graduate assistant|research assistant|volunteer|werkstudent|working student|studentische|hilfskraft|praktikant\w*|stagiaire|becari[oa]|estagi\w*|tirocinante|stagiair)\b/;

/** False for roles held while studying or training: internships, assistantships, volunteering. */
export function isCareerStep(title: string): boolean {
  return !NOT_A_CAREER_STEP.test(foldText(title));
}

/**
 * "Product Lead – Applied ML | Risk UX" is one role described in several parts, not several roles:
 * the parts are split so the first names the role and the rest only describe it.
 */
function titleParts(text: string): string[] {
  return text
    .split(/\s+[–—·•]\s+|\s+-\s+|\s*\|\s*|,\s+/)
    .map((part) => part.trim())
    .filter(Boolean);
}

function fieldOfPart(folded: string): CareerField | undefined {
  for (const [field, pattern] of FIELD_PATTERNS) {
    if (pattern.test(folded)) return field;
  }
  return undefined;
}

/** The field a job title, or a free-text target such as "UX research", belongs to: its first part's. */
export function fieldOf(text: string): CareerField | undefined {
  for (const part of titleParts(text)) {
    const field = fieldOfPart(foldText(part));
    if (field) return field;
  }
  return undefined;
}

/** Every field any part of a title touches: a role that mentions UX is never a move away from UX. */
export function fieldsOf(text: string): Set<string> {
  const ids = new Set<string>();
  for (const part of titleParts(text)) {
    const field = fieldOfPart(foldText(part));
    if (field) ids.add(field.id);
  }
  return ids;
}

/** A move from one field to another, with the positions on either side of it. */
export interface Transition {
  from: CareerField;
  to: CareerField;
  fromPosition?: Position;
  toPosition?: Position;
}

/** Positions oldest first: by start date when every one has one, else by reversing LinkedIn's order. */
export function chronological(experience: readonly Position[], now: number): Position[] {
  const starts = experience.map((position) => periodOf(position.start, position.end, now)?.start);
  if (starts.some((start) => start === undefined)) return [...experience].reverse();
  return experience
    .map((position, index) => ({ position, index, start: starts[index] ?? 0 }))
    .sort((a, b) => a.start - b.start || b.index - a.index)
    .map((entry) => entry.position);
}

/** The career steps: each position that names a field, oldest first, consecutive repeats merged. */
export function careerSteps(
  experience: readonly Position[],
  now: number,
): { field: CareerField; position: Position }[] {
  const steps: { field: CareerField; position: Position }[] = [];
  for (const position of chronological(experience, now)) {
    if (!isCareerStep(position.title)) continue;
    const field = fieldOf(position.title);
    if (!field) continue;
    const last = steps[steps.length - 1];
    if (last && (last.field.id === field.id || fieldsOf(position.title).has(last.field.id)))
      last.position = position;
    else steps.push({ field, position });
  }
  return steps;
}

/** A move needs two roles whose dates say which came first; without dates it is a guess. */
function inTimeOrder(earlier: Position, later: Position, now: number): boolean {
  const from = periodOf(earlier.start, earlier.end, now);
  const to = periodOf(later.start, later.end, now);
  return Boolean(from && to && from.start < to.start);
}

/**
 * Every move between two fields, in order: for teaching → research → UX that is teaching→research,
 * teaching→UX and research→UX, since each is a true description of the path.
 */
export function transitionsOf(experience: readonly Position[], now: number): Transition[] {
  const steps = careerSteps(experience, now);
  const transitions: Transition[] = [];
  const seen = new Set<string>();
  for (let later = 1; later < steps.length; later++) {
    for (let earlier = later - 1; earlier >= 0; earlier--) {
      const from = steps[earlier]!;
      const to = steps[later]!;
      const key = `${from.field.id}>${to.field.id}`;
      if (from.field.id === to.field.id || seen.has(key) || !inTimeOrder(from.position, to.position, now))
        continue;
      if (fieldsOf(to.position.title).has(from.field.id) || fieldsOf(from.position.title).has(to.field.id))
        continue;
      seen.add(key);
      transitions.push({
        from: from.field,
        to: to.field,
        fromPosition: from.position,
        toPosition: to.position,
      });
    }
  }
  return transitions;
}
