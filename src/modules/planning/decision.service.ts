/**
 * Recording caseworker decisions (GDPR Art. 22). The proposal is always recomputed here from the
 * database, never taken from the client; the domain validates the record; one insert per decision.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  assessPriority,
  explainInfeasibility,
  MATCHING_METHOD,
  validateDecision,
  type DecisionActor,
  type DecisionRecord,
  type FeasibilityReport,
  type HouseholdSnapshot,
} from '../../domain';
import type { Context } from '../../auth/context';
import { ErrorCode, notFound, userError } from '../../graph/errors';
import { expectGlobalId } from '../../graph/relay/global-id';
import { Household } from '../people/household.entity';
import { OfferStatus } from '../housing/housing.enums';
import { CaseworkerDecision } from './caseworker-decision.entity';
import { DecisionAction, DecisionKind } from './planning.enums';
import { loadOffers } from './offer.store';
import { catalogueFor } from './planning.service';
import { householdSnapshot } from './planning.loaders';
import { offerSnapshotId, toOfferSnapshot, type OfferRow } from './snapshot.mapping';
import { ormRunner } from './sql-runner';
import type { DecideMatchInput, DecidePriorityInput } from './graph/decision.inputs';

/** Maps a path of the domain's decision validation to the mutation input field at fault. */
const INPUT_FIELD: Record<string, string> = {
  reason: 'input.reason',
  decided: 'input.decidedScore',
  householdId: 'input.householdId',
};

function validated(draft: unknown, decidedField: string): DecisionRecord {
  const validation = validateDecision(draft);
  if (validation.valid) return validation.decision;
  const [first] = validation.errors;
  const field = first.path === 'decided' ? decidedField : (INPUT_FIELD[first.path] ?? `input.${first.path}`);
  throw userError(ErrorCode.BAD_USER_INPUT, first.message, field);
}

async function store(
  em: EntityManager,
  householdId: number,
  record: DecisionRecord,
  asOf: string,
): Promise<CaseworkerDecision> {
  return em.transactional(async (tx) =>
    tx.create(CaseworkerDecision, {
      household: tx.getReference(Household, householdId),
      kind: record.kind as DecisionKind,
      action: record.action as DecisionAction,
      proposed: record.proposed as unknown as Record<string, unknown>,
      decided: record.decided as unknown as Record<string, unknown>,
      reason: record.reason,
      ruleId: record.ruleVersion.id,
      ruleVersion: record.ruleVersion.version,
      decidedBy: record.decidedBy.actorId,
      decidedByRole: record.decidedBy.role,
      decidedByOrganisation: record.decidedBy.organisation,
      decidedAt: new Date(record.decidedAt),
      asOf,
      inputSnapshot: record.inputSnapshot,
    }),
  );
}

async function snapshotFor(
  ctx: Context,
  householdId: number,
  asOf: string,
  withStatuses: boolean,
): Promise<HouseholdSnapshot> {
  const snapshot = await householdSnapshot(ctx, householdId, asOf, { withStatuses });
  if (!snapshot) throw notFound('Household', 'input.householdId');
  return snapshot;
}

export async function decidePriority(
  ctx: Context,
  input: DecidePriorityInput,
  actor: DecisionActor,
): Promise<CaseworkerDecision> {
  const householdId = expectGlobalId(input.householdId, 'Household', 'input.householdId');
  const asOf = input.asOf ?? ctx.today;
  const [snapshot, version] = await Promise.all([snapshotFor(ctx, householdId, asOf, false), catalogueFor(ctx, asOf)]);
  const { catalogue } = version;
  const assessment = assessPriority(snapshot, asOf, catalogue);
  const proposed = { score: assessment.score, tierId: assessment.tier.id };
  let decided: { score: number; tierId: string } | undefined;
  if (input.action === DecisionAction.OVERRIDE) {
    if (input.decidedScore == null)
      throw userError(ErrorCode.BAD_USER_INPUT, 'An override must give the decided score.', 'input.decidedScore');
    const tierId =
      input.decidedTier ??
      [...catalogue.tiers].sort((a, b) => b.minScore - a.minScore).find((t) => input.decidedScore! >= t.minScore)!.id;
    if (!catalogue.tiers.some((t) => t.id === tierId)) {
      throw userError(
        ErrorCode.BAD_USER_INPUT,
        `Tier '${tierId}' is not in catalogue ${catalogue.id} ${catalogue.version} (${catalogue.tiers.map((t) => t.id).join(', ')}).`,
        'input.decidedTier',
      );
    }
    decided = { score: input.decidedScore, tierId };
  } else if (input.decidedScore != null || input.decidedTier != null) {
    decided = { score: input.decidedScore ?? proposed.score, tierId: input.decidedTier ?? proposed.tierId };
  }
  const record = validated(
    {
      kind: 'PRIORITY',
      householdId: snapshot.id,
      action: input.action,
      proposed,
      decided,
      reason: input.reason ?? null,
      ruleVersion: { id: catalogue.id, version: catalogue.version },
      decidedBy: actor,
      decidedAt: new Date().toISOString(),
      inputSnapshot: { household: snapshot, assessment },
    },
    'input.decidedScore',
  );
  return store(ctx.em, householdId, record, asOf);
}

