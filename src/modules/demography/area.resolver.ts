import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../auth/context';
import { PageArgs, type KeysetSort } from '../../graph/relay/connection';
import { Site } from '../accommodation/site.entity';
import { SITES_BY_NAME, SiteConnection } from '../accommodation/site.resolver';
import { ApartmentOfferConnection } from '../housing/apartment-offer.resolver';
import { ApartmentOffer } from '../housing/apartment-offer.entity';
import { OfferStatus } from '../housing/housing.enums';
import { Area } from './area.entity';
import { DemographicObservation } from './demographic-observation.entity';
import { AreaKind, DemographicIndicator } from './demography.enums';

@Resolver(() => Area)
export class AreaResolver {
  @Query(() => [Area], { description: 'The city and its districts, by name.' })
  areas(
    @Arg('kind', () => AreaKind, { nullable: true, description: 'Only areas of this level.' })
    kind: AreaKind | undefined,
    @Ctx() { em }: Context,
  ): Promise<Area[]> {
    return em.find(Area, kind ? { kind } : {}, { orderBy: { name: 'asc' } });
  }

  @FieldResolver(() => Area, { nullable: true, description: 'The enclosing area (the city for a district).' })
  async parent(@Root() area: Area, @Ctx() { loaders }: Context): Promise<Area | null> {
    return area.parent ? ((await loaders.byId(Area).load(area.parent.id)) ?? null) : null;
  }

  @FieldResolver(() => [Area], { description: 'Areas inside this one (the districts of the city).' })
  districts(@Root() area: Area, @Ctx() { loaders }: Context): Promise<Area[]> {
    return loaders.manyBy(Area, 'parent', { orderBy: { name: 'asc' } }).load(area.id);
  }

  @FieldResolver(() => SiteConnection, { description: 'Communal sites in this area, by name.' })
  sites(@Root() area: Area, @Args() page: PageArgs, @Ctx() { loaders }: Context) {
    return loaders.pageBy(Site, 'district', SITES_BY_NAME, page).load(area.id);
  }

  @FieldResolver(() => ApartmentOfferConnection, {
    description: 'Open apartment offers in this area, soonest available first.',
  })
  openApartmentOffers(@Root() area: Area, @Args() page: PageArgs, @Ctx() { loaders }: Context) {
    const sort: KeysetSort<ApartmentOffer> = {
      column: 'c.available_from',
      valueOf: (o) => o.availableFrom,
      direction: 'ASC',
      nullable: false,
    };
    return loaders
      .pageBy(ApartmentOffer, 'district', sort, page, { name: 'open', where: { status: OfferStatus.OPEN } })
      .load(area.id);
  }

  @FieldResolver(() => [DemographicObservation], {
    description: 'Demographic-profile values of this area, by indicator and year.',
  })
  observations(
    @Root() area: Area,
    @Arg('indicators', () => [DemographicIndicator], {
      nullable: true,
      description: 'Only these indicators (all when omitted).',
    })
    indicators: DemographicIndicator[] | undefined,
    @Arg('fromYear', () => Int, { nullable: true, description: 'Only from this year on.' })
    fromYear: number | undefined,
    @Arg('toYear', () => Int, { nullable: true, description: 'Only up to this year.' }) toYear: number | undefined,
    @Ctx() { loaders }: Context,
  ): Promise<DemographicObservation[]> {
    const where: Record<string, unknown> = {};
    if (indicators) where.indicator = { $in: indicators };
    if (fromYear != null || toYear != null) {
      where.year = { ...(fromYear != null ? { $gte: fromYear } : {}), ...(toYear != null ? { $lte: toYear } : {}) };
    }
    return loaders
      .manyBy(DemographicObservation, 'area', {
        name: JSON.stringify(where),
        where,
        orderBy: { indicator: 'asc', year: 'asc' },
      })
      .load(area.id);
  }
}

@Resolver(() => DemographicObservation)
export class DemographicObservationResolver {
  @FieldResolver(() => Area, { description: 'The area the value describes.' })
  async area(@Root() observation: DemographicObservation, @Ctx() { loaders }: Context): Promise<Area> {
    return (await loaders.byId(Area).load(observation.area.id))!;
  }
}
