/**
 * Household composition: who lives together, their relation to the head, sex and age. Ukrainian
 * households are mostly women, children and older people (men of military age could not leave).
 */
import { MemberRelation, Sex } from '../../modules/people/people.enums';
import type { CountryCode } from '../data/origins';
import type { Random } from '../random';

export interface MemberSpec {
  relation: MemberRelation;
  sex: Sex;
  /** Age in completed years on the household's arrival day (negative: born after arrival). */
  ageAtArrival: number;
}

type Composition =
  'singleMan' | 'singleWoman' | 'minor' | 'couple' | 'family' | 'singleParent' | 'extended' | 'elderly';

const COMPOSITION_WEIGHTS: readonly (readonly [Composition, number])[] = [
  ['singleMan', 39],
  ['singleWoman', 6],
  ['minor', 1],
  ['couple', 7],
  ['family', 30],
  ['singleParent', 9],
  ['extended', 6],
  ['elderly', 2],
];
const UKRAINE_COMPOSITION_WEIGHTS: readonly (readonly [Composition, number])[] = [
  ['singleMan', 6],
  ['singleWoman', 17],
  ['couple', 8],
  ['family', 14],
  ['singleParent', 32],
  ['extended', 13],
  ['elderly', 10],
];

export function householdMembers(rng: Random, country: CountryCode, yearsBeforeReference: number): MemberSpec[] {
  const composition = rng.weighted(country === 'UA' ? UKRAINE_COMPOSITION_WEIGHTS : COMPOSITION_WEIGHTS);
  const adultAge = (mean: number) => Math.round(rng.around(mean, 12, 18, 70));
  switch (composition) {
    case 'singleMan':
      return [
        {
          relation: MemberRelation.HEAD,
          sex: country === 'UA' ? Sex.MALE : maybeDiverse(rng, Sex.MALE),
          ageAtArrival: country === 'UA' ? rng.int(60, 75) : adultAge(26),
        },
      ];
    case 'singleWoman':
      return [{ relation: MemberRelation.HEAD, sex: maybeDiverse(rng, Sex.FEMALE), ageAtArrival: adultAge(32) }];
    case 'minor':
      return [
        { relation: MemberRelation.HEAD, sex: rng.chance(0.85) ? Sex.MALE : Sex.FEMALE, ageAtArrival: rng.int(16, 17) },
      ];
    case 'elderly': {
      const head = rng.int(62, 82);
      const members: MemberSpec[] = [
        { relation: MemberRelation.HEAD, sex: rng.chance(0.7) ? Sex.FEMALE : Sex.MALE, ageAtArrival: head },
      ];
      if (rng.chance(0.45))
        members.push({
          relation: MemberRelation.PARTNER,
          sex: otherSex(members[0]!.sex),
          ageAtArrival: head + rng.int(-4, 4),
        });
      return members;
    }
    case 'couple': {
      const head = adultAge(30);
      return [
        { relation: MemberRelation.HEAD, sex: Sex.MALE, ageAtArrival: head },
        { relation: MemberRelation.PARTNER, sex: Sex.FEMALE, ageAtArrival: Math.max(18, head - rng.int(0, 6)) },
      ];
    }
    case 'family':
    case 'singleParent':
    case 'extended':
      return familyMembers(rng, composition, country, yearsBeforeReference);
  }
}

function familyMembers(
  rng: Random,
  composition: 'family' | 'singleParent' | 'extended',
  country: CountryCode,
  yearsBeforeReference: number,
): MemberSpec[] {
  const motherAge = Math.round(rng.around(34, 10, 20, 50));
  const members: MemberSpec[] = [];
  const singleMother = composition === 'singleParent' || (country === 'UA' && composition === 'extended');
  if (singleMother) {
    members.push({
      relation: MemberRelation.HEAD,
      sex: rng.chance(0.92) ? Sex.FEMALE : Sex.MALE,
      ageAtArrival: motherAge,
    });
  } else {
    members.push({ relation: MemberRelation.HEAD, sex: Sex.MALE, ageAtArrival: motherAge + rng.int(0, 7) });
    members.push({ relation: MemberRelation.PARTNER, sex: Sex.FEMALE, ageAtArrival: motherAge });
  }
  const extraAdults = composition === 'extended' ? rng.int(1, 2) : 0;
  const maxChildren = 7 - members.length - extraAdults;
  const children = Math.min(
    maxChildren,
    rng.weighted([
      [1, 28],
      [2, 32],
      [3, 22],
      [4, 12],
      [5, 6],
    ] as const),
  );
  for (let i = 0; i < children; i++) {
    // Ages on the reference day lean towards school age (6–17); some were born after arrival.
    const ageNow = rng.weighted([
      [rng.int(0, 5), 24],
      [rng.int(6, 17), 64],
      [rng.int(18, 24), 12],
    ] as const);
    const ageAtArrival = Math.min(motherAge - 17, ageNow - Math.floor(yearsBeforeReference));
    members.push({ relation: MemberRelation.CHILD, sex: rng.chance(0.5) ? Sex.FEMALE : Sex.MALE, ageAtArrival });
  }
  for (let i = 0; i < extraAdults; i++) {
    const grandparent = rng.chance(0.6);
    members.push({
      relation: MemberRelation.OTHER,
      sex: grandparent ? (rng.chance(0.7) ? Sex.FEMALE : Sex.MALE) : rng.chance(0.5) ? Sex.FEMALE : Sex.MALE,
      ageAtArrival: grandparent ? rng.int(motherAge + 18, Math.min(90, motherAge + 35)) : rng.int(16, 30),
    });
  }
  return members;
}

function otherSex(sex: Sex): Sex {
  return sex === Sex.FEMALE ? Sex.MALE : Sex.FEMALE;
}

/** A few people are registered as diverse or with unknown sex. */
function maybeDiverse(rng: Random, sex: Sex): Sex {
  const r = rng.next();
  if (r < 0.002) return Sex.DIVERSE;
  if (r < 0.005) return Sex.UNKNOWN;
  return sex;
}
