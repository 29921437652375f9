import type { CommonGround } from '../../src/core/common-ground/types';
import type { Education, Position, ProfileSnapshot } from '../../src/shared/profile';
import { emptyProfile } from '../../src/shared/profile';
import { emptyMyProfile, type MyProfile } from '../../src/shared/settings';

/** Profiles for the common-ground and question tests: empty but for what a test sets. */
export const NOW = Date.UTC(2025, 5, 15);

export function person(overrides: Partial<ProfileSnapshot> = {}): ProfileSnapshot {
  return { ...emptyProfile('https://www.linkedin.com/in/them/', 'Dana Reyes'), ...overrides };
}

export function me(overrides: Partial<MyProfile> = {}): MyProfile {
  return { ...emptyMyProfile(), name: 'Ana Souza', ...overrides };
}

export function job(company: string, start?: string, end?: string, extra: Partial<Position> = {}): Position {
  return { title: 'Analyst', company, ...(start && { start }), ...(end && { end }), ...extra };
}

export function study(
  school: string,
  start?: string,
  end?: string,
  extra: Partial<Education> = {},
): Education {
  return { school, ...(start && { start }), ...(end && { end }), ...extra };
}

export function labels(items: CommonGround[]): string[] {
  return items.map((item) => item.label);
}