function offerOrFail(rows: OfferRow[], id: number | null, field: string): OfferRow | null {
  if (id === null) return null;
  const row = rows.find((r) => r.id === id);
  if (!row) throw notFound('ApartmentOffer', field);
  return row;
}

export async function decideMatch(
  ctx: Context,
  input: DecideMatchInput,
  actor: DecisionActor,
): Promise<{ decision: CaseworkerDecision; decidedFeasibility: FeasibilityReport | null }> {
  const householdId = expectGlobalId(input.householdId, 'Household', 'input.householdId');
  const proposedId =
    input.proposedApartmentOfferId == null
      ? null
      : expectGlobalId(input.proposedApartmentOfferId, 'ApartmentOffer', 'input.proposedApartmentOfferId');
  const override = input.action === DecisionAction.OVERRIDE;
  if (override && input.decidedApartmentOfferId === undefined) {
    throw userError(
      ErrorCode.BAD_USER_INPUT,
      'An override must name the decided offer, or null for "no flat".',
      'input.decidedApartmentOfferId',
    );
  }
  const decidedId = !override
    ? proposedId
    : input.decidedApartmentOfferId === null
      ? null
      : expectGlobalId(input.decidedApartmentOfferId!, 'ApartmentOffer', 'input.decidedApartmentOfferId');
  const asOf = input.asOf ?? ctx.today;
  const ids = [proposedId, decidedId].filter((id): id is number => id !== null);
  const [snapshot, version, rows] = await Promise.all([
    snapshotFor(ctx, householdId, asOf, true),
    catalogueFor(ctx, asOf),
    ids.length ? loadOffers(ormRunner(ctx.em), { kind: 'ids', ids }) : Promise.resolve([]),
  ]);
  const proposedOffer = offerOrFail(rows, proposedId, 'input.proposedApartmentOfferId');
  const decidedOffer = offerOrFail(
    rows,
    decidedId,
    override ? 'input.decidedApartmentOfferId' : 'input.proposedApartmentOfferId',
  );
  const report = (o: OfferRow | null) => (o ? explainInfeasibility(snapshot, toOfferSnapshot(o), asOf) : null);
  const proposedFeasibility = report(proposedOffer);
  const decidedFeasibility = override ? report(decidedOffer) : proposedFeasibility;
  if (!override && proposedFeasibility && !proposedFeasibility.feasible) {
    throw userError(
      ErrorCode.BAD_USER_INPUT,
      `The proposed pair fails ${proposedFeasibility.failed.map((c) => c.check).join(', ')}; it cannot be confirmed. Override with a reason if the household should get it anyway.`,
      'input.proposedApartmentOfferId',
    );
  }
  if (decidedOffer && decidedOffer.status !== OfferStatus.OPEN) {
    throw userError(
      ErrorCode.CONFLICT,
      `The offer is ${decidedOffer.status.toLowerCase()}, not open.`,
      override ? 'input.decidedApartmentOfferId' : 'input.proposedApartmentOfferId',
    );
  }
  const { catalogue } = version;
  const record = validated(
    {
      kind: 'MATCH',
      householdId: snapshot.id,
      action: input.action,
      proposed: { offerId: proposedId === null ? null : offerSnapshotId(proposedId) },
      decided: override ? { offerId: decidedId === null ? null : offerSnapshotId(decidedId) } : undefined,
      reason: input.reason ?? null,
      ruleVersion: { id: `matching/${catalogue.id}`, version: catalogue.version },
      decidedBy: actor,
      decidedAt: new Date().toISOString(),
      inputSnapshot: {
        household: snapshot,
        offers: rows.map(toOfferSnapshot),
        proposedFeasibility,
        decidedFeasibility,
        method: MATCHING_METHOD,
      },
    },
    'input.decidedApartmentOfferId',
  );
  return { decision: await store(ctx.em, householdId, record, asOf), decidedFeasibility };
}
