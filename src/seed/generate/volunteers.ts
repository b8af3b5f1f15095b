/** Volunteers of the volunteer agency, its groups in the three formats, and memberships. */
import {
  DAY_PARTS,
  INTERPRETERS_GROUP,
  VOLUNTEER_FAMILY_NAMES,
  VOLUNTEER_GIVEN_NAMES,
  VOLUNTEER_GROUPS,
  VOLUNTEER_LANGUAGES,
  VOLUNTEER_SKILLS,
  WEEKDAYS,
} from '../data/volunteers';
import { dayOf, isoFromDay } from '../days';
import { Random } from '../random';
import type { VolunteerGroupMembershipRow, VolunteerGroupRow, VolunteerRow } from '../tables';
import { scaled, STREAM, TARGETS, type IdCounters, type ResolvedOptions } from './context';
import { emailAddress, mobileNumber } from './contact';

export interface VolunteerPool {
  volunteers: VolunteerRow[];
  groups: VolunteerGroupRow[];
  memberships: VolunteerGroupMembershipRow[];
  /** Volunteer ids per language they speak besides German (for interpreting). */
  byLanguage: ReadonlyMap<string, readonly number[]>;
  allIds: readonly number[];
}

export function generateVolunteers(options: ResolvedOptions, ids: IdCounters): VolunteerPool {
  const rng = Random.forStream(options.seed, STREAM.volunteers);
  const groups = generateGroups(options.scale, ids);
  const volunteers: VolunteerRow[] = [];
  const memberships: VolunteerGroupMembershipRow[] = [];
  const byLanguage = new Map<string, number[]>();
  const count = scaled(TARGETS.volunteers, options.scale);
  const firstDay = dayOf(2015, 1, 1);
  const germanOnlyGroups = groups.filter((g) => !g.name.startsWith(INTERPRETERS_GROUP));
  for (let i = 0; i < count; i++) {
    const given = rng.pick(VOLUNTEER_GIVEN_NAMES);
    const family = rng.pick(VOLUNTEER_FAMILY_NAMES);
    const extra = new Set<string>();
    for (
      let n = rng.weighted([
        [0, 20],
        [1, 55],
        [2, 25],
      ] as const);
      n > 0;
      n--
    )
      extra.add(rng.weighted(VOLUNTEER_LANGUAGES));
    const languages = ['de', ...extra];
    const joined = rng.dayBetween(firstDay, options.referenceDay - 1);
    const id = ids.next('volunteer');
    volunteers.push({
      id,
      given_name: given,
      family_name: family,
      email: rng.chance(0.85) ? emailAddress(rng, given, family, 'example.com') : null,
      phone: rng.chance(0.6) ? mobileNumber(rng) : null,
      languages,
      skills: rng.sample(VOLUNTEER_SKILLS, rng.int(1, 4)),
      availability: availabilitySlots(rng),
      joined_on: isoFromDay(joined),
    });
    for (const language of languages.slice(1)) {
      const list = byLanguage.get(language) ?? [];
      list.push(id);
      byLanguage.set(language, list);
    }
    // Only volunteers with a second language join an interpreters' pool.
    const eligible = languages.length > 1 ? groups : germanOnlyGroups;
    for (const group of rng.sample(eligible, rng.chance(0.3) ? 2 : 1)) {
      memberships.push({
        id: ids.next('volunteer_group_membership'),
        volunteer_id: id,
        group_id: group.id,
        since: isoFromDay(rng.dayBetween(joined, options.referenceDay)),
      });
    }
  }
  return { volunteers, groups, memberships, byLanguage, allIds: volunteers.map((v) => v.id) };
}

/** Groups grow with the city: at scale N each template exists about N times. */
function generateGroups(scale: number, ids: IdCounters): VolunteerGroupRow[] {
  const copies = Math.max(1, Math.round(scale));
  const rows: VolunteerGroupRow[] = [];
  for (let copy = 1; copy <= copies; copy++) {
    for (const [name, format] of VOLUNTEER_GROUPS) {
      rows.push({ id: ids.next('volunteer_group'), name: copy === 1 ? name : `${name} ${copy}`, format });
    }
  }
  return rows;
}

function availabilitySlots(rng: Random): string[] {
  const all = WEEKDAYS.flatMap((day) => DAY_PARTS.map((part) => `${day}_${part}`));
  const picked = new Set(rng.sample(all, rng.int(2, 6)));
  // Keep the week order so the arrays read naturally.
  return all.filter((slot) => picked.has(slot));
}
