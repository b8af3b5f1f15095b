/**
 * One household with everything that belongs to it: members, legal-status histories, languages,
 * occupations, needs, housing (stays or tenancies), benefit regime, services and appointments.
 */
import { LanguageLevel, LegalStatusKind, MemberRelation, NeedCategory, Sex } from '../../modules/people/people.enums';
import { ORIGIN_MIX, ORIGINS, type CountryCode, type OriginData } from '../data/origins';
import { ageOn, isoFromDay } from '../days';
import { Random } from '../random';
import type { PersonRow } from '../tables';
import type { AreaRefs } from './areas';
import type { BedPool } from './bed-pool';
import { STREAM, type IdCounters, type ResolvedOptions } from './context';
import { emailAddress, mobileNumber } from './contact';
import { benefitRegime, statusHistory, statusOn, type StatusEpisode } from './legal-status';
import { householdMembers, type MemberSpec } from './members';
import { conflictNeed, germanLevel, needs, occupations, personLanguages, type PersonFacts } from './person-details';
import { placeHousehold } from './placement';
import type { RowBuffer } from './row-buffer';
import { householdServices, type ServiceContext } from './services';

export interface HouseholdContext {
  options: ResolvedOptions;
  ids: IdCounters;
  pool: BedPool;
  areas: AreaRefs;
  operatorBySite: readonly (number | null)[];
  services: ServiceContext;
}

interface Member {
  spec: MemberSpec;
  facts: PersonFacts;
  row: PersonRow;
  german: LanguageLevel | null;
}

export function generateHousehold(index: number, arrival: number, ctx: HouseholdContext, out: RowBuffer): void {
  const { options, ids } = ctx;
  const ref = options.referenceDay;
  const rng = Random.forStream(options.seed, STREAM.household, index);
  const arrivalIso = isoFromDay(arrival);
  const country = rng.weighted(ORIGIN_MIX.find((m) => arrivalIso <= m.until)!.weights);
  const origin = ORIGINS[country];
  const householdId = ids.next('household');
  const specs = householdMembers(rng, country, (ref - arrival) / 365.25);
  const episodes = statusHistory(rng, country, arrival, ref, specs[0]!.ageAtArrival);
  const motherTongue = rng.weighted(origin.languages);
  const headFamily = rng.pick(origin.familyNames);

  const members = specs.map((spec) =>
    buildMember(rng, ctx, householdId, spec, { arrival, country, origin, motherTongue, headFamily }),
  );
  let needsStepFree = false;
  let hasHealthNeed = false;
  for (const m of members) {
    const result = needs(rng, m.facts, ref, specs.length === 1 && m.spec.ageAtArrival < 18);
    m.row.disability_degree = result.disabilityDegree;
    m.row.able_to_work =
      m.facts.age >= 15 && m.facts.age <= 66 && !((result.disabilityDegree ?? 0) >= 80 && rng.chance(0.5));
    for (const need of result.rows) {
      needsStepFree ||= need.category === NeedCategory.STEP_FREE_ACCESS;
      hasHealthNeed ||= need.category === NeedCategory.MENTAL_HEALTH || need.category === NeedCategory.PTSD;
      out.push('need', { id: ids.next('need'), ...need });
    }
  }

  const current = statusOn(episodes, ref);
  const hasSchoolChildren = members.some((m) => m.facts.age >= 6 && m.facts.age <= 17);
  const placement = placeHousehold(rng, ids, ctx.pool, ctx.areas, {
    householdId,
    householdArrival: arrival,
    residents: members.map((m) => ({ personId: m.row.id, arrivalDay: m.facts.arrivalDay })),
    ref,
    communalProbability: communalProbability(arrival, ref, country, current, hasSchoolChildren, specs),
    directToFlatProbability: country === 'UA' ? 0.45 : 0.05,
    needsStepFree,
  });
  const inCommunal = placement.communalSince !== null;
  if (inCommunal && rng.chance(0.06))
    out.push('need', { id: ids.next('need'), ...conflictNeed(rng, members[0]!.row.id, placement.communalSince!, ref) });

  out.push('apartment_offer', ...placement.offers);
  out.push('household', {
    id: householdId,
    reference: `HH-${String(householdId).padStart(6, '0')}`,
    arrived_on: arrivalIso,
    benefit_regime: benefitRegime(
      current,
      arrival,
      ref,
      members.some((m) => m.row.able_to_work),
    ),
    communal_since: inCommunal ? isoFromDay(placement.communalSince!) : null,
  });
  for (const m of members) {
    out.push('person', m.row);
    for (const e of clipEpisodes(episodes, m.facts.arrivalDay))
      out.push('legal_status', { id: ids.next('legal_status'), person_id: m.row.id, ...e });
    for (const l of personLanguages(rng, m.facts, ref, m.german))
      out.push('person_language', { id: ids.next('person_language'), ...l });
    for (const o of occupations(rng, m.facts, ref)) out.push('occupation', { id: ids.next('occupation'), ...o });
  }
  for (const s of placement.stays) out.push('stay', { id: ids.next('stay'), ...s });
  for (const t of placement.tenancies) out.push('tenancy', { id: ids.next('tenancy'), ...t });

  const head = members[0]!;
  const needsInterpreter = head.german === null || head.german === LanguageLevel.A1 || head.german === LanguageLevel.A2;
  const services = householdServices(rng, ids, ctx.services, {
    householdId,
    householdArrival: arrival,
    ref,
    inCommunal,
    siteOperatorId:
      placement.currentSiteIndex === null ? null : (ctx.operatorBySite[placement.currentSiteIndex] ?? null),
    hasSchoolChildren,
    hasHealthNeed,
    consentingPersonIds: members.filter((m) => m.facts.age >= 16).map((m) => m.row.id),
    interpreterLanguage: needsInterpreter ? motherTongue : null,
  });
  out.push('case_assignment', ...services.caseAssignments);
  out.push('consent', ...services.consents);
  out.push('appointment', ...services.appointments);
  out.push('volunteer_assignment', ...services.volunteerAssignments);
}

