import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Matches } from 'class-validator';
import { VolunteerGroupFormat } from './volunteers.enums';

@InputType({ description: 'Narrows a list of volunteers; all given conditions must hold.' })
export class VolunteerFilter {
  @Field(() => [String], { nullable: true, description: 'Only volunteers who speak all these languages (ISO 639-1).' })
  @IsOptional()
  @ArrayMaxSize(10)
  @Matches(/^[a-z]{2}$/, { each: true, message: 'each language must be an ISO 639-1 code such as "ar"' })
  languages?: string[];

  @Field(() => ID, { nullable: true, description: 'Only members of this volunteer group.' })
  groupId?: string;

  @Field(() => VolunteerGroupFormat, { nullable: true, description: 'Only members of a group in this format.' })
  groupFormat?: VolunteerGroupFormat;

  @Field(() => String, { nullable: true, description: 'Only volunteers with this skill.' })
  skill?: string;

  @Field(() => String, { nullable: true, description: 'Only volunteers available in this slot, e.g. "MON_MORNING".' })
  availableIn?: string;
}
