import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isGrade, splitStudy } from './study';

describe('splitStudy', () => {
  it.each([
    [
      ['Bachelor of Science (BSc), Economics, ECTS Grade A'],
      { degree: 'Bachelor of Science (BSc)', field: 'Economics' },
    ],
    [['Master of Science - MS', 'Informatik'], { degree: 'Master of Science - MS', field: 'Informatik' }],
    [
      ['Licenciatura, Administración de Empresas, Nota: 8,5'],
      { degree: 'Licenciatura', field: 'Administración de Empresas' },
    ],
    [
      ['Bachelor of Science (B.Sc.), Bachelor of Education (B.Ed), Physics'],
      { degree: 'Bachelor of Science (B.Sc.), Bachelor of Education (B.Ed)', field: 'Physics' },
    ],
    [['Diplom-Ingenieur, Maschinenbau, Note 1,7'], { degree: 'Diplom-Ingenieur', field: 'Maschinenbau' }],
    [
      ['Laurea magistrale', 'Ingegneria gestionale', '110/110'],
      { degree: 'Laurea magistrale', field: 'Ingegneria gestionale' },
    ],
    [['Type Design', '16 of 20'], { field: 'Type Design' }],
    [["Master's degree"], { degree: "Master's degree" }],
    [['Mestrado'], { degree: 'Mestrado' }],
    [['3.8/4.0'], {}],
  ])('%j → %j', (lines, study) => {
    expect(splitStudy(lines)).toEqual(study);
  });

  it('takes a lone line the page marks as a field of study for the field', () => {
    expect(splitStudy(['Business Administration and Management, General'], true)).toEqual({
      field: 'Business Administration and Management, General',
    });
  });

  it('never keeps a grade as degree or field', () => {
    const grade = fc.constantFrom(
      'Grade: A',
      'GPA 3.9',
      '18 of 20',
      '1,3',
      'ECTS Grade A',
      'Note: 1,7',
      'Nota 9',
    );
    fc.assert(
      fc.property(
        fc.constantFrom("Master's degree", 'BSc', 'Licenciatura'),
        fc.constantFrom('Economics', 'Física'),
        grade,
        (d, f, g) => {
          expect(isGrade(g)).toBe(true);
          expect(splitStudy([`${d}, ${f}, ${g}`])).toEqual({ degree: d, field: f });
          expect(splitStudy([d, f, g])).toEqual({ degree: d, field: f });
        },
      ),
    );
  });
});
