import { openTestDatabase } from '../support/database';
import { Builders } from '../support/builders';
import { applyRetention } from '../../src/modules/retention/retention.service';
import { NeedCategory } from '../../src/modules/people/people.enums';
import type { Orm } from '../../src/db/orm';

const AS_OF = '2026-11-25';
let db: Awaited<ReturnType<typeof openTestDatabase>>;
let orm: Orm;
const ids = {} as Record<string, number>;

const count = async (sql: string, params: unknown[] = []) =>
  (await orm.em.getConnection().execute<{ n: number }[]>(`select count(*)::int as n from ${sql}`, params))[0].n;

beforeAll(async () => {
  db = await openTestDatabase();
  orm = db.orm;
  const build = new Builders(orm);
  const district = await build.area('Schinkel', await build.area('Osnabrück'));
  const provider = await build.provider();

  // Housed privately since 2019, no mandate since 2020: to be pseudonymised.
  const old = await build.household(2);
  await build.tenancy(old.household, await build.offer(district, { status: 'TAKEN' as never }), '2019-03-01');
  await build.mandate(provider, old.household, { from: '2019-01-01', until: '2020-06-30' });
  await build.need(old.people[0], NeedCategory.MENTAL_HEALTH, 'old diagnosis');
  // Housed recently: kept.
  const recent = await build.household(1);
  await build.tenancy(recent.household, await build.offer(district, { status: 'TAKEN' as never }), '2024-03-01');
  // A need that ended long ago, and one still holding.
  const current = await build.household(1);
  const endedNeed = await build.need(current.people[0], NeedCategory.PREGNANCY, 'ended');
  await orm.em.getConnection().execute(`update need set ends_on = '2024-01-01' where id = ?`, [endedNeed.id]);
  await build.need(current.people[0], NeedCategory.DISABILITY, 'holds');
  // A consent revoked five years ago, one revoked last year.
  const oldConsent = await build.consent(current.people[0], provider);
  const newConsent = await build.consent(current.people[0], provider);
  await orm.em
    .getConnection()
    .execute(`update consent set given_on = '2020-01-01', revoked_on = '2021-06-01' where id = ?`, [oldConsent.id]);
  await orm.em
    .getConnection()
    .execute(`update consent set given_on = '2024-01-01', revoked_on = '2025-06-01' where id = ?`, [newConsent.id]);
  Object.assign(ids, { oldPerson: old.people[0].id, recentPerson: recent.people[0].id, oldConsent: oldConsent.id });
});
afterAll(() => db.close());

test('a dry run counts what has expired and changes nothing', async () => {
  const before = await count('audit_event');
  const outcomes = await applyRetention(orm.em.fork(), { asOf: AS_OF, dryRun: true });
  expect(Object.fromEntries(outcomes.map((o) => [o.ruleId, o.count]))).toEqual({
    'needs-ended': 1,
    'appointments-past': 0,
    'consents-revoked': 1,
    'case-assignments-ended': 1,
    'people-housed-long-ago': 2,
  });
  expect(await count('audit_event')).toBe(before);
  expect(await count(`person where given_name = 'pseudonymised'`)).toBe(0);
});

test('expired records are deleted or pseudonymised, the rest stays, and each rule logs what it did', async () => {
  await applyRetention(orm.em.fork(), { asOf: AS_OF });
  expect(await count(`person where given_name = 'pseudonymised'`)).toBe(2);
  const [old] = await orm.em
    .getConnection()
    .execute(`select family_name, phone, religion, asylum_reasons, birth_date from person where id = ?`, [
      ids.oldPerson,
    ]);
  expect(old).toEqual({
    family_name: 'pseudonymised',
    phone: null,
    religion: null,
    asylum_reasons: null,
    birth_date: '1988-01-01',
  });
  expect(await count(`need where person_id = ?`, [ids.oldPerson])).toBe(0);
  expect(await count(`person where id = ? and given_name <> 'pseudonymised'`, [ids.recentPerson])).toBe(1);
  expect(await count(`need where details = 'ended'`)).toBe(0);
  expect(await count(`need where details = 'holds'`)).toBe(1);
  expect(await count(`consent where id = ?`, [ids.oldConsent])).toBe(0);
  expect(await count(`consent`)).toBe(1);

  const log = await orm.em
    .getConnection()
    .execute(
      `select entity_type, details, cardinality(entity_ids) as n from audit_event where action = 'RETENTION' order by id`,
    );
  expect(log.map((e: any) => [e.entity_type, e.details[0], e.n])).toEqual([
    ['Need', 'needs-ended', 1],
    ['Consent', 'consents-revoked', 1],
    ['CaseAssignment', 'case-assignments-ended', 1],
    ['Person', 'people-housed-long-ago', 2],
  ]);
});

test('running it again finds nothing more to do', async () => {
  const outcomes = await applyRetention(orm.em.fork(), { asOf: AS_OF });
  expect(outcomes.every((o) => o.count === 0)).toBe(true);
});
