import type { ClassType, NonEmptyArray } from 'type-graphql';
import { NodeResolver } from '../modules/node/node.resolver';
import { HouseholdResolver } from '../modules/people/household.resolver';
import { OccupationResolver, PersonResolver } from '../modules/people/person.resolver';
import { SiteResolver } from '../modules/accommodation/site.resolver';
import { BedResolver, StayResolver, UnitResolver } from '../modules/accommodation/unit.resolver';
import { ApartmentOfferResolver, TenancyResolver } from '../modules/housing/apartment-offer.resolver';
import {
  CaseAssignmentResolver,
  ConsentResolver,
  ProviderResolver,
  ProviderServiceResolver,
} from '../modules/providers/provider.resolver';
import {
  VolunteerAssignmentResolver,
  VolunteerGroupResolver,
  VolunteerResolver,
} from '../modules/volunteers/volunteer.resolver';
import { AppointmentResolver } from '../modules/appointments/appointment.resolver';
import { AreaResolver, DemographicObservationResolver } from '../modules/demography/area.resolver';

import { ArrivalResolver } from '../modules/people/arrival.resolver';
import { PlacementResolver } from '../modules/accommodation/placement.resolver';
import { HousingMutationResolver } from '../modules/housing/housing.resolver';
import { CaseAssignmentMutationResolver } from '../modules/providers/case-assignment.resolver';
import { VolunteerAssignmentMutationResolver } from '../modules/volunteers/volunteer-assignment.resolver';
import { AppointmentMutationResolver } from '../modules/appointments/appointment-mutation.resolver';
import { HouseholdPlanningResolver } from '../modules/planning/graph/household-planning.resolver';
import { PersonPlanningResolver } from '../modules/planning/graph/person-planning.resolver';
import { PriorityQueueResolver } from '../modules/planning/graph/priority-queue.resolver';
import {
  MatchingResolver,
  MatchingResultResolver,
  MatchProposalResolver,
  UnmatchedHouseholdResolver,
} from '../modules/planning/graph/matching.resolver';
import { CatalogueResolver } from '../modules/planning/graph/catalogue.resolver';
import { ReasonResolver } from '../modules/planning/graph/reason.resolver';
import { CaseworkerDecisionResolver, DecisionMutationResolver } from '../modules/planning/graph/decision.resolver';

import { ApiKeyResolver } from '../auth/api-key.resolver';
import { AuditEventResolver } from '../modules/audit/audit.resolver';

import { StatisticsResolver } from '../modules/statistics/statistics.resolver';

/** Every resolver class of the graph. */
export const resolvers: NonEmptyArray<ClassType> = [
  NodeResolver,
  HouseholdResolver,
  PersonResolver,
  OccupationResolver,
  SiteResolver,
  UnitResolver,
  BedResolver,
  StayResolver,
  ApartmentOfferResolver,
  TenancyResolver,
  ProviderResolver,
  ProviderServiceResolver,
  CaseAssignmentResolver,
  ConsentResolver,
  VolunteerResolver,
  VolunteerGroupResolver,
  VolunteerAssignmentResolver,
  AppointmentResolver,
  AreaResolver,
  DemographicObservationResolver,
  ArrivalResolver,
  PlacementResolver,
  HousingMutationResolver,
  CaseAssignmentMutationResolver,
  VolunteerAssignmentMutationResolver,
  AppointmentMutationResolver,
  HouseholdPlanningResolver,
  PersonPlanningResolver,
  PriorityQueueResolver,
  MatchingResolver,
  MatchingResultResolver,
  MatchProposalResolver,
  UnmatchedHouseholdResolver,
  CatalogueResolver,
  DecisionMutationResolver,
  CaseworkerDecisionResolver,
  ReasonResolver,
  ApiKeyResolver,
  AuditEventResolver,
  StatisticsResolver,
];
