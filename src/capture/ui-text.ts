/**
 * The one place that decides what is LinkedIn's own text, never a member's data: counts ("See 11+",
 * "Show all 12 experiences"), toggles ("…see more"), button captions, kudos and endorsement prompts, form
 * errors, lone bullets, connection degrees, and the screen-reader labels LinkedIn puts before each field
 * ("Company Name", "Dates Employed"). Class names change with a redesign; these words change far more
 * slowly, and every rule here holds in each UI language the date parser reads (en, de, fr, es, pt, it, nl).
 */

/** Field labels read to screen readers before a value; lower case, whole text. */
const FIELD_LABELS = new Set([
  // en (li-2018-*, loggedin-2018-tobias-lindqvist)
  'company name',
  'title',
  'dates employed',
  'employment duration',
  'total duration',
  'location',
  'degree name',
  'field of study',
  'grade',
  'activities and societies',
  'dates attended or expected graduation',
  'dates volunteered',
  'volunteer duration',
  'cause',
  'issuing authority',
  'issued date and, if applicable, expiration date of the certification or license',
  // es (loggedin-2020-es-mateo-silva)
  'nombre de la empresa',
  'cargo',
  'fechas de empleo',
  'duración del empleo',
  'duración total',
  'ubicación',
  'nombre de la titulación',
  'disciplina académica',
  'nota',
  'fechas de estudios o fecha de graduación prevista',
  // de
  'name des unternehmens',
  'unternehmen',
  'titel',
  'beschäftigungszeitraum',
  'beschäftigungsdauer',
  'gesamtdauer',
  'ort',
  'abschluss',
  'studienfach',
  'note',
  // fr
  "nom de l'entreprise",
  'titre',
  "dates d'emploi",
  "durée d'emploi",
  'durée totale',
  'lieu',
  'diplôme',
  "domaine d'études",
  // pt
  'nome da empresa',
  'datas de emprego',
  'duração do emprego',
  'duração total',
  'localidade',
  'diploma',
  'área de estudo',
  // it
  "nome dell'azienda",
  'qualifica',
  'date di impiego',
  "durata dell'impiego",
  'durata totale',
  'località',
  'titolo di studio',
  'corso di studi',
  // nl
  'bedrijfsnaam',
  'functie',
  'data dienstverband',
  'duur dienstverband',
  'totale duur',
  'locatie',
  'graad',
  'studierichting',
]);

/** UI phrases, whole text, in every language the date parser reads. */
const UI_PATTERNS: RegExp[] = [
  // Lone bullets and separators.
  /^[\s•·|–—-]*$/,
  // Counts and toggles: "See 11+", "…see more", "Show all 12 experiences", "See less", "+3".
  /^[….\s]*(?:see|show|view) (?:more|less|all)\b/i,
  /^(?:see )?(?:\+\d+|\d+\+)$/i,
  /^see (?:contact info|connections)\b/i,
  /^[….\s]*(?:mehr|weniger|plus|más|mais|altro|meer|minder)(?: anzeigen| afficher| weergeven)?$/i,
  /^(?:alle \d+ .+ (?:anzeigen|weergeven)|afficher (?:tout|les \d+)|(?:ver|mostrar) (?:todo|todas|todos|más|mais)|mostra (?:tutt[ie]|altro)|(?:mehr|meer) (?:anzeigen|weergeven)|kontaktinfo(?:rmationen)?)\b/i,
  // Connection degree: "2nd degree connection", "Contacto de 2º grado", "Kontakt 2. Grades".
  /^\d\S{0,3} degree connection$/i,
  /^(?:contacto|contato|kontakt|relation|collegamento|connectie|contact) (?:de |di |van |)\d\S{0,3} ?\S*$/i,
  // Endorsements and kudos: "See 31 endorsements for Go", "12 endorsements", "Give Kudos", "Endorse".
  /\bendorse(?:ments?|d)?\b|\bbestätigung(?:en)?\b|\bvalidaci(?:ón|ones)\b/i,
  /^(?:give |send |geef |dar |donner des )?kudos$/i,
  // Form errors.
  /^(?:this field )?has errors\.?$|^(?:fehler|erreur|error|erro|errore|fout)\.?$/i,
  // Button captions of the top card and of items.
  /^(?:connect|message|follow|following|more…?|more actions|vernetzen|nachricht|folgen|se connecter|conectar|mensaje|seguir|collegati|messaggio|segui|connectie maken|bericht|volgen)$/i,
];

/** Whether `text` is one of LinkedIn's screen-reader field labels ("Company Name", "Fechas de empleo"). */
export const isFieldLabel = (text: string): boolean => FIELD_LABELS.has(text.trim().toLowerCase());

/** Whether a line is LinkedIn's own text, never the member's. */
export function isUiText(text: string): boolean {
  const trimmed = text.trim();
  // One-word labels ("Cargo", "Note") may also be a company or a skill; longer ones never are.
  if (trimmed.includes(' ') && isFieldLabel(trimmed)) return true;
  return UI_PATTERNS.some((pattern) => pattern.test(trimmed));
}
