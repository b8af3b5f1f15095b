import type { EntityManager, QueryBuilder } from '@mikro-orm/postgresql';
import { expectGlobalId } from '../../graph/relay/global-id';
import type { KeysetSort } from '../../graph/relay/connection';
import { ApartmentOffer } from './apartment-offer.entity';
import { ApartmentOfferFilter, ApartmentOfferOrder, ApartmentOfferSortField } from './apartment-offer.inputs';

export function queryApartmentOffers(
  em: EntityManager,
  filter: ApartmentOfferFilter | undefined,
): QueryBuilder<ApartmentOffer> {
  const qb = em.createQueryBuilder(ApartmentOffer, 'o');
  if (!filter) return qb;
  if (filter.districtId) qb.andWhere({ district: expectGlobalId(filter.districtId, 'Area', 'filter.districtId') });
  if (filter.statuses) qb.andWhere({ status: { $in: filter.statuses } });
  if (filter.maxGrossColdRent != null)
    qb.andWhere({ grossColdRentCents: { $lte: Math.round(filter.maxGrossColdRent * 100) } });
  if (filter.minLivingSpaceSqm != null) qb.andWhere({ livingSpaceSqm: { $gte: filter.minLivingSpaceSqm } });
  if (filter.maxLivingSpaceSqm != null) qb.andWhere({ livingSpaceSqm: { $lte: filter.maxLivingSpaceSqm } });
  if (filter.minRooms != null) qb.andWhere({ rooms: { $gte: filter.minRooms } });
  if (filter.stepFree) qb.andWhere({ stepFree: true });
  if (filter.wbsRequired != null) qb.andWhere({ wbsRequired: filter.wbsRequired });
  if (filter.availableBy) qb.andWhere({ availableFrom: { $lte: filter.availableBy } });
  return qb;
}

const sortColumns: Record<ApartmentOfferSortField, Pick<KeysetSort<ApartmentOffer>, 'column' | 'valueOf'>> = {
  GROSS_COLD_RENT: { column: 'o.gross_cold_rent_cents', valueOf: (o) => o.grossColdRentCents },
  LIVING_SPACE: { column: 'o.living_space_sqm', valueOf: (o) => o.livingSpaceSqm },
  AVAILABLE_FROM: { column: 'o.available_from', valueOf: (o) => o.availableFrom },
};

export function apartmentOfferSort(order: ApartmentOfferOrder | undefined): KeysetSort<ApartmentOffer> {
  const field = order?.field ?? ApartmentOfferSortField.AVAILABLE_FROM;
  return { ...sortColumns[field], nullable: false, direction: order?.direction ?? 'ASC' };
}
