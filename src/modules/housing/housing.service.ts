import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { ErrorCode, notFound, userError } from '../../graph/errors';
import { expectGlobalId } from '../../graph/relay/global-id';
import { isExclusionViolation } from '../../graph/database-errors';
import { Area } from '../demography/area.entity';
import { AreaKind } from '../demography/demography.enums';
import { lockHousehold } from '../people/household-lock';
import { Person } from '../people/person.entity';
import { Stay } from '../accommodation/stay.entity';
import { ApartmentOffer } from './apartment-offer.entity';
import { Tenancy } from './tenancy.entity';
import { OfferStatus } from './housing.enums';
import { MoveIntoApartmentInput, MoveIntoApartmentPayload, RecordApartmentOfferInput } from './housing.inputs';

export async function recordApartmentOffer(
  em: EntityManager,
  input: RecordApartmentOfferInput,
): Promise<ApartmentOffer> {
  const districtId = expectGlobalId(input.districtId, 'Area', 'input.districtId');
  return em.transactional(async (tx) => {
    const district = await tx.findOne(Area, districtId);
    if (!district) throw notFound('Area', 'input.districtId');
    if (district.kind !== AreaKind.DISTRICT) {
      throw userError(
        ErrorCode.BAD_USER_INPUT,
        'An offer belongs to a district, not to the whole city.',
        'input.districtId',
      );
    }
    const { districtId: _ignored, grossColdRent, ...fields } = input;
    return tx.create(ApartmentOffer, {
      ...fields,
      district,
      grossColdRentCents: Math.round(grossColdRent * 100),
      status: OfferStatus.OPEN,
    });
  });
}

/**
 * The move that the whole model exists for: the tenancy starts on the move-in date, every member's stay
 * ends that day (freeing the beds), the offer is taken and the household leaves communal accommodation.
 */
export async function moveIntoApartment(
  em: EntityManager,
  input: MoveIntoApartmentInput,
): Promise<MoveIntoApartmentPayload> {
  const householdId = expectGlobalId(input.householdId, 'Household', 'input.householdId');
  const offerId = expectGlobalId(input.apartmentOfferId, 'ApartmentOffer', 'input.apartmentOfferId');
  try {
    return await em.transactional(async (tx) => {
      const household = await lockHousehold(tx, householdId);
      if (!household) throw notFound('Household', 'input.householdId');
      // Locked so two households cannot take one flat at the same time.
      const offer = await tx.findOne(ApartmentOffer, offerId, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!offer) throw notFound('ApartmentOffer', 'input.apartmentOfferId');
      if (offer.status !== OfferStatus.OPEN) {
        throw userError(
          ErrorCode.CONFLICT,
          `The offer is ${offer.status.toLowerCase()}, not open.`,
          'input.apartmentOfferId',
        );
      }
      if (input.movesInOn < offer.availableFrom) {
        throw userError(
          ErrorCode.BAD_USER_INPUT,
          `The flat is available from ${offer.availableFrom}.`,
          'input.movesInOn',
        );
      }
      const members = await tx.find(Person, { household });
      const stays = await tx.find(Stay, {
        person: { $in: members.map((m) => m.id) },
        $or: [{ endsOn: null }, { endsOn: { $gt: input.movesInOn } }],
      });
      for (const stay of stays) {
        if (stay.startsOn >= input.movesInOn) tx.remove(stay);
        else stay.endsOn = input.movesInOn;
      }
      const tenancy = tx.create(Tenancy, { household, apartment: offer, movedInOn: input.movesInOn, endsOn: null });
      offer.status = OfferStatus.TAKEN;
      household.communalSince = null;
      await tx.flush();
      return { household, tenancy };
    });
  } catch (error) {
    if (isExclusionViolation(error, 'tenancy_household_no_overlap')) {
      throw userError(
        ErrorCode.CONFLICT,
        'The household already has a tenancy in that period; nothing was changed.',
        'input.householdId',
      );
    }
    if (isExclusionViolation(error, 'tenancy_apartment_no_overlap')) {
      throw userError(
        ErrorCode.CONFLICT,
        'The flat is let in that period; nothing was changed.',
        'input.apartmentOfferId',
      );
    }
    throw error;
  }
}
