import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../auth/context';
import { ConnectionType, keysetPage, PageArgs } from '../../graph/relay/connection';
import { Site } from '../accommodation/site.entity';
import { SITES_BY_NAME, SiteConnection } from '../accommodation/site.resolver';
import { Household } from '../people/household.entity';
import { Person } from '../people/person.entity';
import { Provider } from './provider.entity';
import { ProviderService } from './provider-service.entity';
import { CaseAssignment } from './case-assignment.entity';
import { Consent } from './consent.entity';
import { CasePurpose, ProviderKind } from './providers.enums';
import { activeConsent, activeMandate } from '../../graph/time-bound-rules';
import { visiblePurposes } from '../../auth/special-categories';

export const ProviderConnection = ConnectionType(Provider, 'A page of providers.');
export const CaseAssignmentConnection = ConnectionType(CaseAssignment, 'A page of case assignments.');

@Resolver(() => Provider)
export class ProviderResolver {
  @Query(() => ProviderConnection, {
    description: 'Providers (welfare organisations, coordination office, …), by name.',
  })
  providers(
    @Args() page: PageArgs,
    @Arg('kinds', () => [ProviderKind], { nullable: true, description: 'Only providers of these kinds.' })
    kinds: ProviderKind[] | undefined,
    @Ctx() { em }: Context,
  ) {
    const qb = em.createQueryBuilder(Provider, 'p');
    if (kinds) qb.andWhere({ kind: { $in: kinds } });
    return keysetPage(qb, { column: 'p.name', valueOf: (p) => p.name, direction: 'ASC', nullable: false }, page);
  }

  @FieldResolver(() => [ProviderService], { description: 'Services the provider offers.' })
  services(@Root() provider: Provider, @Ctx() { loaders }: Context): Promise<ProviderService[]> {
    return loaders.manyBy(ProviderService, 'provider', { orderBy: { name: 'asc' } }).load(provider.id);
  }

  @FieldResolver(() => CaseAssignmentConnection, {
    description: 'Case assignments of this provider, newest mandate first.',
  })
  caseAssignments(@Root() provider: Provider, @Args() page: PageArgs, @Ctx() { loaders }: Context) {
    return loaders
      .pageBy(
        CaseAssignment,
        'provider',
        { column: 'c.mandate_from', valueOf: (a) => a.mandateFrom, direction: 'DESC', nullable: false },
        page,
      )
      .load(provider.id);
  }

  @FieldResolver(() => SiteConnection, { description: 'Communal sites this provider runs, by name.' })
  operatedSites(@Root() provider: Provider, @Args() page: PageArgs, @Ctx() { loaders }: Context) {
    return loaders.pageBy(Site, 'operator', SITES_BY_NAME, page).load(provider.id);
  }
}

@Resolver(() => ProviderService)
export class ProviderServiceResolver {
  @FieldResolver(() => Provider, { description: 'Provider offering the service.' })
  async provider(@Root() service: ProviderService, @Ctx() { loaders }: Context): Promise<Provider> {
    return (await loaders.byId(Provider).load(service.provider.id))!;
  }
}

@Resolver(() => CaseAssignment)
export class CaseAssignmentResolver {
  @FieldResolver(() => Provider, { description: 'The provider serving the household.' })
  async provider(@Root() assignment: CaseAssignment, @Ctx() { loaders }: Context): Promise<Provider> {
    return (await loaders.byId(Provider).load(assignment.provider.id))!;
  }

  @FieldResolver(() => Household, { description: 'The household served.' })
  async household(@Root() assignment: CaseAssignment, @Ctx() { loaders }: Context): Promise<Household> {
    return (await loaders.byId(Household).load(assignment.household.id))!;
  }

  @FieldResolver(() => Boolean, { description: 'True while the mandate runs today (started, not expired, not ended).' })
  active(@Root() assignment: CaseAssignment, @Ctx() { today }: Context): boolean {
    return activeMandate.holds(assignment, today);
  }
}

@Resolver(() => Consent)
export class ConsentResolver {
  @FieldResolver(() => Person, { description: 'The person who consented.' })
  async person(@Root() consent: Consent, @Ctx() { loaders }: Context): Promise<Person> {
    return (await loaders.byId(Person).load(consent.person.id))!;
  }

  @FieldResolver(() => Provider, { description: 'The organisation that may process the data.' })
  async recipient(@Root() consent: Consent, @Ctx() { loaders }: Context): Promise<Provider> {
    return (await loaders.byId(Provider).load(consent.recipient.id))!;
  }

  @FieldResolver(() => [CasePurpose], { description: 'Purposes the consent covers.' })
  purposes(@Root() consent: Consent, @Ctx() { viewer, grant }: Context): CasePurpose[] {
    return visiblePurposes(consent, viewer, grant);
  }

  @FieldResolver(() => Boolean, { description: 'True while the consent holds today.' })
  active(@Root() consent: Consent, @Ctx() { today }: Context): boolean {
    return activeConsent.holds(consent, today);
  }
}
