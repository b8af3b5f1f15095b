import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { IsOptional, Length } from 'class-validator';
import { IsLanguageCode } from '../../graph/validators';
import { Appointment } from './appointment.entity';
import { AppointmentKind } from './appointments.enums';

@InputType({ description: 'An appointment of a household.' })
export class RecordAppointmentInput {
  @Field(() => ID, { description: 'The household.' })
  householdId!: string;

  @Field(() => AppointmentKind, { description: 'What it is for.' })
  kind!: AppointmentKind;

  @Field(() => DateTimeISOResolver, { description: 'When it starts.' })
  startsAt!: Date;

  @Field({ description: 'Where it takes place.' })
  @Length(1, 300)
  location!: string;

  @Field(() => String, { nullable: true, description: 'Language an interpreter is needed for (ISO 639-1).' })
  @IsOptional()
  @IsLanguageCode()
  interpreterLanguage?: string;

  @Field(() => ID, { nullable: true, description: 'The flat to view; only for FLAT_VIEWING, and required there.' })
  apartmentOfferId?: string;
}

@ObjectType({ description: 'Result of recording an appointment.' })
export class RecordAppointmentPayload {
  @Field(() => Appointment, { description: 'The new appointment.' })
  appointment!: Appointment;
}
