import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { NodeEntity } from '../../graph/relay/node';
import { Volunteer } from './volunteer.entity';
import { VolunteerGroup } from './volunteer-group.entity';

/** A volunteer's membership in a group (not a graph type: the graph shows volunteers ↔ groups). */
@Entity({ tableName: 'volunteer_group_membership' })
@Unique({ properties: ['volunteer', 'group'] })
export class VolunteerGroupMembership extends NodeEntity {
  @ManyToOne(() => Volunteer, { deleteRule: 'cascade' })
  volunteer!: Volunteer;

  @ManyToOne(() => VolunteerGroup, { deleteRule: 'cascade' })
  @Index()
  group!: VolunteerGroup;

  @Property({ type: 'date' })
  since!: string;
}
