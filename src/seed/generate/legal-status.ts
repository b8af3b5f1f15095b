/**
 * Legal-status histories and the benefit regime that follows from them (§ 1 AsylbLG, see DOMAIN.md).
 * A history is generated per household (family members share the procedure) and clipped per person.
 */
import { BenefitRegime, LegalStatusKind } from '../../modules/people/people.enums';
import type { CountryCode } from '../data/origins';
import { ORIGINS } from '../data/origins';
import { addMonths, dayFromIso } from '../days';
import type { Random } from '../random';

export interface StatusEpisode {
  kind: LegalStatusKind;
  paragraph: string;
  from: number;
  /** Last valid day; null when open-ended. */
  until: number | null;
  authority: string;
}

const BAMF_RECEPTION = 'Landesaufnahmebehörde Niedersachsen';
const FOREIGNERS_OFFICE = 'Ausländerbehörde Stadt Osnabrück';

const PARAGRAPH = {
  gestattung: '§ 55 Abs. 1 AsylG',
  duldung: '§ 60a Abs. 2 S. 1 AufenthG',
  asylum: '§ 25 Abs. 1 AufenthG',
  refugee: '§ 25 Abs. 2 S. 1 Alt. 1 AufenthG',
  subsidiary: '§ 25 Abs. 2 S. 1 Alt. 2 AufenthG',
  deportationBan: '§ 25 Abs. 3 AufenthG',
  youthIntegration: '§ 25a Abs. 1 AufenthG',
  sustainableIntegration: '§ 25b Abs. 1 AufenthG',
  temporaryProtection: '§ 24 Abs. 1 AufenthG',
  settlementRefugee: '§ 26 Abs. 3 AufenthG',
  settlementGeneral: '§ 9 AufenthG',
  permanentEu: '§ 9a AufenthG',
} as const;

const SUBSIDIARY_THREE_YEARS_FROM = dayFromIso('2024-02-27');
/** Decisions on Syrian applications were put on hold after the fall of the Assad government. */
const SYRIA_DECISION_STOP = dayFromIso('2024-12-09');
const UKRAINE_FIRST_EXPIRY = dayFromIso('2024-03-04');
const UKRAINE_EXTENDED_EXPIRY = dayFromIso('2027-03-04');

/** `headAgeAtArrival` decides whether a late permit may be the one for young people (§ 25a, under 27). */
export function statusHistory(
  rng: Random,
  country: CountryCode,
  arrival: number,
  ref: number,
  headAgeAtArrival: number,
): StatusEpisode[] {
  if (country === 'UA') return temporaryProtection(rng, arrival, ref);
  const episodes: StatusEpisode[] = [];
  const applied = arrival + rng.int(0, 14);
  const arrivalYear = new Date(arrival * 86_400_000).getUTCFullYear();
  const decision = addMonths(applied, arrivalYear <= 2016 ? rng.int(6, 20) : rng.int(4, 16));
  const syrianHold = country === 'SY' && decision >= SYRIA_DECISION_STOP && rng.chance(0.8);
  const origin = ORIGINS[country];
  const positive = rng.chance(origin.protectionRate);
  // A rejection is usually appealed; the Aufenthaltsgestattung lasts until the court decides.
  const final = positive ? decision : decision + rng.int(60, 700);
  if (final >= ref || syrianHold) {
    episodes.push({
      kind: LegalStatusKind.ASYLUM_PROCEDURE,
      paragraph: PARAGRAPH.gestattung,
      from: applied,
      until: ref + rng.int(20, 180),
      authority: BAMF_RECEPTION,
    });
    return episodes;
  }
  episodes.push({
    kind: LegalStatusKind.ASYLUM_PROCEDURE,
    paragraph: PARAGRAPH.gestattung,
    from: applied,
    until: final - 1,
    authority: BAMF_RECEPTION,
  });
  if (positive) protectionPermits(rng, episodes, origin.refugeeStatusShare, applied, final, ref);
  else toleration(rng, episodes, final, ref, headAgeAtArrival + (final - arrival) / 365.25);
  return episodes;
}

function temporaryProtection(rng: Random, arrival: number, ref: number): StatusEpisode[] {
  const from = arrival + rng.int(7, 60);
  const tp = (start: number, until: number): StatusEpisode => ({
    kind: LegalStatusKind.TEMPORARY_PROTECTION,
    paragraph: PARAGRAPH.temporaryProtection,
    from: start,
    until,
    authority: FOREIGNERS_OFFICE,
  });
  const episodes: StatusEpisode[] = [];
  let start = from;
  let until = from < UKRAINE_FIRST_EXPIRY ? UKRAINE_FIRST_EXPIRY : UKRAINE_EXTENDED_EXPIRY;
  episodes.push(tp(start, until));
  while (until < ref) {
    start = until + 1;
    until = until < UKRAINE_EXTENDED_EXPIRY ? UKRAINE_EXTENDED_EXPIRY : addMonths(until, 12);
    episodes.push(tp(start, until));
  }
  return episodes;
}