interface HouseholdOrigin {
  arrival: number;
  country: CountryCode;
  origin: OriginData;
  motherTongue: string;
  headFamily: string;
}

function buildMember(
  rng: Random,
  ctx: HouseholdContext,
  householdId: number,
  spec: MemberSpec,
  h: HouseholdOrigin,
): Member {
  const ref = ctx.options.referenceDay;
  const birthDay = Math.min(ref - 1, Math.round(h.arrival - spec.ageAtArrival * 365.25) - rng.int(0, 364));
  const arrivalDay = Math.max(h.arrival, birthDay);
  const age = ageOn(birthDay, ref);
  const id = ctx.ids.next('person');
  // Children carry the head's family name; many partners keep their own (common in Arabic naming).
  const keepsHeadName =
    spec.relation === MemberRelation.HEAD ||
    spec.relation === MemberRelation.CHILD ||
    (spec.relation === MemberRelation.PARTNER && rng.chance(0.5));
  const family = keepsHeadName ? h.headFamily : rng.pick(h.origin.familyNames);
  const given = rng.pick(spec.sex === Sex.FEMALE ? h.origin.femaleNames : h.origin.maleNames);
  const motherTongue = rng.chance(0.9) ? h.motherTongue : rng.weighted(h.origin.languages);
  const facts: PersonFacts = { id, sex: spec.sex, birthDay, arrivalDay, age, origin: h.origin, motherTongue };
  const isAdult = age >= 18;
  const row: PersonRow = {
    id,
    household_id: householdId,
    relation: spec.relation,
    given_name: given,
    family_name: family,
    birth_date: isoFromDay(birthDay),
    sex: spec.sex,
    country_of_origin: h.country,
    arrived_on: isoFromDay(arrivalDay),
    able_to_work: false,
    disability_degree: null,
    phone: isAdult && rng.chance(0.8) ? mobileNumber(rng) : null,
    email: isAdult && rng.chance(0.35) ? emailAddress(rng, given, family, 'example.net') : null,
    // Special-category data is recorded only where the person chose to state it.
    religion: isAdult && rng.chance(0.3) ? rng.pick(h.origin.religions) : null,
    ethnicity: isAdult && rng.chance(0.18) ? rng.pick(h.origin.ethnicities) : null,
    asylum_reasons:
      isAdult && h.origin.asylumReasons.length > 0 && rng.chance(0.25) ? rng.pick(h.origin.asylumReasons) : null,
  };
  return { spec, facts, row, german: germanLevel(rng, facts, ref) };
}

/** A member's share of the household's history: nothing before they arrived (or were born). */
function clipEpisodes(episodes: readonly StatusEpisode[], arrivalDay: number) {
  return episodes
    .filter((e) => e.until === null || e.until >= arrivalDay)
    .map((e) => ({
      kind: e.kind,
      paragraph: e.paragraph,
      valid_from: isoFromDay(Math.max(e.from, arrivalDay)),
      valid_until: e.until === null ? null : isoFromDay(e.until),
      issuing_authority: e.authority,
    }));
}

/**
 * Recent arrivals mostly still live in a GU; the criteria catalogue moves families with school-age
 * children out first; asylum seekers and tolerated people stay longer.
 */
function communalProbability(
  arrival: number,
  ref: number,
  country: CountryCode,
  current: StatusEpisode,
  schoolChildren: boolean,
  specs: readonly MemberSpec[],
): number {
  const years = (ref - arrival) / 365.25;
  let p = years < 0.5 ? 0.97 : years < 1 ? 0.92 : years < 2 ? 0.8 : years < 3 ? 0.56 : years < 5 ? 0.34 : 0.145;
  if (country === 'UA') p *= 0.7;
  if (schoolChildren) p *= 0.75;
  if (specs.length === 1 && specs[0]!.sex === Sex.MALE) p *= 1.3;
  if (current.kind === LegalStatusKind.ASYLUM_PROCEDURE || current.kind === LegalStatusKind.TOLERATED) p *= 1.4;
  return Math.min(0.95, p);
}
