import { Arg, Args, Ctx, FieldResolver, Float, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../auth/context';
import { ConnectionType, keysetPage, PageArgs } from '../../graph/relay/connection';
import { Area } from '../demography/area.entity';
import { Household } from '../people/household.entity';
import { coversDay } from '../../graph/periods';
import { ApartmentOffer } from './apartment-offer.entity';
import { Tenancy } from './tenancy.entity';
import { ApartmentOfferFilter, ApartmentOfferOrder } from './apartment-offer.inputs';
import { apartmentOfferSort, queryApartmentOffers } from './apartment-offer.store';

export const ApartmentOfferConnection = ConnectionType(ApartmentOffer, 'A page of apartment offers.');

@Resolver(() => ApartmentOffer)
export class ApartmentOfferResolver {
  @Query(() => ApartmentOfferConnection, {
    description: 'Flats offered by private landlords, filtered and sorted, in pages.',
  })
  apartmentOffers(
    @Args() page: PageArgs,
    @Arg('filter', () => ApartmentOfferFilter, { nullable: true, description: 'Conditions the offers must meet.' })
    filter: ApartmentOfferFilter | undefined,
    @Arg('orderBy', () => ApartmentOfferOrder, {
      nullable: true,
      description: 'Sort order; by availability when omitted.',
    })
    orderBy: ApartmentOfferOrder | undefined,
    @Ctx() { em }: Context,
  ) {
    return keysetPage(queryApartmentOffers(em, filter), apartmentOfferSort(orderBy), page);
  }

  @FieldResolver(() => Float, {
    description: 'Gross cold rent (Bruttokaltmiete: rent plus running costs without heating) in euros per month.',
  })
  grossColdRent(@Root() offer: ApartmentOffer): number {
    return offer.grossColdRentCents / 100;
  }

  @FieldResolver(() => Area, { description: 'District the flat is in.' })
  async district(@Root() offer: ApartmentOffer, @Ctx() { loaders }: Context): Promise<Area> {
    return (await loaders.byId(Area).load(offer.district.id))!;
  }

  @FieldResolver(() => Tenancy, { nullable: true, description: 'The tenancy in this flat today, if let.' })
  async currentTenancy(@Root() offer: ApartmentOffer, @Ctx() { loaders, today }: Context): Promise<Tenancy | null> {
    const current = await loaders
      .manyBy(Tenancy, 'apartment', { name: `current@${today}`, where: coversDay('movedInOn', 'endsOn', today) })
      .load(offer.id);
    return current[0] ?? null;
  }
}

@Resolver(() => Tenancy)
export class TenancyResolver {
  @FieldResolver(() => Household, { description: 'The household renting the flat.' })
  async household(@Root() tenancy: Tenancy, @Ctx() { loaders }: Context): Promise<Household> {
    return (await loaders.byId(Household).load(tenancy.household.id))!;
  }

  @FieldResolver(() => ApartmentOffer, { description: 'The flat.' })
  async apartment(@Root() tenancy: Tenancy, @Ctx() { loaders }: Context): Promise<ApartmentOffer> {
    return (await loaders.byId(ApartmentOffer).load(tenancy.apartment.id))!;
  }
}
