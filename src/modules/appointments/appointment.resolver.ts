import { Arg, Args, Ctx, Field, FieldResolver, InputType, Query, Resolver, Root } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import type { Context } from '../../auth/context';
import { ConnectionType, keysetPage, PageArgs } from '../../graph/relay/connection';
import { Household } from '../people/household.entity';
import { ApartmentOffer } from '../housing/apartment-offer.entity';
import { VolunteerAssignment } from '../volunteers/volunteer-assignment.entity';
import { Appointment } from './appointment.entity';
import { AppointmentKind } from './appointments.enums';
import { kindFor, locationFor, storedKinds } from './appointment-rendering';

export const AppointmentConnection = ConnectionType(Appointment, 'A page of appointments.');

@InputType({ description: 'Narrows a list of appointments; all given conditions must hold.' })
export class AppointmentFilter {
  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description: 'Only appointments starting at or after this time.',
  })
  startsFrom?: Date;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Only appointments starting before this time.' })
  startsBefore?: Date;

  @Field(() => [AppointmentKind], { nullable: true, description: 'Only appointments of these kinds.' })
  kinds?: AppointmentKind[];

  @Field(() => String, { nullable: true, description: 'Only appointments that need an interpreter for this language.' })
  interpreterLanguage?: string;
}

@Resolver(() => Appointment)
export class AppointmentResolver {
  @Query(() => AppointmentConnection, { description: 'Appointments, earliest first.' })
  appointments(
    @Args() page: PageArgs,
    @Arg('filter', () => AppointmentFilter, { nullable: true, description: 'Conditions the appointments must meet.' })
    filter: AppointmentFilter | undefined,
    @Ctx() { em }: Context,
  ) {
    const qb = em.createQueryBuilder(Appointment, 'a');
    if (filter?.startsFrom) qb.andWhere({ startsAt: { $gte: filter.startsFrom } });
    if (filter?.startsBefore) qb.andWhere({ startsAt: { $lt: filter.startsBefore } });
    if (filter?.kinds) qb.andWhere({ kind: { $in: storedKinds(filter.kinds) } });
    if (filter?.interpreterLanguage) qb.andWhere({ interpreterLanguage: filter.interpreterLanguage });
    return keysetPage(
      qb,
      { column: 'a.starts_at', valueOf: (a) => a.startsAt.toISOString(), direction: 'ASC', nullable: false },
      page,
    );
  }

  @FieldResolver(() => AppointmentKind, {
    description:
      'What the appointment is for; ACCOMPANIMENT for a medical or counselling one where the audience may not read health data.',
  })
  kind(@Root() appointment: Appointment, @Ctx() { grant }: Context): AppointmentKind {
    return kindFor(appointment, grant);
  }

  @FieldResolver(() => String, {
    description:
      'Where it takes place; withheld for a medical or counselling appointment where the audience may not read health data (a practice names a diagnosis).',
  })
  location(@Root() appointment: Appointment, @Ctx() { grant }: Context): string {
    return locationFor(appointment, grant);
  }

  @FieldResolver(() => Household, { description: 'The household the appointment is for.' })
  async household(@Root() appointment: Appointment, @Ctx() { loaders }: Context): Promise<Household> {
    return (await loaders.byId(Household).load(appointment.household.id))!;
  }

  @FieldResolver(() => ApartmentOffer, { nullable: true, description: 'The flat, for a flat viewing.' })
  async apartment(@Root() appointment: Appointment, @Ctx() { loaders }: Context): Promise<ApartmentOffer | null> {
    return appointment.apartment ? ((await loaders.byId(ApartmentOffer).load(appointment.apartment.id)) ?? null) : null;
  }

  @FieldResolver(() => [VolunteerAssignment], { description: 'Volunteers helping at this appointment.' })
  volunteerAssignments(@Root() appointment: Appointment, @Ctx() { loaders }: Context): Promise<VolunteerAssignment[]> {
    return loaders.manyBy(VolunteerAssignment, 'appointment').load(appointment.id);
  }
}
