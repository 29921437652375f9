/**
 * One splitter for what an education entry says under the school: degree, field of study and grade, given
 * as separate lines or joined on one ("Bachelor of Science (BSc), Economics, ECTS Grade A"), in each UI
 * language the date parser reads. A grade is never data Rapport keeps; a lone line is a degree only when it
 * reads as one ("Master's degree", "Licenciatura"), else it is the field ("Type Design").
 */

/** Words that name a degree, in en, de, fr, es, pt, it and nl; matched at a word start. */
const DEGREE =
  /(?:^|[\s(,-])(?:bachelor|master|mba|ph\.?\s?d|doctor|doktor|dottor|doctora|associate|diplom|diploma|licenciatur|licence|licenza|laurea|bacharel|mestrad|maestr[ií]a|m[áa]ster|magist|abitur|baccalaur|bachiller|ingenier|ingénieur|engenhei?r|ingegner|degree|grado|grau\b|abschluss|titulaci[óo]n|t[íi]tulo|certificat|exchange|minor\b|major\b|high school|a-levels?|gcse|gymnasium|hbo\b|wo\b|[bm]\.?\s?(?:s|a|sc|eng|tech|ed|ba|fa|phil)\.?(?:\s|$|\)|,|-)|ll\.?[bm]\b|m\.?d\.?(?:\s|$))/i;

/** Grades and scores: "9.7 of 10", "18 of 20", "1,3", "3.8/4.0", "Grade: A", "GPA 3.9", "ECTS Grade A", "Note: 1,7". */
const GRADE =
  /^[\d.,/]+(?:\s+\S{1,4}\s+[\d.,/]+)?$|^(?:ects |final |overall )?(?:grade|gpa|note|nota|voto|cijfer|mention|calificaci[óo]n|m[ée]dia|moyenne|punteggio)\b/i;

export const isGrade = (text: string): boolean => GRADE.test(text.trim());
export const readsAsDegree = (text: string): boolean => DEGREE.test(text);

export interface Study {
  degree?: string;
  field?: string;
}

/**
 * Degree and field from the lines under a school (dates already taken out). `markedField` says the
 * page marks the first line as a field of study (public pages do), which settles a lone line.
 */
export function splitStudy(lines: string[], markedField = false): Study {
  const parts = lines.map((l) => l.trim()).filter((l) => l && !isGrade(l));
  if (parts.length > 1) return { degree: parts[0], field: parts[1] };
  const line = parts[0];
  if (!line) return {};
  const pieces = line.split(/,\s+/).filter((p) => !isGrade(p));
  if (markedField) return { field: pieces.join(', ') };
  if (pieces.length === 1) return readsAsDegree(line) ? { degree: pieces[0] } : { field: pieces[0] };
  // "Degree, Field": the leading pieces that read as degrees are the degree, the rest is the field.
  let cut = 1;
  while (cut < pieces.length - 1 && readsAsDegree(pieces[cut] ?? '')) cut++;
  return { degree: pieces.slice(0, cut).join(', '), field: pieces.slice(cut).join(', ') };
}
