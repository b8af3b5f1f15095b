import type { OrmModel } from '../db/orm';
import { entities } from '../modules/entities';
import { AuditChangeSubscriber } from '../modules/audit/audit-change-subscriber';
import { IdempotencyRecorder } from './idempotency/idempotency-recorder';

/** The hub's model for the ORM: every entity, the audit of changes and the idempotency keys. */
export const hubModel: OrmModel = {
  entities,
  subscribers: () => [new AuditChangeSubscriber(), new IdempotencyRecorder()],
};
