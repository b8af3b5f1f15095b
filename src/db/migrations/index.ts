import { Migration20261125000000InitialModel } from './Migration20261125000000InitialModel';
import { Migration20261125020000PriorityAndDecisions } from './Migration20261125020000PriorityAndDecisions';
import { Migration20261125030000AccessControl } from './Migration20261125030000AccessControl';
import { Migration20261202000000MinimalAudit } from './Migration20261202000000MinimalAudit';
import { Migration20261202010000Idempotency } from './Migration20261202010000Idempotency';
import { Migration20261202100000LegalStatusHistory } from './Migration20261202100000LegalStatusHistory';
import { Migration20261202110000OccupationDetails } from './Migration20261202110000OccupationDetails';
import { Migration20261202120000NeedsAssessment } from './Migration20261202120000NeedsAssessment';

/** Migrations in the order they apply. Add new ones at the end; never edit an applied one. */
export const migrationsList = [
  { name: 'Migration20261125000000InitialModel', class: Migration20261125000000InitialModel },
  { name: 'Migration20261125020000PriorityAndDecisions', class: Migration20261125020000PriorityAndDecisions },
  { name: 'Migration20261125030000AccessControl', class: Migration20261125030000AccessControl },
  { name: 'Migration20261202000000MinimalAudit', class: Migration20261202000000MinimalAudit },
  { name: 'Migration20261202010000Idempotency', class: Migration20261202010000Idempotency },
  { name: 'Migration20261202100000LegalStatusHistory', class: Migration20261202100000LegalStatusHistory },
  { name: 'Migration20261202110000OccupationDetails', class: Migration20261202110000OccupationDetails },
  { name: 'Migration20261202120000NeedsAssessment', class: Migration20261202120000NeedsAssessment },
];
