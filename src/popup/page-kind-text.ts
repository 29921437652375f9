import type { PageKind } from '../shared/profile';

/** What the popup says about a LinkedIn page that is not a person Rapport can save. */
export const NOT_A_PROFILE: Partial<Record<PageKind, { title: string; text: string }>> = {
  unavailable: {
    title: 'This profile is not available',
    text: 'LinkedIn shows no profile here: it may have been removed, or its owner hides it. There is no one to save.',
  },
  'not-found': {
    title: 'This LinkedIn page does not exist',
    text: 'LinkedIn shows its “page not found” page. Check the address, or open the person from a search.',
  },
  'sign-in': {
    title: 'LinkedIn asks you to sign in',
    text: 'LinkedIn shows its sign-in page instead of the profile. Sign in to LinkedIn, and Rapport saves the person as the profile loads.',
  },
  private: {
    title: 'This profile shows only a name',
    text: 'The owner keeps the rest private, or LinkedIn shows it only to their connections. Rapport saves the person once the profile shows more.',
  },
};
