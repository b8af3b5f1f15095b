/** Apartment offers as matching snapshots: one flat statement, the municipality from the district's parent area. */
import type { OfferStatus } from '../housing/housing.enums';
import type { OfferRow } from './snapshot.mapping';
import { intArrayLiteral, type SqlRunner } from './sql-runner';

export type OfferScope =
  | { kind: 'ids'; ids: readonly number[] }
  /** OPEN offers available by the day (if given), earliest available first, at most `limit`. */
  | { kind: 'open'; availableBy?: string; limit: number };

export async function loadOffers(run: SqlRunner, scope: OfferScope): Promise<OfferRow[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (scope.kind === 'ids') {
    where.push('o.id = any(?::int[])');
    params.push(intArrayLiteral(scope.ids));
  } else {
    where.push(`o.status = 'OPEN'`);
    if (scope.availableBy) {
      where.push('o.available_from <= ?::date');
      params.push(scope.availableBy);
    }
  }
  const limit =
    scope.kind === 'open'
      ? ` order by o.available_from, o.id limit ${Math.max(0, Math.floor(scope.limit))}`
      : ' order by o.id';
  const rows = await run(
    `select o.id, coalesce(c.name, d.name) as municipality, d.name as district, o.living_space_sqm as area, o.rooms,
       o.gross_cold_rent_cents as rent, o.wbs_required as wbs, o.step_free as step_free, o.available_from::text as available, o.status
     from apartment_offer o join area d on d.id = o.district_id left join area c on c.id = d.parent_id
     where ${where.join(' and ')}${limit}`,
    params,
  );
  return rows.map((r) => ({
    id: r.id as number,
    municipality: r.municipality as string,
    district: r.district as string,
    livingSpaceSqm: Number(r.area),
    rooms: r.rooms as number,
    grossColdRentCents: r.rent as number,
    wbsRequired: r.wbs as boolean,
    stepFree: r.step_free as boolean,
    availableFrom: r.available as string,
    status: r.status as OfferStatus,
  }));
}
