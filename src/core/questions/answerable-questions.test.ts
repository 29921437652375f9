import { describe, expect, it } from 'vitest';
import { job, person, study } from '../../../tests/support/prepare-fixtures';
import { isAnswerableFromProfile } from './answerable-questions';

const full = person({
  location: 'Lisbon, Portugal',
  experience: [job('Acme', '2019', 'present', { title: 'Designer' }), job('Globex', '2015', '2019')],
  education: [study('University of Lisbon')],
  languages: ['Portuguese'],
  skills: ['Figma'],
  certifications: [{ name: 'PMP' }],
  volunteering: [{ organization: 'Code Club' }],
});
const empty = person();

describe('isAnswerableFromProfile', () => {
  it.each([
    'Where did you study?',
    'What did you study at university?',
    'Which university did you go to?',
    'What do you do?',
    'So, what do you do for a living?',
    'Where do you currently work?',
    "What's your current role?",
    'What is your job title?',
    'How long have you been at Acme?',
    'When did you join Acme?',
    'What languages do you speak?',
    'Where are you based?',
    'Where do you live?',
    'What skills do you have?',
    'What certifications do you hold?',
    'Do you volunteer?',
    'Where did you work before?',
  ])('%s is answered by a full profile, not by an empty one', (question) => {
    expect(isAnswerableFromProfile(question, full)).toBe(true);
    expect(isAnswerableFromProfile(question, empty)).toBe(false);
  });

  it.each([
    'What do you do on a typical day?',
    'What made you choose to study design?',
    'How has your role changed since you joined?',
    'Who else would you recommend I talk to?',
    'What do you wish you had known when you started?',
  ])('%s needs the person, not the profile', (question) => {
    expect(isAnswerableFromProfile(question, full)).toBe(false);
  });
});
