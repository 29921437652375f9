/**
 * Names that people agree refer to one organisation: official names, everyday abbreviations and
 * renames. Every entry is reviewed by hand. Word order and shared words are never enough on their own
 * ("University of Miami" is not "Miami University"), so anything that is not listed here has to
 * match by name.
 *
 * Deliberately absent:
 * - "USC" (University of Southern California or University of South Carolina), "UW", "UNC" on its
 *   own, "Penn" on its own: ambiguous abbreviations.
 * - Google / Alphabet, HP / Hewlett Packard Enterprise: related but different employers.
 * - Regional member firms ("PwC UK", "Deloitte US"): the same name with a country is a different
 *   legal employer and people say so.
 */
export const ORGANIZATION_ALIASES: readonly (readonly string[])[] = [
  // Universities
  ['Massachusetts Institute of Technology', 'MIT'],
  ['University College London', 'UCL'],
  ['London School of Economics and Political Science', 'London School of Economics', 'LSE'],
  ['New York University', 'NYU'],
  ['University of California, Los Angeles', 'UCLA'],
  ['University of California, Berkeley', 'UC Berkeley'],
  ['University of California, San Diego', 'UCSD', 'UC San Diego'],
  [
    'ETH Zurich',
    'ETH',
    'ETHZ',
    'Swiss Federal Institute of Technology Zurich',
    'Swiss Federal Institute of Technology in Zurich',
    'Eidgenössische Technische Hochschule Zürich',
  ],
  [
    'EPFL',
    'École Polytechnique Fédérale de Lausanne',
    'Swiss Federal Institute of Technology Lausanne',
    'Swiss Federal Institute of Technology in Lausanne',
  ],
  ['California Institute of Technology', 'Caltech'],
  ['Carnegie Mellon University', 'Carnegie Mellon', 'CMU'],
  ['Georgia Institute of Technology', 'Georgia Tech'],
  ['Pennsylvania State University', 'Penn State', 'Penn State University'],
  ['University of Pennsylvania', 'UPenn'],
  ['University of North Carolina at Chapel Hill', 'UNC Chapel Hill', 'UNC-Chapel Hill'],
  ['University of Oxford', 'Oxford University'],
  ['University of Cambridge', 'Cambridge University'],
  ["King's College London", 'KCL'],
  ['Imperial College London', 'Imperial College'],
  ['Technical University of Munich', 'TUM', 'Technische Universität München', 'TU München', 'TU Munich'],
  ['University of Toronto', 'U of T', 'UofT'],
  ['University of British Columbia', 'UBC'],
  ['National University of Singapore', 'NUS'],
  ['Sciences Po', 'Institut d’études politiques de Paris', 'Paris Institute of Political Studies'],
  ['Harvard University', 'Harvard'],
  ['Stanford University', 'Stanford'],
  ['Yale University', 'Yale'],
  ['Princeton University', 'Princeton'],
  // Employers
  ['Meta', 'Meta Platforms', 'Facebook'],
  ['X Corp', 'X', 'Twitter'],
  ['PwC', 'PricewaterhouseCoopers', 'Price Waterhouse Coopers'],
  ['EY', 'Ernst & Young'],
  ['KPMG', 'Klynveld Peat Marwick Goerdeler'],
  ['Deloitte', 'Deloitte & Touche', 'Deloitte Touche Tohmatsu'],
  ['Accenture', 'Andersen Consulting'],
  ['IBM', 'International Business Machines'],
  ['Boston Consulting Group', 'BCG'],
  ['McKinsey & Company', 'McKinsey'],
  ['JPMorgan Chase', 'JPMorgan', 'J.P. Morgan', 'JPMorgan Chase & Co.', 'JP Morgan Chase'],
  ['General Electric', 'GE'],
  ['Procter & Gamble', 'P&G'],
  ['Amazon Web Services', 'AWS'],
  ['National Health Service', 'NHS'],
];
