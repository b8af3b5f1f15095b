import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../auth/context';
import { ConnectionType, keysetPage, PageArgs } from '../../graph/relay/connection';
import { Stay } from '../accommodation/stay.entity';
import { Tenancy } from '../housing/tenancy.entity';
import { CaseAssignment } from '../providers/case-assignment.entity';
import { VolunteerAssignment } from '../volunteers/volunteer-assignment.entity';
import { Appointment } from '../appointments/appointment.entity';
import { coversDay, daysBetween } from '../../graph/periods';
import { Household } from './household.entity';
import { Person } from './person.entity';
import { MemberRelation } from './people.enums';
import { HouseholdFilter, HouseholdOrder } from './household.inputs';
import { countMembers, householdSort, queryHouseholds } from './household.store';

/** The documented order of members; the relation's enum text would sort CHILD before HEAD. */
const RELATION_ORDER: Record<MemberRelation, number> = {
  [MemberRelation.HEAD]: 0,
  [MemberRelation.PARTNER]: 1,
  [MemberRelation.CHILD]: 2,
  [MemberRelation.OTHER]: 3,
};
const byRelationThenBirth = (a: Person, b: Person) =>
  RELATION_ORDER[a.relation] - RELATION_ORDER[b.relation] || a.birthDate.localeCompare(b.birthDate) || a.id - b.id;

export const HouseholdConnection = ConnectionType(Household, 'A page of households.');

@Resolver(() => Household)
export class HouseholdResolver {
  @Query(() => HouseholdConnection, { description: 'Households, filtered and sorted, in pages (keyset pagination).' })
  households(
    @Args() page: PageArgs,
    @Arg('filter', () => HouseholdFilter, { nullable: true, description: 'Conditions the households must meet.' })
    filter: HouseholdFilter | undefined,
    @Arg('orderBy', () => HouseholdOrder, { nullable: true, description: 'Sort order; by reference when omitted.' })
    orderBy: HouseholdOrder | undefined,
    @Ctx() { em, today }: Context,
  ) {
    return keysetPage(queryHouseholds(em, filter, today), householdSort(orderBy), page);
  }

  @FieldResolver(() => [Person], {
    description:
      'Members of the household: the head first, then the partner, then children and others, each by birth date.',
  })
  async members(@Root() household: Household, @Ctx() { loaders }: Context): Promise<Person[]> {
    const members = await loaders.manyBy(Person, 'household', { orderBy: { birthDate: 'asc' } }).load(household.id);
    return [...members].sort(byRelationThenBirth);
  }

  @FieldResolver(() => Int, {
    description: 'Number of members (all of them, also those whose details the viewer may not see).',
  })
  size(@Root() household: Household, @Ctx() { em, loaders }: Context): Promise<number> {
    return loaders.custom<number, number>('Household.size', (ids) => countMembers(em, ids)).load(household.id);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'Days since the household entered communal accommodation; null when it is not in communal accommodation.',
  })
  daysInCommunalAccommodation(@Root() household: Household, @Ctx() { today }: Context): number | null {
    return household.communalSince ? daysBetween(household.communalSince, today) : null;
  }

  @FieldResolver(() => [Stay], {
    description: "Members' current stays in communal accommodation (empty when privately housed).",
  })
  async currentStays(@Root() household: Household, @Ctx() ctx: Context): Promise<Stay[]> {
    const members = await this.members(household, ctx);
    const stays = await ctx.loaders
      .manyBy(Stay, 'person', { name: `current@${ctx.today}`, where: coversDay('startsOn', 'endsOn', ctx.today) })
      .loadMany(members.map((m) => m.id));
    return stays.flatMap((s) => (s instanceof Error ? [] : s));
  }

  @FieldResolver(() => Tenancy, {
    nullable: true,
    description: 'The private tenancy the household lives in today, if any.',
  })
  async currentTenancy(@Root() household: Household, @Ctx() { loaders, today }: Context): Promise<Tenancy | null> {
    const current = await loaders
      .manyBy(Tenancy, 'household', { name: `current@${today}`, where: coversDay('movedInOn', 'endsOn', today) })
      .load(household.id);
    return current[0] ?? null;
  }

  @FieldResolver(() => [Tenancy], { description: 'All tenancies of the household, oldest first.' })
  tenancies(@Root() household: Household, @Ctx() { loaders }: Context): Promise<Tenancy[]> {
    return loaders.manyBy(Tenancy, 'household', { orderBy: { movedInOn: 'asc' } }).load(household.id);
  }

  @FieldResolver(() => [CaseAssignment], {
    description: 'Providers’ case assignments for this household, newest mandate first.',
  })
  caseAssignments(@Root() household: Household, @Ctx() { loaders }: Context): Promise<CaseAssignment[]> {
    return loaders.manyBy(CaseAssignment, 'household', { orderBy: { mandateFrom: 'desc' } }).load(household.id);
  }

  @FieldResolver(() => [VolunteerAssignment], { description: 'Volunteers assigned to this household.' })
  volunteerAssignments(@Root() household: Household, @Ctx() { loaders }: Context): Promise<VolunteerAssignment[]> {
    return loaders.manyBy(VolunteerAssignment, 'household', { orderBy: { startsOn: 'desc' } }).load(household.id);
  }

  @FieldResolver(() => [Appointment], { description: 'Appointments of this household, earliest first.' })
  appointments(@Root() household: Household, @Ctx() { loaders }: Context): Promise<Appointment[]> {
    return loaders.manyBy(Appointment, 'household', { orderBy: { startsAt: 'asc' } }).load(household.id);
  }
}
