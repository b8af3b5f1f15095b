/**
 * The planning manager behind the resolvers: loads snapshots through the per-request loaders (or
 * in bulk for the queue and the matching) and asks the pure domain. Nothing here knows GraphQL.
 */
import {
  appropriateSize,
  assessAllHousingBenefits,
  assessPriority,
  determineHouseholdRegimes,
  determineResidenceObligation,
  explainInfeasibility,
  proposeMatches,
  rentCeiling,
  toDay,
  type BenefitEligibility,
  type FeasibilityReport,
  type HouseholdSnapshot,
  type IsoDate,
  type MatchingResult,
  type PriorityAssessment,
  type RegimeDecision,
  type ResidenceObligationDecision,
} from '../../domain';
import type { Context } from '../../auth/context';
import { notFound } from '../../graph/errors';
import { versionInForce, type CatalogueVersion } from './catalogue.store';
import { loadMatchingInput } from './matching-input';
import { loadOffers } from './offer.store';
import { catalogueVersions, householdSnapshot } from './planning.loaders';
import { rankCommunalQueue, type RankedQueue } from './priority-queue';
import { personSnapshotId, toOfferSnapshot } from './snapshot.mapping';
import { ormRunner } from './sql-runner';

export async function catalogueFor(ctx: Context, asOf: IsoDate): Promise<CatalogueVersion> {
  return versionInForce(await catalogueVersions(ctx), asOf);
}

async function snapshotOrFail(
  ctx: Context,
  householdId: number,
  asOf: IsoDate,
  withStatuses: boolean,
  field: string,
): Promise<HouseholdSnapshot> {
  const snapshot = await householdSnapshot(ctx, householdId, asOf, { withStatuses });
  if (!snapshot) throw notFound('Household', field);
  return snapshot;
}

export async function priorityOf(
  ctx: Context,
  householdId: number,
  asOf: IsoDate,
): Promise<{ assessment: PriorityAssessment; snapshot: HouseholdSnapshot; version: CatalogueVersion }> {
  const [snapshot, version] = await Promise.all([
    snapshotOrFail(ctx, householdId, asOf, false, 'householdId'),
    catalogueFor(ctx, asOf),
  ]);
  return { assessment: assessPriority(snapshot, asOf, version.catalogue), snapshot, version };
}

export interface HousingEligibilityResult {
  asOf: IsoDate;
  headRegime: RegimeDecision['regime'];
  mixedRegimes: boolean;
  persons: number;
  benefits: BenefitEligibility[];
  rentCeiling: ReturnType<typeof rentCeiling> | null;
  appropriateSize: ReturnType<typeof appropriateSize> | null;
}

export async function eligibilityOf(
  ctx: Context,
  householdId: number,
  asOf: IsoDate,
): Promise<HousingEligibilityResult> {
  const snapshot = await snapshotOrFail(ctx, householdId, asOf, true, 'householdId');
  const regimes = determineHouseholdRegimes(snapshot, asOf);
  const persons = snapshot.members.length;
  const day = toDay(asOf);
  return {
    asOf,
    headRegime: regimes.headRegime,
    mixedRegimes: regimes.mixed,
    persons,
    benefits: assessAllHousingBenefits(snapshot, asOf),
    rentCeiling: regimes.headRegime === 'UNDETERMINED' ? null : (rentCeiling(persons, regimes.headRegime, day) ?? null),
    appropriateSize: appropriateSize(snapshot, day) ?? null,
  };
}

/** A person's regime in the context of the household (children get Sozialgeld next to an SGB II adult). */
export async function regimeOf(
  ctx: Context,
  householdId: number,
  personId: number,
  asOf: IsoDate,
): Promise<RegimeDecision | undefined> {
  const snapshot = await snapshotOrFail(ctx, householdId, asOf, true, 'id');
  const regimes = determineHouseholdRegimes(snapshot, asOf);
  return regimes.members.find((d) => d.personId === personSnapshotId(personId));
}

export async function residenceObligationOf(
  ctx: Context,
  householdId: number,
  personId: number,
  asOf: IsoDate,
): Promise<ResidenceObligationDecision | undefined> {
  const snapshot = await snapshotOrFail(ctx, householdId, asOf, true, 'id');
  const member = snapshot.members.find((m) => m.person.id === personSnapshotId(personId));
  return member && determineResidenceObligation(member, asOf, undefined, snapshot);
}

/** The ranked queue as of a day, computed once per request and day. */
export function queueOf(ctx: Context, asOf: IsoDate): Promise<RankedQueue> {
  return ctx.loaders
    .custom<IsoDate, RankedQueue>('planning.queue', (days) =>
      Promise.all(
        days.map(async (day) => rankCommunalQueue(ormRunner(ctx.em), day, (await catalogueFor(ctx, day)).catalogue)),
      ),
    )
    .load(asOf);
}

export interface MatchingOptions {
  queueLimit: number;
  offerLimit: number;
  availableBy?: IsoDate;
}

export async function matchingOf(ctx: Context, asOf: IsoDate, options: MatchingOptions): Promise<MatchingResult> {
  const { catalogue } = await catalogueFor(ctx, asOf);
  const input = await loadMatchingInput(ormRunner(ctx.em), { asOf, catalogue, ...options });
  return proposeMatches(input);
}

export async function feasibilityOf(
  ctx: Context,
  householdId: number,
  offerId: number,
  asOf: IsoDate,
): Promise<FeasibilityReport> {
  const [snapshot, offers] = await Promise.all([
    snapshotOrFail(ctx, householdId, asOf, true, 'householdId'),
    loadOffers(ormRunner(ctx.em), { kind: 'ids', ids: [offerId] }),
  ]);
  if (offers.length === 0) throw notFound('ApartmentOffer', 'apartmentOfferId');
  return explainInfeasibility(snapshot, toOfferSnapshot(offers[0]), asOf);
}
