/**
 * The default catalogue: Osnabrück's criteria for moving from a GU into a private flat.
 * Ranks follow the concept: the three named criteria first; then mental-health burden and single
 * women; then time already spent in a GU against the two-year norm; arrival date breaks ties.
 * The weights are a modelling decision (not in the source) chosen so that ranks dominate.
 */
import { CriteriaCatalogue } from './catalogue';

const CONCEPT = 'Stadt Osnabrück, Konzept zur Unterbringung von Flüchtlingen (2013), Kriterienkatalog — via DOMAIN.md';

export const OSNABRUECK_CATALOGUE: CriteriaCatalogue = {
  id: 'osnabrueck',
  version: '2013.1',
  title: 'Osnabrück: Kriterien für den Auszug aus Gemeinschaftsunterkünften',
  effectiveFrom: '2013-01-01',
  strictRanks: true,
  criteria: [
    {
      id: 'school-age-children',
      label: 'Family with school-age children',
      fact: 'SCHOOL_AGE_CHILD',
      weight: 1000,
      rank: 1,
      params: { minAge: 6, maxAge: 17 },
      source: CONCEPT,
    },
    {
      id: 'vocational-preparation',
      label: 'Young person in a vocational-preparation measure',
      fact: 'YOUTH_IN_VOCATIONAL_PREPARATION',
      weight: 1000,
      rank: 1,
      params: { underAge: 27 },
      source: CONCEPT,
    },
    {
      id: 'unresolvable-conflict',
      label: 'Conflict that moving to another GU cannot solve',
      fact: 'UNRESOLVABLE_GU_CONFLICT',
      weight: 1000,
      rank: 1,
      source: CONCEPT,
    },
    {
      id: 'mental-health',
      label: 'Mental-health burden',
      fact: 'MENTAL_HEALTH_BURDEN',
      weight: 300,
      rank: 2,
      source: CONCEPT,
    },
    { id: 'single-woman', label: 'Single woman', fact: 'SINGLE_WOMAN', weight: 300, rank: 2, source: CONCEPT },
    {
      id: 'time-in-gu',
      label: 'Time already spent in a GU (two-year norm)',
      fact: 'GU_STAY_DURATION',
      weight: 200,
      rank: 3,
      params: { normDays: 730, overdueBonus: 50 },
      source: `${CONCEPT}: normally at most two years in a GU`,
    },
  ],
  tiers: [
    { id: 'A', label: 'First: a primary Osnabrück criterion', minScore: 1000 },
    { id: 'B', label: 'Then: mental-health burden or single woman', minScore: 300 },
    { id: 'C', label: 'By time spent in a GU', minScore: 0 },
  ],
  tieBreakers: ['ARRIVAL_IN_CITY_ASC', 'HOUSEHOLD_ID_ASC'],
  source: CONCEPT,
};

/** Catalogues shipped with the code; published ones come from the database. */
export const BUILT_IN_CATALOGUES: readonly CriteriaCatalogue[] = [OSNABRUECK_CATALOGUE];
