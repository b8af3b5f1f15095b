import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../auth/context';
import { ConnectionType, keysetPage, PageArgs, type Connection, type KeysetSort } from '../../graph/relay/connection';
import { expectGlobalId } from '../../graph/relay/global-id';
import { Household } from '../people/household.entity';
import { Appointment } from '../appointments/appointment.entity';
import { Volunteer } from './volunteer.entity';
import { VolunteerGroup } from './volunteer-group.entity';
import { VolunteerGroupMembership } from './volunteer-group-membership.entity';
import { VolunteerAssignment } from './volunteer-assignment.entity';
import { VolunteerFilter } from './volunteer.inputs';

export const VolunteerConnection = ConnectionType(Volunteer, 'A page of volunteers.');
export const VolunteerGroupConnection = ConnectionType(VolunteerGroup, 'A page of volunteer groups.');

@Resolver(() => Volunteer)
export class VolunteerResolver {
  @Query(() => VolunteerConnection, { description: 'Volunteers of the volunteer agency, by family name.' })
  volunteers(
    @Args() page: PageArgs,
    @Arg('filter', () => VolunteerFilter, { nullable: true, description: 'Conditions the volunteers must meet.' })
    filter: VolunteerFilter | undefined,
    @Ctx() { em }: Context,
  ) {
    const qb = em.createQueryBuilder(Volunteer, 'v');
    if (filter?.languages?.length) {
      qb.andWhere(`v.languages @> array[${filter.languages.map(() => '?').join(', ')}]::text[]`, filter.languages);
    }
    if (filter?.skill) qb.andWhere('? = any(v.skills)', [filter.skill]);
    if (filter?.availableIn) qb.andWhere('? = any(v.availability)', [filter.availableIn]);
    if (filter?.groupId) {
      const groupId = expectGlobalId(filter.groupId, 'VolunteerGroup', 'filter.groupId');
      qb.andWhere('v.id in (select m.volunteer_id from volunteer_group_membership m where m.group_id = ?)', [groupId]);
    }
    if (filter?.groupFormat) {
      qb.andWhere(
        `v.id in (select m.volunteer_id from volunteer_group_membership m
          join volunteer_group g on g.id = m.group_id where g.format = ?)`,
        [filter.groupFormat],
      );
    }
    return keysetPage(
      qb,
      { column: 'v.family_name', valueOf: (v) => v.familyName, direction: 'ASC', nullable: false },
      page,
    );
  }

  @Query(() => VolunteerGroupConnection, { description: 'Volunteer groups, by name.' })
  volunteerGroups(@Args() page: PageArgs, @Ctx() { em }: Context) {
    const qb = em.createQueryBuilder(VolunteerGroup, 'g');
    return keysetPage(qb, { column: 'g.name', valueOf: (g) => g.name, direction: 'ASC', nullable: false }, page);
  }

  @FieldResolver(() => [VolunteerGroup], { description: 'Groups the volunteer belongs to.' })
  async groups(@Root() volunteer: Volunteer, @Ctx() { loaders }: Context): Promise<VolunteerGroup[]> {
    const memberships = await loaders.manyBy(VolunteerGroupMembership, 'volunteer').load(volunteer.id);
    const groups = await loaders.byId(VolunteerGroup).loadMany(memberships.map((m) => m.group.id));
    return groups.filter((g): g is VolunteerGroup => g instanceof VolunteerGroup);
  }

  @FieldResolver(() => [VolunteerAssignment], { description: 'Assignments of the volunteer, newest first.' })
  assignments(@Root() volunteer: Volunteer, @Ctx() { loaders }: Context): Promise<VolunteerAssignment[]> {
    return loaders.manyBy(VolunteerAssignment, 'volunteer', { orderBy: { startsOn: 'desc' } }).load(volunteer.id);
  }
}

@Resolver(() => VolunteerGroup)
export class VolunteerGroupResolver {
  @FieldResolver(() => VolunteerConnection, { description: 'Members of the group, in the order they joined.' })
  async members(
    @Root() group: VolunteerGroup,
    @Args() page: PageArgs,
    @Ctx() { loaders }: Context,
  ): Promise<Connection<Volunteer>> {
    const sort: KeysetSort<VolunteerGroupMembership> = {
      column: 'c.id',
      valueOf: (m) => m.id,
      direction: 'ASC',
      nullable: false,
    };
    const memberships = await loaders.pageBy(VolunteerGroupMembership, 'group', sort, page).load(group.id);
    const volunteers = await loaders.byId(Volunteer).loadMany(memberships.nodes.map((m) => m.volunteer.id));
    // The edge keeps the membership's cursor; a volunteer the viewer may not see is left out.
    const edges = memberships.edges.flatMap((edge, i) => {
      const node = volunteers[i];
      return node instanceof Volunteer ? [{ cursor: edge.cursor, node }] : [];
    });
    return { ...memberships, edges, nodes: edges.map((edge) => edge.node) };
  }
}

@Resolver(() => VolunteerAssignment)
export class VolunteerAssignmentResolver {
  @FieldResolver(() => Volunteer, { description: 'The volunteer.' })
  async volunteer(@Root() assignment: VolunteerAssignment, @Ctx() { loaders }: Context): Promise<Volunteer> {
    return (await loaders.byId(Volunteer).load(assignment.volunteer.id))!;
  }

  @FieldResolver(() => Household, { nullable: true, description: 'The household accompanied, if any.' })
  async household(@Root() assignment: VolunteerAssignment, @Ctx() { loaders }: Context): Promise<Household | null> {
    return assignment.household ? ((await loaders.byId(Household).load(assignment.household.id)) ?? null) : null;
  }

  @FieldResolver(() => Appointment, { nullable: true, description: 'The appointment helped at, if any.' })
  async appointment(@Root() assignment: VolunteerAssignment, @Ctx() { loaders }: Context): Promise<Appointment | null> {
    return assignment.appointment ? ((await loaders.byId(Appointment).load(assignment.appointment.id)) ?? null) : null;
  }
}
