/** Names, skills and groups of the volunteer agency's people (illustrative). */
import { VolunteerGroupFormat } from '../../modules/volunteers/volunteers.enums';

export const VOLUNTEER_GIVEN_NAMES = [
  'Anna',
  'Maria',
  'Ursula',
  'Monika',
  'Petra',
  'Sabine',
  'Claudia',
  'Julia',
  'Lena',
  'Katharina',
  'Hannah',
  'Birgit',
  'Gisela',
  'Renate',
  'Thomas',
  'Michael',
  'Andreas',
  'Stefan',
  'Peter',
  'Klaus',
  'Jürgen',
  'Martin',
  'Jan',
  'Felix',
  'Lukas',
  'Wolfgang',
  'Bernd',
  'Hans',
  'Ayşe',
  'Mehmet',
  'Nadia',
  'Samir',
  'Olga',
  'Rana',
];
export const VOLUNTEER_FAMILY_NAMES = [
  'Müller',
  'Schmidt',
  'Schneider',
  'Fischer',
  'Meyer',
  'Wagner',
  'Becker',
  'Schulz',
  'Hoffmann',
  'Koch',
  'Richter',
  'Klein',
  'Wolf',
  'Schröder',
  'Neumann',
  'Schwarz',
  'Brinkmann',
  'Niemann',
  'Tiemann',
  'Kamp',
  'Bergmann',
  'Vogt',
  'Lange',
  'Krüger',
  'Özkan',
  'Haddad',
  'Petrenko',
];

/** Languages volunteers offer beyond German, with weights (ISO 639-1). */
export const VOLUNTEER_LANGUAGES: readonly (readonly [string, number])[] = [
  ['en', 60],
  ['fr', 12],
  ['es', 6],
  ['ru', 10],
  ['uk', 6],
  ['ar', 10],
  ['fa', 5],
  ['tr', 6],
  ['ku', 3],
  ['ti', 1],
  ['ps', 1],
  ['so', 1],
];

export const VOLUNTEER_SKILLS = [
  'Behördengänge',
  'Formulare und Anträge',
  'Wohnungssuche',
  'Möbelaufbau',
  'Umzugshilfe',
  'Autofahren',
  'Hausaufgabenhilfe',
  'Bewerbungstraining',
  'Fahrradwerkstatt',
  'Kinderbetreuung',
  'Computerkurs',
  'Nähen',
  'Sport und Freizeit',
  'Steuererklärung',
];

export const WEEKDAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'] as const;
export const DAY_PARTS = ['MORNING', 'AFTERNOON', 'EVENING'] as const;

/** The rapid-response group of volunteer interpreters. */
export const INTERPRETERS_GROUP = 'Dolmetscherpool';

/** Group templates per format; at scale > 1 the generator repeats them with a numeric suffix. */
export const VOLUNTEER_GROUPS: readonly (readonly [string, VolunteerGroupFormat])[] = [
  ['Sprachcafé Innenstadt', VolunteerGroupFormat.LANGUAGE_SUPPORT],
  ['Sprachpatenschaften Schinkel', VolunteerGroupFormat.LANGUAGE_SUPPORT],
  ['Lesepaten Grundschulen', VolunteerGroupFormat.LANGUAGE_SUPPORT],
  ['Konversationskreis Westerberg', VolunteerGroupFormat.LANGUAGE_SUPPORT],
  ['Schnelle Einsatzgruppe Nord', VolunteerGroupFormat.RAPID_RESPONSE],
  ['Schnelle Einsatzgruppe Süd', VolunteerGroupFormat.RAPID_RESPONSE],
  ['Umzugshelfer', VolunteerGroupFormat.RAPID_RESPONSE],
  [INTERPRETERS_GROUP, VolunteerGroupFormat.RAPID_RESPONSE],
  ['Verbindungslotsen GU', VolunteerGroupFormat.LIAISON],
  ['Verbindungslotsen Wohnen', VolunteerGroupFormat.LIAISON],
  ['Verbindungslotsen Schule', VolunteerGroupFormat.LIAISON],
];

export const HOUSEHOLD_TASKS = [
  'Familienpatenschaft',
  'Begleitung zur Ausländerbehörde',
  'Unterstützung bei der Wohnungssuche',
  'Hausaufgabenhilfe',
  'Hilfe bei Anträgen (Jobcenter)',
  'Umzugshilfe und Möbelaufbau',
  'Sprachpatenschaft',
];
