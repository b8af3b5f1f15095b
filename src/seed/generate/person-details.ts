/** Per-person facts: languages with levels, school/training/work, and needs and vulnerabilities. */
import { LanguageLevel, NeedCategory, OccupationKind, Sex } from '../../modules/people/people.enums';
import type { OriginData } from '../data/origins';
import {
  EMPLOYERS,
  INTEGRATION_COURSES,
  LANGUAGE_CLASS_SUFFIX,
  PRIMARY_SCHOOLS,
  SECONDARY_SCHOOLS,
  STUDIES,
  VOCATIONAL_PREPARATION,
  VOCATIONAL_SCHOOLS,
  VOCATIONAL_TRAINING,
} from '../data/places';
import { addMonths, isoFromDay } from '../days';
import type { Random } from '../random';
import type { NeedRow, OccupationRow, PersonLanguageRow } from '../tables';

/** What the detail generators need to know about a person. */
export interface PersonFacts {
  id: number;
  sex: Sex;
  birthDay: number;
  arrivalDay: number;
  /** Age on the reference day. */
  age: number;
  origin: OriginData;
  motherTongue: string;
}

type Row<T> = Omit<T, 'id'>;

const LEVELS = [
  LanguageLevel.A1,
  LanguageLevel.A2,
  LanguageLevel.B1,
  LanguageLevel.B2,
  LanguageLevel.C1,
  LanguageLevel.C2,
] as const;

export function germanLevel(rng: Random, person: PersonFacts, ref: number): LanguageLevel | null {
  const years = (ref - person.arrivalDay) / 365.25;
  if (person.age < 3) return null;
  // Children learn fastest; older adults slowest.
  const pace = person.age < 18 ? 1.6 : person.age < 40 ? 0.9 : person.age < 60 ? 0.6 : 0.3;
  const index = Math.floor(rng.around(years * pace, 1.2, -1, 5));
  return index < 0 ? null : LEVELS[Math.min(index, LEVELS.length - 1)]!;
}

export function personLanguages(
  rng: Random,
  person: PersonFacts,
  ref: number,
  german: LanguageLevel | null,
): Row<PersonLanguageRow>[] {
  const rows: Row<PersonLanguageRow>[] = [
    { person_id: person.id, language: person.motherTongue, level: LanguageLevel.NATIVE },
  ];
  if (german) rows.push({ person_id: person.id, language: 'de', level: german });
  if (person.age >= 12 && rng.chance(0.4)) {
    const second = rng.pick(person.origin.secondLanguages);
    if (second !== person.motherTongue)
      rows.push({
        person_id: person.id,
        language: second,
        level: rng.pick([LanguageLevel.A2, LanguageLevel.B1, LanguageLevel.B2, LanguageLevel.C1]),
      });
  }
  return rows;
}

export function occupations(rng: Random, person: PersonFacts, ref: number): Row<OccupationRow>[] {
  const rows: Row<OccupationRow>[] = [];
  const years = (ref - person.arrivalDay) / 365.25;
  const base = { person_id: person.id, hours_per_week: null, monthly_income_cents: null, ends_on: null };
  if (person.age >= 6 && person.age <= 17) {
    if (person.age >= 16 && rng.chance(0.3)) {
      rows.push({
        ...base,
        kind: OccupationKind.VOCATIONAL_PREPARATION,
        description: rng.pick(VOCATIONAL_PREPARATION),
        hours_per_week: rng.int(30, 39),
        starts_on: isoFromDay(recentStart(rng, person, ref, 300)),
      });
    } else {
      const school = person.age <= 9 ? rng.pick(PRIMARY_SCHOOLS) : rng.pick(SECONDARY_SCHOOLS);
      const start = Math.max(person.arrivalDay + rng.int(14, 60), addMonths(person.birthDay, 72));
      rows.push({
        ...base,
        kind: OccupationKind.SCHOOL,
        description: years < 1 ? school + LANGUAGE_CLASS_SUFFIX : school,
        starts_on: isoFromDay(Math.min(start, ref - 1)),
      });
    }
    return rows;
  }
  if (person.age < 18) return rows;
  if (person.age <= 64) integrationCourse(rng, person, ref, rows);
  if (person.age <= 24) {
    const r = rng.next();
    if (r < 0.22) {
      rows.push({
        ...base,
        kind: OccupationKind.VOCATIONAL_PREPARATION,
        description: rng.pick(VOCATIONAL_PREPARATION),
        hours_per_week: rng.int(30, 39),
        starts_on: isoFromDay(recentStart(rng, person, ref, 330)),
      });
      return rows;
    }
    if (r < 0.38 && years >= 1.5) {
      const income = rng.int(950, 1_250) * 100;
      rows.push({
        ...base,
        kind: OccupationKind.VOCATIONAL_TRAINING,
        description: `${rng.pick(VOCATIONAL_TRAINING)}, ${rng.pick(VOCATIONAL_SCHOOLS)}`,
        hours_per_week: 39,
        monthly_income_cents: income,
        starts_on: isoFromDay(recentStart(rng, person, ref, 900)),
      });
      return rows;
    }
    if (r < 0.43 && years >= 2) {
      rows.push({
        ...base,
        kind: OccupationKind.STUDY,
        description: rng.pick(STUDIES),
        starts_on: isoFromDay(recentStart(rng, person, ref, 1_400)),
      });
      return rows;
    }
  }
  if (person.age <= 66 && rng.chance(jobProbability(person, years)))
    rows.push({ ...base, ...job(rng), starts_on: isoFromDay(recentStart(rng, person, ref, 2_500)), ends_on: null });
  return rows;
}

