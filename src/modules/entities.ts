import { Household } from './people/household.entity';
import { Person } from './people/person.entity';
import { LegalStatus } from './people/legal-status.entity';
import { Occupation } from './people/occupation.entity';
import { PersonLanguage } from './people/person-language.entity';
import { Need } from './people/need.entity';
import { Site } from './accommodation/site.entity';
import { Unit } from './accommodation/unit.entity';
import { Bed } from './accommodation/bed.entity';
import { Stay } from './accommodation/stay.entity';
import { ApartmentOffer } from './housing/apartment-offer.entity';
import { Tenancy } from './housing/tenancy.entity';
import { Provider } from './providers/provider.entity';
import { ProviderService } from './providers/provider-service.entity';
import { CaseAssignment } from './providers/case-assignment.entity';
import { Consent } from './providers/consent.entity';
import { Volunteer } from './volunteers/volunteer.entity';
import { VolunteerGroup } from './volunteers/volunteer-group.entity';
import { VolunteerGroupMembership } from './volunteers/volunteer-group-membership.entity';
import { VolunteerAssignment } from './volunteers/volunteer-assignment.entity';
import { Appointment } from './appointments/appointment.entity';
import { Area } from './demography/area.entity';
import { ApiKey } from '../auth/api-key.entity';
import { AuditEvent } from './audit/audit-event.entity';
import { DemographicObservation } from './demography/demographic-observation.entity';
import { PublishedCatalogue } from './planning/published-catalogue.entity';
import { CaseworkerDecision } from './planning/caseworker-decision.entity';

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
