/**
 * What providers and volunteers do for a household: case assignments with mandates (some expired or
 * ended early), consents of the adults (some revoked), appointments with interpreters, and volunteer help.
 */
import { AppointmentKind } from '../../modules/appointments/appointments.enums';
import { CasePurpose } from '../../modules/providers/providers.enums';
import { PROVIDERS, PROVIDERS_BY_PURPOSE } from '../data/providers';
import { AUTHORITY_LOCATIONS, MEDICAL_LOCATIONS } from '../data/places';
import { HOUSEHOLD_TASKS } from '../data/volunteers';
import { addMonths, dayFromIso, isoFromDay } from '../days';
import type { Random } from '../random';
import type {
  ApartmentOfferRow,
  AppointmentRow,
  CaseAssignmentRow,
  ConsentRow,
  VolunteerAssignmentRow,
} from '../tables';
import type { IdCounters } from './context';
import { providerId, type ProviderIds } from './providers';
import type { VolunteerPool } from './volunteers';

export interface ServiceInput {
  householdId: number;
  householdArrival: number;
  ref: number;
  inCommunal: boolean;
  /** Operator of the household's current site (null: run by the city, or not in a GU). */
  siteOperatorId: number | null;
  hasSchoolChildren: boolean;
  hasHealthNeed: boolean;
  /** Person ids of members aged 16 or older (they give consent themselves). */
  consentingPersonIds: readonly number[];
  /** Language an interpreter is needed for, or null when the household manages in German. */
  interpreterLanguage: string | null;
}

export interface ServiceRows {
  caseAssignments: CaseAssignmentRow[];
  consents: ConsentRow[];
  appointments: AppointmentRow[];
  volunteerAssignments: VolunteerAssignmentRow[];
}

export interface ServiceContext {
  providerIds: ProviderIds;
  volunteers: Pick<VolunteerPool, 'byLanguage' | 'allIds'>;
  openOffers: readonly ApartmentOfferRow[];
}

const PROVIDER_ADDRESS = new Map(PROVIDERS.map((p) => [p.key, p.address] as const));

export function householdServices(rng: Random, ids: IdCounters, ctx: ServiceContext, input: ServiceInput): ServiceRows {
  const rows: ServiceRows = { caseAssignments: [], consents: [], appointments: [], volunteerAssignments: [] };
  const purposes = casePurposes(rng, input);
  for (const purpose of purposes) {
    const providerKey = purpose === CasePurpose.ACCOMMODATION ? null : rng.pick(PROVIDERS_BY_PURPOSE[purpose]);
    const provider = providerKey === null ? input.siteOperatorId : providerId(ctx.providerIds, providerKey);
    if (provider === null) continue;
    const assignment = mandate(rng, ids, input, provider, purpose);
    rows.caseAssignments.push(assignment);
    for (const personId of input.consentingPersonIds) {
      if (!rng.chance(0.85)) continue;
      const given = assignment.mandate_from;
      const revoked = rng.chance(0.07) ? isoFromDay(rng.dayBetween(dayFromIso(given), input.ref - 1)) : null;
      rows.consents.push({
        id: ids.next('consent'),
        person_id: personId,
        recipient_id: provider,
        purposes: [purpose],
        given_on: given,
        revoked_on: revoked,
      });
    }
  }
  appointments(rng, ids, ctx, input, rows);
  householdVolunteer(rng, ids, ctx, input, rows);
  return rows;
}

function casePurposes(rng: Random, input: ServiceInput): CasePurpose[] {
  const purposes: CasePurpose[] = [];
  if (input.inCommunal) {
    purposes.push(CasePurpose.ACCOMMODATION, CasePurpose.SOCIAL_WORK);
    if (rng.chance(0.7)) purposes.push(CasePurpose.HOUSING_SEARCH);
  } else if (rng.chance(0.5)) {
    purposes.push(CasePurpose.SOCIAL_WORK);
  }
  if (rng.chance(0.35)) purposes.push(CasePurpose.MIGRATION_COUNSELLING);
  if (rng.chance(0.15)) purposes.push(CasePurpose.LANGUAGE_SUPPORT);
  if (input.hasHealthNeed && rng.chance(0.6)) purposes.push(CasePurpose.HEALTH_COUNSELLING);
  return purposes;
}

/** A one-year (sometimes half- or two-year) mandate; about a quarter have expired by the reference day. */
function mandate(
  rng: Random,
  ids: IdCounters,
  input: ServiceInput,
  provider: number,
  purpose: CasePurpose,
): CaseAssignmentRow {
  const from = rng.dayBetween(Math.max(input.householdArrival, input.ref - 540), input.ref - 1);
  const until =
    addMonths(
      from,
      rng.weighted([
        [6, 20],
        [12, 60],
        [24, 20],
      ] as const),
    ) - 1;
  const endedEarly =
    until > from + 60 && rng.chance(0.06) ? rng.dayBetween(from + 30, Math.min(until, input.ref - 1)) : null;
  return {
    id: ids.next('case_assignment'),
    provider_id: provider,
    household_id: input.householdId,
    purpose,
    mandate_from: isoFromDay(from),
    mandate_until: isoFromDay(until),
    ended_on: endedEarly === null ? null : isoFromDay(endedEarly),
  };
}

