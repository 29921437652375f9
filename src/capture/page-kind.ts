/**
 * What kind of page a LinkedIn tab shows, read as a person reads it: the page title and main heading
 * say "Profile Not Found" or "Page not found", the sign-in wall asks for a password, a private profile
 * shows a name and nothing else. The popup says so instead of offering to save a person who is not there.
 */
import type { PageKind, ProfileSnapshot } from '../shared/profile';
import { clean, textOf } from './text';

/** "This profile is not available", "Profile Not Found", in each UI language the date parser reads. */
const UNAVAILABLE =
  /profile (?:is )?not (?:available|found)|profil (?:ist )?nicht (?:verfügbar|gefunden)|profil (?:n[’']est pas disponible|introuvable)|perfil no (?:está disponible|encontrado)|perfil não (?:está disponível|encontrado)|profilo non (?:disponibile|trovato)|profiel (?:is )?niet (?:beschikbaar|gevonden)/i;
const NOT_FOUND =
  /page (?:not found|doesn[’']t exist)|^404\b|seite nicht gefunden|page introuvable|página no encontrada|página não encontrada|pagina non trovata|pagina niet gevonden/i;
const SIGN_IN =
  /^(?:linkedin log ?in|sign in|sign up|log in|join linkedin|anmelden|einloggen|s[’']identifier|inscrivez-vous|iniciar sesión|únete|entrar|accedi|iscriviti|inloggen|aanmelden)\b|\b(?:sign in|log in|anmelden) (?:to|bei|auf) linkedin\b/i;

/** The title without LinkedIn's suffix and notification count: "(3) Profile Not Found | LinkedIn". */
const titleOf = (doc: Document): string =>
  clean(doc.title)
    .replace(/^\(\d+\+?\)\s*/, '')
    .replace(/\s*\|\s*LinkedIn$/i, '');

export function pageKind(doc: Document, profile: ProfileSnapshot): PageKind {
  const title = titleOf(doc);
  const heading = textOf(doc.querySelector('main h1,h1'));
  const says = (pattern: RegExp) => pattern.test(title) || pattern.test(heading);
  if (says(UNAVAILABLE)) return 'unavailable';
  if (says(NOT_FOUND)) return 'not-found';
  const { name, headline, location, about } = profile;
  const lists = [profile.experience, profile.education, profile.skills, profile.languages];
  const shown =
    !!(headline || location || about) ||
    [...lists, profile.volunteering, profile.certifications].some((list) => list.length > 0);
  // The wall's own heading ("Join LinkedIn") reads like a name, so it is told apart first.
  // Public profiles carry sign-in forms in dialogs, so a password field counts only on an empty page.
  if (
    SIGN_IN.test(title) ||
    (!shown && (SIGN_IN.test(heading) || doc.querySelector('input[type=password]')))
  ) {
    return 'sign-in';
  }
  if (!name) return shown ? 'profile' : 'unknown';
  return shown ? 'profile' : 'private';
}