function jobProbability(person: PersonFacts, years: number): number {
  const male = person.sex === Sex.MALE;
  const p = male ? Math.min(0.7, 0.08 + 0.1 * years) : Math.min(0.45, 0.03 + 0.055 * years);
  return person.age > 58 ? p * 0.5 : p;
}

function job(rng: Random): Pick<OccupationRow, 'kind' | 'description' | 'hours_per_week' | 'monthly_income_cents'> {
  const hours = rng.weighted([
    [10, 15],
    [20, 25],
    [30, 20],
    [39, 40],
  ] as const);
  const hourlyCents = rng.int(1_290, 1_950);
  // Monthly income: hours × 4.33 weeks × hourly wage, rounded to whole euros.
  const income = Math.round((hours * 4.33 * hourlyCents) / 100) * 100;
  return {
    kind: OccupationKind.JOB,
    description: rng.pick(EMPLOYERS),
    hours_per_week: hours,
    monthly_income_cents: income,
  };
}

function integrationCourse(rng: Random, person: PersonFacts, ref: number, rows: Row<OccupationRow>[]): void {
  if (!rng.chance(0.7)) return;
  const start = person.arrivalDay + rng.int(60, 400);
  if (start >= ref) return;
  const end = addMonths(start, rng.int(7, 14));
  rows.push({
    person_id: person.id,
    kind: OccupationKind.INTEGRATION_COURSE,
    description: rng.pick(INTEGRATION_COURSES),
    hours_per_week: rng.pick([20, 25]),
    monthly_income_cents: null,
    starts_on: isoFromDay(start),
    ends_on: end < ref ? isoFromDay(end) : null,
  });
}

/** A start day within the last `maxDays`, but not before arrival or the 16th birthday. */
function recentStart(rng: Random, person: PersonFacts, ref: number, maxDays: number): number {
  const earliest = Math.max(person.arrivalDay + 30, addMonths(person.birthDay, 192), ref - maxDays);
  return earliest >= ref ? ref - 1 : rng.dayBetween(earliest, ref - 1);
}

interface NeedTemplate {
  category: NeedCategory;
  p: number;
  applies: (person: PersonFacts) => boolean;
  details: readonly string[];
}