function appointments(rng: Random, ids: IdCounters, ctx: ServiceContext, input: ServiceInput, rows: ServiceRows): void {
  const count = rng.weighted([
    [0, 35],
    [1, 35],
    [2, 20],
    [3, 10],
  ] as const);
  for (let i = 0; i < count; i++) {
    const kinds: (readonly [AppointmentKind, number])[] = [
      [AppointmentKind.AUTHORITY_VISIT, 35],
      [AppointmentKind.COUNSELLING, 25],
      [AppointmentKind.MEDICAL, 15],
      [AppointmentKind.FLAT_VIEWING, input.inCommunal && ctx.openOffers.length > 0 ? 40 : 0],
      [AppointmentKind.SCHOOL, input.hasSchoolChildren ? 12 : 0],
    ];
    const kind = rng.weighted(kinds);
    const day = rng.dayBetween(Math.max(input.householdArrival + 1, input.ref - 60), input.ref + 45);
    // Office hours 8:00–16:30 local time, stored as UTC instants (CET/CEST differ by one hour: good enough for a demo).
    const startsAt = `${isoFromDay(day)}T${String(rng.int(7, 15)).padStart(2, '0')}:${rng.pick(['00', '15', '30', '45'])}:00Z`;
    let location: string;
    let apartmentId: number | null = null;
    switch (kind) {
      case AppointmentKind.FLAT_VIEWING: {
        const offer = rng.pick(ctx.openOffers);
        apartmentId = offer.id;
        location = offer.address;
        break;
      }
      case AppointmentKind.AUTHORITY_VISIT:
        location = rng.pick(AUTHORITY_LOCATIONS);
        break;
      case AppointmentKind.MEDICAL:
        location = rng.pick(MEDICAL_LOCATIONS);
        break;
      case AppointmentKind.SCHOOL:
        location = 'Schule des Kindes (Elterngespräch)';
        break;
      default:
        location = PROVIDER_ADDRESS.get(rng.pick(['caritas', 'diakonie', 'koordinierungsstelle', 'jmd', 'psz']))!;
    }
    const interpreter =
      input.interpreterLanguage !== null && kind !== AppointmentKind.SCHOOL ? input.interpreterLanguage : null;
    const appointment: AppointmentRow = {
      id: ids.next('appointment'),
      household_id: input.householdId,
      kind,
      starts_at: startsAt,
      location,
      interpreter_language: interpreter,
      apartment_id: apartmentId,
    };
    rows.appointments.push(appointment);
    const interpreters = interpreter === null ? undefined : ctx.volunteers.byLanguage.get(interpreter);
    if (interpreters && interpreters.length > 0 && rng.chance(0.45)) {
      rows.volunteerAssignments.push({
        id: ids.next('volunteer_assignment'),
        volunteer_id: rng.pick(interpreters),
        household_id: null,
        appointment_id: appointment.id,
        task: `Dolmetschen (${interpreter})`,
        starts_on: isoFromDay(day),
        ends_on: isoFromDay(day),
      });
    } else if (kind === AppointmentKind.AUTHORITY_VISIT && rng.chance(0.15)) {
      rows.volunteerAssignments.push({
        id: ids.next('volunteer_assignment'),
        volunteer_id: rng.pick(ctx.volunteers.allIds),
        household_id: input.householdId,
        appointment_id: appointment.id,
        task: 'Begleitung zum Termin',
        starts_on: isoFromDay(day),
        ends_on: isoFromDay(day),
      });
    }
  }
}

/** About one household in six has a volunteer at its side (a "Patenschaft"), some of them finished. */
function householdVolunteer(
  rng: Random,
  ids: IdCounters,
  ctx: ServiceContext,
  input: ServiceInput,
  rows: ServiceRows,
): void {
  if (!rng.chance(0.17)) return;
  const start = rng.dayBetween(input.householdArrival, input.ref - 1);
  const ended = rng.chance(0.3) && input.ref - start > 120 ? rng.dayBetween(start + 60, input.ref - 1) : null;
  rows.volunteerAssignments.push({
    id: ids.next('volunteer_assignment'),
    volunteer_id: rng.pick(ctx.volunteers.allIds),
    household_id: input.householdId,
    appointment_id: null,
    task: rng.pick(HOUSEHOLD_TASKS),
    starts_on: isoFromDay(start),
    ends_on: ended === null ? null : isoFromDay(ended),
  });
}
