import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../auth/context';
import { ConnectionType, PageArgs, type KeysetSort } from '../../graph/relay/connection';
import { coversDay } from '../../graph/periods';
import { Site } from './site.entity';
import { Unit } from './unit.entity';
import { Bed } from './bed.entity';
import { Stay } from './stay.entity';
import { Person } from '../people/person.entity';

export const StayConnection = ConnectionType(Stay, 'A page of stays.');

@Resolver(() => Unit)
export class UnitResolver {
  @FieldResolver(() => Site, { description: 'Site the unit belongs to.' })
  async site(@Root() unit: Unit, @Ctx() { loaders }: Context): Promise<Site> {
    return (await loaders.byId(Site).load(unit.site.id))!;
  }

  @FieldResolver(() => [Bed], { description: 'Beds in the unit, by label.' })
  beds(@Root() unit: Unit, @Ctx() { loaders }: Context): Promise<Bed[]> {
    return loaders.manyBy(Bed, 'unit', { orderBy: { label: 'asc' } }).load(unit.id);
  }
}

@Resolver(() => Bed)
export class BedResolver {
  @FieldResolver(() => Unit, { description: 'Unit the bed is in.' })
  async unit(@Root() bed: Bed, @Ctx() { loaders }: Context): Promise<Unit> {
    return (await loaders.byId(Unit).load(bed.unit.id))!;
  }

  @FieldResolver(() => Boolean, { description: 'True when the bed cannot be used at the moment (blocked capacity).' })
  blocked(@Root() bed: Bed): boolean {
    return bed.blockedReason != null;
  }

  @FieldResolver(() => Stay, { nullable: true, description: 'Who sleeps in the bed today; null when it is free.' })
  async currentStay(@Root() bed: Bed, @Ctx() { loaders, today }: Context): Promise<Stay | null> {
    const stays = await loaders
      .manyBy(Stay, 'bed', { name: `current@${today}`, where: coversDay('startsOn', 'endsOn', today) })
      .load(bed.id);
    return stays[0] ?? null;
  }

  @FieldResolver(() => StayConnection, { description: 'All stays in this bed, oldest first.' })
  stays(@Root() bed: Bed, @Args() page: PageArgs, @Ctx() { loaders }: Context) {
    const sort: KeysetSort<Stay> = {
      column: 'c.starts_on',
      valueOf: (s) => s.startsOn,
      direction: 'ASC',
      nullable: false,
    };
    return loaders.pageBy(Stay, 'bed', sort, page).load(bed.id);
  }
}

@Resolver(() => Stay)
export class StayResolver {
  @FieldResolver(() => Person, { description: 'The person staying.' })
  async person(@Root() stay: Stay, @Ctx() { loaders }: Context): Promise<Person> {
    return (await loaders.byId(Person).load(stay.person.id))!;
  }

  @FieldResolver(() => Bed, { description: 'The bed.' })
  async bed(@Root() stay: Stay, @Ctx() { loaders }: Context): Promise<Bed> {
    return (await loaders.byId(Bed).load(stay.bed.id))!;
  }
}
