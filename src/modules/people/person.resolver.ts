import { Ctx, FieldResolver, Float, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../auth/context';
import { Stay } from '../accommodation/stay.entity';
import { Consent } from '../providers/consent.entity';
import { coversDay, daysBetween } from '../../graph/periods';
import { Household } from './household.entity';
import { Person } from './person.entity';
import { LegalStatus } from './legal-status.entity';
import { Occupation } from './occupation.entity';
import { PersonLanguage } from './person-language.entity';
import { Need } from './need.entity';

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => Household, { description: 'The household the person belongs to.' })
  async household(@Root() person: Person, @Ctx() { loaders }: Context): Promise<Household> {
    return (await loaders.byId(Household).load(person.household.id))!;
  }

  @FieldResolver(() => Int, { description: 'Age in completed years today.' })
  age(@Root() person: Person, @Ctx() { today }: Context): number {
    const [by, bm, bd] = person.birthDate.split('-').map(Number);
    const [ty, tm, td] = today.split('-').map(Number);
    return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
  }

  @FieldResolver(() => [LegalStatus], {
    description:
      'Legal-status history, oldest first, with every correction: a corrected row stays, marked superseded (`supersededAt`), next to the row that `corrects` it.',
  })
  legalStatuses(@Root() person: Person, @Ctx() { loaders }: Context): Promise<LegalStatus[]> {
    return loaders.manyBy(LegalStatus, 'person', { orderBy: { validFrom: 'asc' } }).load(person.id);
  }

  @FieldResolver(() => [Occupation], { description: 'School, measures, training, study and jobs, newest first.' })
  occupations(@Root() person: Person, @Ctx() { loaders }: Context): Promise<Occupation[]> {
    return loaders.manyBy(Occupation, 'person', { orderBy: { startsOn: 'desc' } }).load(person.id);
  }

  @FieldResolver(() => [PersonLanguage], { description: 'Languages the person speaks.' })
  languages(@Root() person: Person, @Ctx() { loaders }: Context): Promise<PersonLanguage[]> {
    return loaders.manyBy(PersonLanguage, 'person').load(person.id);
  }

  @FieldResolver(() => [Need], { description: 'Needs and vulnerabilities (special-category data).' })
  needs(@Root() person: Person, @Ctx() { loaders }: Context): Promise<Need[]> {
    return loaders.manyBy(Need, 'person', { orderBy: { recordedOn: 'asc' } }).load(person.id);
  }

  @FieldResolver(() => Stay, {
    nullable: true,
    description: 'The bed the person sleeps in today, if in communal accommodation.',
  })
  async currentStay(@Root() person: Person, @Ctx() { loaders, today }: Context): Promise<Stay | null> {
    const stays = await loaders
      .manyBy(Stay, 'person', { name: `current@${today}`, where: coversDay('startsOn', 'endsOn', today) })
      .load(person.id);
    return stays[0] ?? null;
  }

  @FieldResolver(() => [Stay], { description: 'All stays in communal accommodation, oldest first.' })
  stays(@Root() person: Person, @Ctx() { loaders }: Context): Promise<Stay[]> {
    return loaders.manyBy(Stay, 'person', { orderBy: { startsOn: 'asc' } }).load(person.id);
  }

  @FieldResolver(() => [Consent], { description: 'Consents the person gave, newest first.' })
  consents(@Root() person: Person, @Ctx() { loaders }: Context): Promise<Consent[]> {
    return loaders.manyBy(Consent, 'person', { orderBy: { givenOn: 'desc' } }).load(person.id);
  }

  @FieldResolver(() => Int, { description: 'Days since the person arrived in the city.' })
  daysSinceArrival(@Root() person: Person, @Ctx() { today }: Context): number {
    return daysBetween(person.arrivedOn, today);
  }
}

@Resolver(() => Occupation)
export class OccupationResolver {
  @FieldResolver(() => Float, {
    nullable: true,
    description:
      'Gross monthly income in euros (jobs, training allowance): read by the WBS income test and the § 12a exemption.',
  })
  monthlyIncome(@Root() occupation: Occupation): number | null {
    return occupation.monthlyIncomeCents == null ? null : occupation.monthlyIncomeCents / 100;
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: 'Net monthly income in euros (jobs), after taxes and social insurance.',
  })
  netMonthlyIncome(@Root() occupation: Occupation): number | null {
    return occupation.netMonthlyIncomeCents == null ? null : occupation.netMonthlyIncomeCents / 100;
  }
}
