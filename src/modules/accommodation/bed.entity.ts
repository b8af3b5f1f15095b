import { Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { NodeEntity } from '../../graph/relay/node';
import { Unit } from './unit.entity';

/** One bed: the unit of capacity. A blocked bed (repairs, quarantine) counts as blocked capacity. */
@Entity({ tableName: 'bed' })
@ObjectType({ implements: NodeEntity, description: 'One bed, the unit of capacity in communal accommodation.' })
export class Bed extends NodeEntity {
  @ManyToOne(() => Unit, { deleteRule: 'cascade' })
  @Index()
  unit!: Unit;

  @Property({ type: 'text' })
  @Field({ description: 'Label of the bed within its unit.' })
  label!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description:
      'Why the bed cannot be used (repairs, quarantine, …); null when it can. Blocked beds are blocked capacity.',
  })
  blockedReason?: string | null;
}
