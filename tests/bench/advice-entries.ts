import type { AdviceEntry } from '../../src/core/recurring-themes';

const OPENINGS = ['You should', 'Definitely', 'I would', 'Try to', 'Really worth it to', 'Make sure you'];
const ADVICE = [
  'get the AWS cert',
  'build a portfolio of case studies',
  'learn SQL before Python',
  'network at local meetups',
  'ask for referrals from alumni',
  'read the company engineering blog',
  'practise system design interviews',
  'contribute to open source projects',
  'find a mentor inside the team',
  'apply for the rotational graduate program',
];
const TAILS = [
  'first',
  'this year',
  'before applying',
  'it opened doors for me',
  'hiring managers notice',
  '',
];

/** `count` invented pieces of advice from `count / 5` people: sentences as people write them in notes. */
export function adviceEntries(count: number): AdviceEntry[] {
  let s = 7;
  const rand = () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  const pick = (list: readonly string[]) => list[Math.floor(rand() * list.length)] ?? '';
  return Array.from({ length: count }, (_, i) => ({
    id: `advice-${i}`,
    contactId: `person-${Math.floor(rand() * (count / 5))}`,
    text: `${pick(OPENINGS)} ${pick(ADVICE)} ${pick(TAILS)} (${pick(ADVICE).split(' ').slice(-1)[0]} ${i % 97})`,
  }));
}