/** Recognition, renewals, and (after about five years) a settlement permit. */
function protectionPermits(
  rng: Random,
  episodes: StatusEpisode[],
  refugeeShare: number,
  applied: number,
  recognised: number,
  ref: number,
): void {
  const refugee = rng.chance(refugeeShare);
  const paragraph = refugee
    ? rng.chance(0.05)
      ? PARAGRAPH.asylum
      : PARAGRAPH.refugee
    : rng.chance(0.7)
      ? PARAGRAPH.subsidiary
      : PARAGRAPH.deportationBan;
  const validityMonths = (start: number, first: boolean): number => {
    if (refugee) return 36;
    if (start >= SUBSIDIARY_THREE_YEARS_FROM) return 36;
    return first ? 12 : 24;
  };
  let start = recognised;
  let first = true;
  for (;;) {
    const until = addMonths(start, validityMonths(start, first)) - 1;
    // Time in the asylum procedure counts towards the five years (§ 26 (3), § 55 AsylG).
    if (!first && start - applied >= 5 * 365 && rng.chance(0.55)) {
      const eu = rng.chance(0.08);
      episodes.push({
        kind: eu ? LegalStatusKind.PERMANENT_RESIDENCE_EU : LegalStatusKind.SETTLEMENT_PERMIT,
        paragraph: eu ? PARAGRAPH.permanentEu : refugee ? PARAGRAPH.settlementRefugee : PARAGRAPH.settlementGeneral,
        from: start,
        until: null,
        authority: FOREIGNERS_OFFICE,
      });
      return;
    }
    episodes.push({
      kind: LegalStatusKind.RESIDENCE_PERMIT,
      paragraph,
      from: start,
      until,
      authority: FOREIGNERS_OFFICE,
    });
    if (until >= ref) return;
    start = until + 1;
    first = false;
  }
}

/** Duldung renewed every six months; some people later get a permit for good integration (§§ 25a/25b). */
function toleration(rng: Random, episodes: StatusEpisode[], final: number, ref: number, ageAtFinal: number): void {
  const regularise = rng.chance(0.3) ? final + rng.int(3 * 365, 7 * 365) : Infinity;
  let start = final;
  // Older Duldungen are summarised in one record so long histories stay short.
  const sixMonthRecordsFrom = Math.max(final, Math.min(regularise, ref) - 3 * 182);
  while (start <= ref && start < regularise) {
    const until = start < sixMonthRecordsFrom ? sixMonthRecordsFrom - 1 : addMonths(start, 6) - 1;
    episodes.push({
      kind: LegalStatusKind.TOLERATED,
      paragraph: PARAGRAPH.duldung,
      from: start,
      until: Math.min(until, regularise - 1),
      authority: FOREIGNERS_OFFICE,
    });
    start = Math.min(until, regularise - 1) + 1;
  }
  if (regularise <= ref) {
    const young = ageAtFinal + (regularise - final) / 365.25 < 27;
    const paragraph = young && rng.chance(0.6) ? PARAGRAPH.youthIntegration : PARAGRAPH.sustainableIntegration;
    let from = regularise;
    let until = addMonths(from, 24) - 1;
    episodes.push({ kind: LegalStatusKind.RESIDENCE_PERMIT, paragraph, from, until, authority: FOREIGNERS_OFFICE });
    while (until < ref) {
      from = until + 1;
      until = addMonths(from, 24) - 1;
      episodes.push({ kind: LegalStatusKind.RESIDENCE_PERMIT, paragraph, from, until, authority: FOREIGNERS_OFFICE });
    }
  }
}

/** The episode valid on a day (the last one that started on or before it). */
export function statusOn(episodes: readonly StatusEpisode[], day: number): StatusEpisode {
  let current = episodes[0]!;
  for (const e of episodes) if (e.from <= day) current = e;
  return current;
}

const ANALOG_WAITING_FROM = dayFromIso('2024-02-27');
const EIGHTEEN_MONTHS_BEFORE_REFORM = addMonths(dayFromIso('2024-02-26'), -18);

/**
 * § 1 AsylbLG: asylum seekers and tolerated people get AsylbLG (analog benefits after 36 months, or
 * after 18 months for those who had them on 2024-02-26); everyone with a protection permit gets
 * SGB II if someone in the household can work, else SGB XII.
 */
export function benefitRegime(
  current: StatusEpisode,
  arrival: number,
  ref: number,
  anyoneAbleToWork: boolean,
): BenefitRegime {
  if (current.kind === LegalStatusKind.ASYLUM_PROCEDURE || current.kind === LegalStatusKind.TOLERATED) {
    const waiting = ref >= ANALOG_WAITING_FROM ? 36 : 18;
    const analog =
      addMonths(arrival, waiting) <= ref || (ref >= ANALOG_WAITING_FROM && arrival <= EIGHTEEN_MONTHS_BEFORE_REFORM);
    return analog ? BenefitRegime.ASYLBLG_ANALOG : BenefitRegime.ASYLBLG_BASIC;
  }
  return anyoneAbleToWork ? BenefitRegime.SGB_II : BenefitRegime.SGB_XII;
}
