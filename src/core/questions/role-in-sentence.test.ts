import { describe, expect, it } from 'vitest';
import { readsAsEnglish, roleInSentence } from './role-in-sentence';

describe('roleInSentence', () => {
  it.each([
    ['Product Lead – Applied ML | Risk UX', 'product lead'],
    ['Senior Backend Engineer', 'senior backend engineer'],
    ['UX Research Lead', 'UX research lead'],
    ['Head Of Digital Media', 'head of digital media'],
    ['Co-Founder & COO', 'co-founder & COO'],
    ['Software Engineer - Satellite', 'software engineer'],
    ['MATH 111 Teaching Assistant', 'MATH 111 teaching assistant'],
    ['CEO', 'CEO'],
  ])('%s → %s', (title, role) => {
    expect(roleInSentence(title)).toBe(role);
  });

  it.each([
    ['German nouns keep their capitals, so the title is not lower-cased', 'Leiter Datenplattform'],
    ['a German compound', 'Werkstudent'],
    ['Spanish', 'Jefe de proyectos'],
    ['Portuguese', 'Gerente de Produto Sênior'],
    ['a German department', 'IT-Abteilung'],
    ['blank', '  '],
  ])('names no role for %s', (_case, title) => {
    expect(roleInSentence(title)).toBeUndefined();
  });

  it('reads English titles with acronyms as English', () => {
    expect(readsAsEnglish('VP Engineering')).toBe(true);
    expect(readsAsEnglish('Studentische Hilfskraft')).toBe(false);
  });
});
