import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCode, notFound, userError } from '../../graph/errors';
import { expectGlobalId } from '../../graph/relay/global-id';
import { Household } from '../people/household.entity';
import { ApartmentOffer } from '../housing/apartment-offer.entity';
import { Appointment } from './appointment.entity';
import { AppointmentKind } from './appointments.enums';
import { RecordAppointmentInput } from './appointment.inputs';

export async function recordAppointment(em: EntityManager, input: RecordAppointmentInput): Promise<Appointment> {
  const householdId = expectGlobalId(input.householdId, 'Household', 'input.householdId');
  if (input.kind === AppointmentKind.ACCOMPANIMENT) {
    throw userError(
      ErrorCode.BAD_USER_INPUT,
      'ACCOMPANIMENT is how health-related appointments are shown; record the actual kind.',
      'input.kind',
    );
  }
  const isViewing = input.kind === AppointmentKind.FLAT_VIEWING;
  if (isViewing !== Boolean(input.apartmentOfferId)) {
    throw userError(
      ErrorCode.BAD_USER_INPUT,
      isViewing ? 'A flat viewing names the flat.' : 'Only a flat viewing names a flat.',
      'input.apartmentOfferId',
    );
  }
  const offerId = input.apartmentOfferId
    ? expectGlobalId(input.apartmentOfferId, 'ApartmentOffer', 'input.apartmentOfferId')
    : null;
  return em.transactional(async (tx) => {
    const household = await tx.findOne(Household, householdId);
    if (!household) throw notFound('Household', 'input.householdId');
    const apartment = offerId ? await tx.findOne(ApartmentOffer, offerId) : null;
    if (offerId && !apartment) throw notFound('ApartmentOffer', 'input.apartmentOfferId');
    return tx.create(Appointment, {
      household,
      kind: input.kind,
      startsAt: input.startsAt,
      location: input.location,
      interpreterLanguage: input.interpreterLanguage ?? null,
      apartment,
    });
  });
}
