import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCode, notFound, userError } from '../../graph/errors';
import { expectGlobalId } from '../../graph/relay/global-id';
import { Household } from '../people/household.entity';
import { Appointment } from '../appointments/appointment.entity';
import { Volunteer } from './volunteer.entity';
import { VolunteerAssignment } from './volunteer-assignment.entity';
import { AssignVolunteerInput } from './volunteer-assignment.inputs';

export async function assignVolunteer(em: EntityManager, input: AssignVolunteerInput): Promise<VolunteerAssignment> {
  const volunteerId = expectGlobalId(input.volunteerId, 'Volunteer', 'input.volunteerId');
  if (Boolean(input.householdId) === Boolean(input.appointmentId)) {
    throw userError(
      ErrorCode.BAD_USER_INPUT,
      'Name either a household or an appointment, not both or neither.',
      'input.householdId',
    );
  }
  if (input.endsOn && input.endsOn < input.startsOn) {
    throw userError(ErrorCode.BAD_USER_INPUT, 'The assignment cannot end before it starts.', 'input.endsOn');
  }
  const householdId = input.householdId ? expectGlobalId(input.householdId, 'Household', 'input.householdId') : null;
  const appointmentId = input.appointmentId
    ? expectGlobalId(input.appointmentId, 'Appointment', 'input.appointmentId')
    : null;
  return em.transactional(async (tx) => {
    const volunteer = await tx.findOne(Volunteer, volunteerId);
    if (!volunteer) throw notFound('Volunteer', 'input.volunteerId');
    const household = householdId ? await tx.findOne(Household, householdId) : null;
    if (householdId && !household) throw notFound('Household', 'input.householdId');
    const appointment = appointmentId ? await tx.findOne(Appointment, appointmentId) : null;
    if (appointmentId && !appointment) throw notFound('Appointment', 'input.appointmentId');
    return tx.create(VolunteerAssignment, {
      volunteer,
      household,
      appointment,
      task: input.task,
      startsOn: input.startsOn,
      endsOn: input.endsOn ?? null,
    });
  });
}
