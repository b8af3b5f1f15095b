import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../auth/context';
import { RecordAppointmentInput, RecordAppointmentPayload } from './appointment.inputs';
import { recordAppointment } from './appointment.service';

@Resolver()
export class AppointmentMutationResolver {
  @Mutation(() => RecordAppointmentPayload, {
    description: 'Records an appointment of a household, with an interpreter language if needed.',
  })
  async recordAppointment(
    @Arg('input', () => RecordAppointmentInput, { description: 'The appointment.' }) input: RecordAppointmentInput,
    @Ctx() { em }: Context,
  ): Promise<RecordAppointmentPayload> {
    return { appointment: await recordAppointment(em, input) };
  }
}
