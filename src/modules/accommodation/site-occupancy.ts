import { Field, Int, ObjectType } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { coversDaySql } from '../../graph/periods';

/** Capacity of a site today, counted in beds. */
@ObjectType({ description: 'Capacity of a communal site today, in beds.' })
export class SiteOccupancy {
  @Field(() => Int, { description: 'All beds of the site.' })
  beds!: number;

  @Field(() => Int, { description: 'Beds that cannot be used (blocked capacity).' })
  blocked!: number;

  @Field(() => Int, { description: 'Beds a person sleeps in today.' })
  occupied!: number;

  @Field(() => Int, { description: 'Usable beds nobody sleeps in today.' })
  free!: number;
}

/** Occupancy of many sites in one statement (a loader's batch function). */
export async function loadSiteOccupancy(
  em: EntityManager,
  siteIds: readonly number[],
  today: string,
): Promise<SiteOccupancy[]> {
  const rows: { site_id: number; beds: string; blocked: string; occupied: string; free: string }[] = await em.execute(
    `select u.site_id, count(*) as beds,
         count(*) filter (where b.blocked_reason is not null) as blocked,
         count(s.id) as occupied,
         count(*) filter (where b.blocked_reason is null and s.id is null) as free
       from bed b join unit u on u.id = b.unit_id
       left join stay s on s.bed_id = b.id and ${coversDaySql('s', 'starts_on', 'ends_on')}
       where u.site_id in (${siteIds.map(() => '?').join(',')})
       group by u.site_id`,
    [today, today, ...siteIds],
  );
  const bySite = new Map(rows.map((r) => [Number(r.site_id), r]));
  return siteIds.map((id) => {
    const row = bySite.get(id);
    return {
      beds: Number(row?.beds ?? 0),
      blocked: Number(row?.blocked ?? 0),
      occupied: Number(row?.occupied ?? 0),
      free: Number(row?.free ?? 0),
    };
  });
}
