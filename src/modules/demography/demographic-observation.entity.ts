import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { NodeEntity } from '../../graph/relay/node';
import { Area } from './area.entity';
import { DemographicIndicator } from './demography.enums';

/** One value of the demographic profile: indicator × area × year. */
@Entity({ tableName: 'demographic_observation' })
@Unique({ properties: ['area', 'indicator', 'year'] })
@ObjectType({ implements: NodeEntity, description: 'One value of the demographic profile: indicator × area × year.' })
export class DemographicObservation extends NodeEntity {
  @ManyToOne(() => Area, { deleteRule: 'cascade' })
  area!: Area;

  @Enum({ items: () => DemographicIndicator })
  @Field(() => DemographicIndicator, { description: 'Which indicator.' })
  indicator!: DemographicIndicator;

  @Property({ type: 'smallint' })
  @Field(() => Int, { description: 'Reference year.' })
  year!: number;

  @Property({ type: 'double' })
  @Field(() => Float, { description: 'The value, in `unit`.' })
  value!: number;

  @Property({ type: 'text' })
  @Field({ description: 'Unit, e.g. "persons", "%", "per 1,000 inhabitants", "years".' })
  unit!: string;

  @Property({ type: 'text' })
  @Field({ description: 'Where the figure comes from, e.g. "Zensus 2022".' })
  source!: string;

  @Property({ type: 'boolean', default: false })
  @Field({ description: 'True for made-up demo figures (district level in the demo city): not real statistics.' })
  synthetic!: boolean;
}
