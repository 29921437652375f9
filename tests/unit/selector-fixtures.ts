import type { SECTION_ROOTS } from '../../src/capture/selectors';

/**
 * For each alternative of a section selector, a saved page it matches: an invented page in
 * tests/fixtures/linkedin where one shows it, else a real page (`li-*`) in ../shared/fixtures/linkedin.
 * `null` marks an alternative no saved page shows yet: kept for a layout LinkedIn serves but no page here
 * records. selector-fixtures.test.ts checks every alternative is listed and every page named matches.
 */
export const SECTION_ROOT_FIXTURES: Record<keyof typeof SECTION_ROOTS, Record<string, string | null>> = {
  experience: {
    '#experience': 'loggedin-2022-priya-raman',
    '#experience-section': 'loggedin-2018-tobias-lindqvist',
    '#profile-experience': 'li-2013-public-yatish-jgrevich',
    'section[data-section=experience]': 'public-2024-ines-duarte',
    '[componentkey*=ExperienceTopLevelSection]': 'loggedin-2026-sdui-lena-vogt',
    '[componentkey=ProfileNullStateCardAnchor_Experience]': 'loggedin-2026-sdui-lena-vogt',
    '[id^="com.linkedin.sdui.profile.card"][id$=Experience]': null,
  },
  education: {
    '#education': 'loggedin-2022-priya-raman',
    '#education-section': 'loggedin-2018-tobias-lindqvist',
    '#profile-education': 'li-2013-public-yatish-jgrevich',
    'section[data-section=educationsDetails]': 'public-2024-ines-duarte',
    'section[data-section=education]': null,
    '[componentkey*=EducationTopLevelSection]': null,
    '[componentkey=ProfileNullStateCardAnchor_Education]': null,
    '[id^="com.linkedin.sdui.profile.card"][id$=Education]': null,
  },
  skills: {
    '#skills': 'loggedin-2022-priya-raman',
    '#profile-skills': 'li-2013-public-yatish-jgrevich',
    'section[data-section=skills]': null,
    'section[data-section=skillsDetails]': null,
    '.pv-skill-categories-section': 'loggedin-2018-tobias-lindqvist',
    '[componentkey*=SkillsTopLevelSection]': 'loggedin-2026-sdui-lena-vogt',
    '[componentkey=ProfileNullStateCardAnchor_Skills]': 'loggedin-2026-sdui-lena-vogt',
    '[id^="com.linkedin.sdui.profile.card"][id$=Skills]': null,
  },
  languages: {
    '#languages': 'loggedin-2022-priya-raman',
    '#profile-languages': 'li-2013-public-yatish-jgrevich',
    'section[data-section=languages]': 'public-2024-ines-duarte',
    '#languages-expandable-content': 'loggedin-2018-tobias-lindqvist',
    '.pv-accomplishments-block.languages': 'loggedin-2018-tobias-lindqvist',
    '[componentkey*=LanguagesTopLevelSection]': null,
    '[componentkey=ProfileNullStateCardAnchor_Languages]': null,
    '[id^="com.linkedin.sdui.profile.card"][id$=Languages]': null,
  },
  volunteering: {
    '#volunteering_experience': 'loggedin-2022-priya-raman',
    '#volunteering': 'li-2016-public-yatish-jeffweiner',
    '#volunteer_experience': null,
    '#profile-volunteering': null,
    'section[data-section=volunteering]': 'li-2024-public-scoutr-1',
    '.volunteering-section': 'loggedin-2018-tobias-lindqvist',
    '[componentkey*=VolunteeringTopLevelSection]': null,
    '[componentkey=ProfileNullStateCardAnchor_Volunteering]': null,
    '[id^="com.linkedin.sdui.profile.card"][id$=Volunteering]': null,
  },
  certifications: {
    '#licenses_and_certifications': 'loggedin-2022-priya-raman',
    '#certifications': null,
    '#certifications-section': null,
    '#profile-certifications': 'li-2013-public-yatish-jgrevich',
    'section[data-section=certifications]': 'public-2024-ines-duarte',
    '#certifications-expandable-content': 'loggedin-2018-tobias-lindqvist',
    '.pv-accomplishments-block.certifications': 'loggedin-2018-tobias-lindqvist',
    '[componentkey*=CertificationsTopLevelSection]': null,
    '[componentkey=ProfileNullStateCardAnchor_Certifications]': null,
    '[id^="com.linkedin.sdui.profile.card"][id$=Certifications]': null,
  },
  about: {
    '#about': 'loggedin-2022-priya-raman',
    'section#summary': 'li-2016-public-yatish-jeffweiner',
    '#profile-summary': 'li-2013-public-yatish-jgrevich',
    'section[data-section=summary]': 'public-2024-ines-duarte',
    '.pv-top-card-section__summary-text': 'loggedin-2018-tobias-lindqvist',
    '.pv-about-section': 'loggedin-2020-es-mateo-silva',
    '[componentkey*=AboutTopLevelSection]': null,
    '[componentkey=ProfileNullStateCardAnchor_About]': null,
    '[id^="com.linkedin.sdui.profile.card"][id$=About]': 'loggedin-2026-sdui-lena-vogt',
  },
};
