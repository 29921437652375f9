import { describe, expect, it } from 'vitest';
import { linkedInOrganizationId, organizationKey, sameOrganization, schoolInSentence } from './org-names';

describe('sameOrganization: names a person would agree are one organisation', () => {
  it.each([
    ['Acme', 'ACME'],
    ['Acme Inc.', 'Acme'],
    ['Acme, Inc', 'acme'],
    ['Acme Ltd', 'Acme Limited'],
    ['Acme GmbH', 'Acme'],
    ['Acme GmbH & Co. KG', 'Acme'],
    ['Acme LLC', 'Acme'],
    ['Banco Acme S.A.', 'Banco Acme'],
    ['Acme plc', 'Acme PLC'],
    ['Siemens AG', 'Siemens'],
    ['The Home Depot', 'Home Depot'],
    ['The Walt Disney Company', 'Walt Disney'],
    ['Procter & Gamble', 'Procter and Gamble'],
    ['Ernst & Young', 'Ernst and Young'],
    ['Nestlé', 'Nestle'],
    ['Universität Zürich', 'Universitat Zurich'],
    ["McDonald's", 'McDonalds'],
    ['Pricewaterhouse Coopers', 'PricewaterhouseCoopers'],
    ['J.P. Morgan', 'JP Morgan'],
    ['  Northwind   Health ', 'Northwind Health'],
    ['Univ. of Leeds', 'University of Leeds'],
    ['St. Andrews University', 'Saint Andrews University'],
  ])('%s = %s', (a, b) => {
    expect(sameOrganization({ name: a }, { name: b })).toBe(true);
    expect(sameOrganization({ name: b }, { name: a })).toBe(true);
  });
});

describe('sameOrganization: reviewed aliases and renames', () => {
  it.each([
    ['MIT', 'Massachusetts Institute of Technology'],
    ['UCL', 'University College London'],
    ['LSE', 'The London School of Economics and Political Science'],
    ['London School of Economics', 'The London School of Economics and Political Science (LSE)'],
    ['NYU', 'New York University'],
    ['UCLA', 'University of California, Los Angeles'],
    ['ETH Zürich', 'ETH Zurich'],
    ['ETH Zurich', 'Swiss Federal Institute of Technology Zurich'],
    ['ETH Zürich', 'Eidgenössische Technische Hochschule Zürich'],
    ['EPFL', 'École polytechnique fédérale de Lausanne'],
    ['Facebook', 'Meta'],
    ['Meta Platforms, Inc.', 'Facebook'],
    ['Meta (formerly Facebook)', 'Facebook'],
    ['Twitter', 'X Corp.'],
    ['PwC', 'PricewaterhouseCoopers'],
    ['PwC', 'PricewaterhouseCoopers LLP'],
    ['EY', 'Ernst & Young'],
    ['Ernst & Young (EY)', 'EY'],
    ['KPMG LLP', 'KPMG'],
    ['Accenture', 'Andersen Consulting'],
    ['Deloitte', 'Deloitte & Touche LLP'],
    ['IBM', 'International Business Machines Corporation'],
    ['BCG', 'The Boston Consulting Group'],
    ['Georgia Tech', 'Georgia Institute of Technology'],
    ['Penn State', 'The Pennsylvania State University'],
    ['University of Oxford', 'Oxford University'],
    ['TUM', 'Technische Universität München'],
  ])('%s = %s', (a, b) => {
    expect(sameOrganization({ name: a }, { name: b })).toBe(true);
    expect(sameOrganization({ name: b }, { name: a })).toBe(true);
  });
});

describe('sameOrganization: false friends stay apart', () => {
  it.each([
    ['University of Washington', 'Washington University in St. Louis'],
    ['Columbia University', 'Columbia College Chicago'],
    ['University of Manchester', 'Manchester Metropolitan University'],
    ['Miami University', 'University of Miami'],
    ['Boston College', 'Boston University'],
    ['University of Pennsylvania', 'Pennsylvania State University'],
    ['USC', 'University of Southern California'],
    ['USC', 'University of South Carolina'],
    ['Google', 'Alphabet'],
    ['HP', 'Hewlett Packard Enterprise'],
    ['Amazon', 'Amazon Web Services'],
    ['Bain & Company', 'Bain Capital'],
    ['PwC UK', 'PwC US'],
    ['Acme', 'Acme Health'],
    ['Northwind', 'Northwind Traders'],
    ['', ''],
  ])('%s ≠ %s', (a, b) => {
    expect(sameOrganization({ name: a }, { name: b })).toBe(false);
    expect(sameOrganization({ name: b }, { name: a })).toBe(false);
  });
});

describe('sameOrganization: LinkedIn links decide when both sides have one', () => {
  it.each([
    [
      { name: 'Northwind', url: 'https://www.linkedin.com/company/northwind-health/' },
      { name: 'Northwind Health Partners', url: 'https://linkedin.com/company/northwind-health' },
      true,
    ],
    [
      { name: 'Acme', url: 'https://www.linkedin.com/company/acme-uk/' },
      { name: 'Acme', url: 'https://www.linkedin.com/company/acme-rockets/' },
      false,
    ],
    [
      { name: 'Stanford', url: 'https://www.linkedin.com/school/stanford-university/' },
      { name: 'Stanford University', url: 'https://www.linkedin.com/company/stanford-university/' },
      true,
    ],
    [
      { name: 'Acme', url: 'https://www.linkedin.com/company/1441/' },
      { name: 'Acme Inc', url: 'https://www.linkedin.com/company/acme/' },
      true,
    ],
    [{ name: 'Acme', url: 'https://www.linkedin.com/company/acme/' }, { name: 'Acme Inc' }, true],
    [{ name: 'Acme', url: 'https://acme.example/' }, { name: 'Globex', url: 'https://acme.example/' }, false],
  ])('%o vs %o → %s', (a, b, expected) => {
    expect(sameOrganization(a, b)).toBe(expected);
  });

  it.each([
    ['https://www.linkedin.com/company/northwind-health/', 'northwind-health'],
    ['https://www.linkedin.com/school/University-of-Leeds/about/', 'university-of-leeds'],
    ['https://www.linkedin.com/company/1441', '1441'],
    ['https://www.linkedin.com/in/someone/', undefined],
    ['https://example.com/', undefined],
    [undefined, undefined],
  ])('linkedInOrganizationId(%s) = %s', (url, id) => {
    expect(linkedInOrganizationId(url)).toBe(id);
  });
});

describe('organizationKey', () => {
  it('keeps a one-word name that looks like a legal suffix', () => {
    expect(organizationKey('The Company')).toBe('company');
  });
  it('is empty for a blank name', () => {
    expect(organizationKey('  ')).toBe('');
  });
});

describe('schoolInSentence', () => {
  it.each([
    ['University of Leeds', 'the University of Leeds'],
    ['The Ohio State University', 'the Ohio State University'],
    ['London School of Economics', 'the London School of Economics'],
    ['Massachusetts Institute of Technology', 'the Massachusetts Institute of Technology'],
    ['Boston College', 'Boston College'],
    ['Carnegie Mellon University', 'Carnegie Mellon University'],
    ['MIT', 'MIT'],
  ])('%s → %s', (name, expected) => {
    expect(schoolInSentence(name)).toBe(expected);
  });
});