const adult = (p: PersonFacts) => p.age >= 18;
const NEED_TEMPLATES: readonly NeedTemplate[] = [
  {
    category: NeedCategory.DISABILITY,
    p: 0.035,
    applies: () => true,
    details: [
      'Gehbehinderung',
      'Sehbehinderung',
      'Hörbehinderung',
      'geistige Behinderung',
      'Amputation nach Kriegsverletzung',
    ],
  },
  {
    category: NeedCategory.SERIOUS_ILLNESS,
    p: 0.02,
    applies: () => true,
    details: [
      'Diabetes mellitus Typ 1',
      'chronische Niereninsuffizienz (Dialyse)',
      'Krebserkrankung in Behandlung',
      'Herzinsuffizienz',
    ],
  },
  {
    category: NeedCategory.MENTAL_HEALTH,
    p: 0.045,
    applies: adult,
    details: ['mittelgradige depressive Episode', 'Angststörung', 'Anpassungsstörung', 'Schlafstörung mit Erschöpfung'],
  },
  {
    category: NeedCategory.PTSD,
    p: 0.03,
    applies: (p) => p.age >= 12,
    details: ['PTBS nach Kriegserlebnissen', 'PTBS nach Fluchterfahrung (Mittelmeerroute)'],
  },
  {
    category: NeedCategory.PREGNANCY,
    p: 0.06,
    applies: (p) => p.sex === Sex.FEMALE && p.age >= 18 && p.age <= 42,
    details: ['Schwangerschaft, ärztlich bestätigt', 'Risikoschwangerschaft'],
  },
  {
    category: NeedCategory.SURVIVOR_OF_VIOLENCE,
    p: 0.015,
    applies: adult,
    details: ['Foltererfahrung', 'sexualisierte Gewalt auf der Flucht', 'häusliche Gewalt'],
  },
  {
    category: NeedCategory.TRAFFICKING_VICTIM,
    p: 0.002,
    applies: adult,
    details: ['Opfer von Menschenhandel (Arbeitsausbeutung)'],
  },
  {
    category: NeedCategory.LGBTI,
    p: 0.006,
    applies: adult,
    details: ['Schutzbedarf in der GU wegen sexueller Orientierung'],
  },
  {
    category: NeedCategory.STEP_FREE_ACCESS,
    p: 0.012,
    applies: (p) => p.age >= 60,
    details: ['Rollator', 'Rollstuhl'],
  },
];

const CONFLICT_DETAILS = [
  'Konflikt mit Mitbewohnern (Lärm, Küche)',
  'Bedrohung durch einen Mitbewohner',
  'Konflikt zwischen Familien im selben Flur',
  'wiederholte Streitigkeiten, Umverlegung ohne Erfolg',
];

export function needs(
  rng: Random,
  person: PersonFacts,
  ref: number,
  isMinorAlone: boolean,
): { rows: Row<NeedRow>[]; disabilityDegree: number | null } {
  const rows: Row<NeedRow>[] = [];
  let disabilityDegree: number | null = null;
  const recorded = () => isoFromDay(rng.dayBetween(person.arrivalDay, ref - 1));
  for (const t of NEED_TEMPLATES) {
    if (!t.applies(person) || !rng.chance(t.p) || rows.some((r) => r.category === t.category)) continue;
    if (t.category === NeedCategory.PREGNANCY) {
      rows.push({
        person_id: person.id,
        category: t.category,
        details: rng.pick(t.details),
        recorded_on: isoFromDay(rng.dayBetween(Math.max(person.arrivalDay, ref - 200), ref - 1)),
        ends_on: null,
      });
      continue;
    }
    rows.push({
      person_id: person.id,
      category: t.category,
      details: rng.pick(t.details),
      recorded_on: recorded(),
      ends_on: null,
    });
    if (t.category === NeedCategory.DISABILITY) {
      disabilityDegree = rng.pick([30, 40, 50, 50, 60, 70, 80, 100]);
      if (disabilityDegree >= 70 && rng.chance(0.5) && !rows.some((r) => r.category === NeedCategory.STEP_FREE_ACCESS))
        rows.push({
          person_id: person.id,
          category: NeedCategory.STEP_FREE_ACCESS,
          details: 'Rollstuhl',
          recorded_on: recorded(),
          ends_on: null,
        });
    }
  }
  if (isMinorAlone) {
    // The need ends on the 18th birthday.
    const adulthood = addMonths(person.birthDay, 216);
    rows.push({
      person_id: person.id,
      category: NeedCategory.UNACCOMPANIED_MINOR,
      details: 'Vormundschaft beim Jugendamt',
      recorded_on: isoFromDay(person.arrivalDay),
      ends_on: adulthood <= ref ? isoFromDay(adulthood) : null,
    });
  }
  return { rows, disabilityDegree };
}

/** A conflict in communal accommodation that moving to another GU cannot solve (a criterion for a flat). */
export function conflictNeed(rng: Random, personId: number, communalSince: number, ref: number): Row<NeedRow> {
  return {
    person_id: personId,
    category: NeedCategory.CONFLICT,
    details: rng.pick(CONFLICT_DETAILS),
    recorded_on: isoFromDay(rng.dayBetween(communalSince, ref - 1)),
    ends_on: null,
  };
}
