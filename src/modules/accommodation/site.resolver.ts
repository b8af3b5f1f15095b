import { Arg, Args, Ctx, FieldResolver, ID, InputType, Field, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../auth/context';
import { ConnectionType, keysetPage, PageArgs, type KeysetSort } from '../../graph/relay/connection';
import { expectGlobalId } from '../../graph/relay/global-id';
import { Area } from '../demography/area.entity';
import { Provider } from '../providers/provider.entity';
import { Site } from './site.entity';
import { Unit } from './unit.entity';
import { loadSiteOccupancy, SiteOccupancy } from './site-occupancy';

export const SiteConnection = ConnectionType(Site, 'A page of communal sites.');
/** Sites by name, for a site page nested in a list (alias `c`, src/graph/loaders.ts). */
export const SITES_BY_NAME: KeysetSort<Site> = {
  column: 'c.name',
  valueOf: (s) => s.name,
  direction: 'ASC',
  nullable: false,
};

@InputType({ description: 'Narrows a list of communal sites.' })
export class SiteFilter {
  @Field(() => ID, { nullable: true, description: 'Only sites in this district (area).' })
  districtId?: string;
}

@Resolver(() => Site)
export class SiteResolver {
  @Query(() => SiteConnection, { description: 'Communal accommodation sites, by name.' })
  sites(
    @Args() page: PageArgs,
    @Arg('filter', () => SiteFilter, { nullable: true, description: 'Conditions the sites must meet.' })
    filter: SiteFilter | undefined,
    @Ctx() { em }: Context,
  ) {
    const qb = em.createQueryBuilder(Site, 's');
    if (filter?.districtId) qb.andWhere({ district: expectGlobalId(filter.districtId, 'Area', 'filter.districtId') });
    return keysetPage(qb, { column: 's.name', valueOf: (s) => s.name, direction: 'ASC', nullable: false }, page);
  }

  @FieldResolver(() => Area, { description: 'District the site is in.' })
  async district(@Root() site: Site, @Ctx() { loaders }: Context): Promise<Area> {
    return (await loaders.byId(Area).load(site.district.id))!;
  }

  @FieldResolver(() => Provider, { nullable: true, description: 'Organisation that runs the site, if recorded.' })
  async operator(@Root() site: Site, @Ctx() { loaders }: Context): Promise<Provider | null> {
    return site.operator ? ((await loaders.byId(Provider).load(site.operator.id)) ?? null) : null;
  }

  @FieldResolver(() => [Unit], { description: 'Units and rooms of the site, by name.' })
  units(@Root() site: Site, @Ctx() { loaders }: Context): Promise<Unit[]> {
    return loaders.manyBy(Unit, 'site', { orderBy: { name: 'asc' } }).load(site.id);
  }

  @FieldResolver(() => SiteOccupancy, { description: 'Beds, blocked, occupied and free places today.' })
  occupancy(@Root() site: Site, @Ctx() { em, loaders, today }: Context): Promise<SiteOccupancy> {
    return loaders
      .custom<number, SiteOccupancy>(`SiteOccupancy@${today}`, (ids) => loadSiteOccupancy(em, ids, today))
      .load(site.id);
  }
}
