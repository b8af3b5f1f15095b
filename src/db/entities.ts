import { Household } from '../modules/people/household.entity';
import { Person } from '../modules/people/person.entity';
import { LegalStatus } from '../modules/people/legal-status.entity';
import { Occupation } from '../modules/people/occupation.entity';
import { PersonLanguage } from '../modules/people/person-language.entity';
import { Need } from '../modules/people/need.entity';
import { Site } from '../modules/accommodation/site.entity';
import { Unit } from '../modules/accommodation/unit.entity';
import { Bed } from '../modules/accommodation/bed.entity';
import { Stay } from '../modules/accommodation/stay.entity';
import { ApartmentOffer } from '../modules/housing/apartment-offer.entity';
import { Tenancy } from '../modules/housing/tenancy.entity';
import { Provider } from '../modules/providers/provider.entity';
import { ProviderService } from '../modules/providers/provider-service.entity';
import { CaseAssignment } from '../modules/providers/case-assignment.entity';
import { Consent } from '../modules/providers/consent.entity';
import { Volunteer } from '../modules/volunteers/volunteer.entity';
import { VolunteerGroup } from '../modules/volunteers/volunteer-group.entity';
import { VolunteerGroupMembership } from '../modules/volunteers/volunteer-group-membership.entity';
import { VolunteerAssignment } from '../modules/volunteers/volunteer-assignment.entity';
import { Appointment } from '../modules/appointments/appointment.entity';
import { Area } from '../modules/demography/area.entity';
import { ApiKey } from '../auth/api-key.entity';
import { AuditEvent } from '../modules/audit/audit-event.entity';
import { DemographicObservation } from '../modules/demography/demographic-observation.entity';
import { PublishedCatalogue } from '../modules/planning/published-catalogue.entity';
import { CaseworkerDecision } from '../modules/planning/caseworker-decision.entity';

/** Every persisted entity; MikroORM discovers nothing by folder scanning, so this list is the model. */
export const entities = [
  Household,
  Person,
  LegalStatus,
  Occupation,
  PersonLanguage,
  Need,
  Site,
  Unit,
  Bed,
  Stay,
  ApartmentOffer,
  Tenancy,
  Provider,
  ProviderService,
  CaseAssignment,
  Consent,
  Volunteer,
  VolunteerGroup,
  VolunteerGroupMembership,
  VolunteerAssignment,
  Appointment,
  Area,
  DemographicObservation,
  ApiKey,
  AuditEvent,
  PublishedCatalogue,
  CaseworkerDecision,
];
