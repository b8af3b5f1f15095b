import { startTestHub, type TestHub } from '../support/hub';
import { Builders } from '../support/builders';
import { configureCursorSecrets, openCursor, sealCursor } from '../../src/graph/relay/cursor';
import { cursorSecrets } from '../../src/auth/auth-settings';
import { loadConfig } from '../../src/config';
import { Role } from '../../src/auth/roles';

/** Cursors are sealed: they carry no readable value, cannot be forged, and belong to one order. */

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub({ today: '2026-11-25' });
  const build = new Builders(hub.orm);
  for (const communalSince of ['2015-10-29', '2019-03-01', '2024-06-30']) await build.household(1, { communalSince });
  const district = await build.area('Schinkel');
  for (const grossColdRentCents of [21600, 48000, 61000]) await build.offer(district, { grossColdRentCents });
});
afterAll(() => hub.close());

const BY_COMMUNAL_SINCE = `query($after: String) {
  households(first: 1, after: $after, orderBy: { field: COMMUNAL_SINCE, direction: ASC }) {
    nodes { communalSince } pageInfo { endCursor }
  }
}`;
const BY_ARRIVAL = `query($after: String) {
  households(first: 1, after: $after, orderBy: { field: ARRIVED_ON, direction: ASC }) { nodes { id } pageInfo { endCursor } }
}`;

const plain = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

test('a cursor reveals neither the sort value nor the row ID', async () => {
  const { households } = await hub.data(BY_COMMUNAL_SINCE);
  expect(households.nodes).toEqual([{ communalSince: '2015-10-29' }]);
  const decoded = Buffer.from(households.pageInfo.endCursor, 'base64url').toString('latin1');
  expect(decoded).not.toContain('2015-10-29');
  expect(decoded).not.toMatch(/,\d+\]/);
  const { apartmentOffers } = await hub.data(
    `{ apartmentOffers(first: 1, orderBy: { field: GROSS_COLD_RENT, direction: ASC }) { pageInfo { endCursor } } }`,
    {},
    { role: Role.HOUSING_OFFICER },
  );
  expect(Buffer.from(apartmentOffers.pageInfo.endCursor, 'base64url').toString('latin1')).not.toContain('21600');
});

test('the same position always gives the same cursor, and pages continue from it', async () => {
  const first = await hub.data(BY_COMMUNAL_SINCE);
  expect((await hub.data(BY_COMMUNAL_SINCE)).households.pageInfo.endCursor).toBe(first.households.pageInfo.endCursor);
  const second = await hub.data(BY_COMMUNAL_SINCE, { after: first.households.pageInfo.endCursor });
  expect(second.households.nodes).toEqual([{ communalSince: '2019-03-01' }]);
});

describe('a cursor the hub did not issue for this order is BAD_USER_INPUT naming `after`', () => {
  const expectRefused = async (query: string, after: string) => {
    const response = await hub.request(query, { after });
    expect(response.data?.households ?? null).toBeNull();
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0]).toMatchObject({
      message: 'The cursor is not valid for this connection.',
      extensions: { code: 'BAD_USER_INPUT', field: 'after' },
    });
  };

  test.each([
    ['a huge number for a date', plain([1e308, 1])],
    ['an impossible date', plain(['2026-13-45', 1])],
    ['a fractional ID', plain(['2020-01-01', 1.5])],
    ['an object', plain({ value: 1 })],
    ['a string', plain('x')],
    ['null', plain(null)],
    ['three elements', plain(['2020-01-01', 1, 2])],
    ['not base64 at all', '%%%'],
    ['empty', ''],
    ['random bytes', Buffer.alloc(64, 7).toString('base64url')],
  ])('forged: %s', async (_name, cursor) => {
    await expectRefused(BY_ARRIVAL, cursor);
    await expectRefused(BY_COMMUNAL_SINCE, cursor);
  });

  test('tampered: one byte of a real cursor changed', async () => {
    const cursor: string = (await hub.data(BY_ARRIVAL)).households.pageInfo.endCursor;
    const bytes = Buffer.from(cursor, 'base64url');
    bytes[bytes.length - 1] ^= 1;
    await expectRefused(BY_ARRIVAL, bytes.toString('base64url'));
  });

  test('a real cursor of another order', async () => {
    const cursor: string = (await hub.data(BY_COMMUNAL_SINCE)).households.pageInfo.endCursor;
    await expectRefused(BY_ARRIVAL, cursor);
  });
});

describe('secrets', () => {
  const anyPosition = (_value: unknown): _value is unknown => true;
  const [oldSecret, newSecret] = ['o'.repeat(32), 'n'.repeat(32)];

  afterAll(() => configureCursorSecrets([newSecret]));

  test('after a rotation, cursors of the previous secret still open while it stays configured', () => {
    configureCursorSecrets([oldSecret]);
    const cursor = sealCursor('scope', [1, 2]);
    configureCursorSecrets([newSecret, oldSecret]);
    expect(openCursor('scope', cursor, anyPosition)).toEqual([1, 2]);
    expect(sealCursor('scope', [1, 2])).not.toBe(cursor);
    configureCursorSecrets([newSecret]);
    expect(() => openCursor('scope', cursor, anyPosition)).toThrow('The cursor is not valid for this connection.');
  });

  test('the secrets come from CURSOR_SECRET and CURSOR_SECRET_PREVIOUS; production refuses to start without one', () => {
    const demo = { kind: 'secret', secret: 'd'.repeat(40), demo: true } as const;
    expect(
      cursorSecrets(
        loadConfig({ CURSOR_SECRET: newSecret, CURSOR_SECRET_PREVIOUS: `${oldSecret}, ${'p'.repeat(32)}` }),
        demo,
      ),
    ).toEqual([newSecret, oldSecret, 'p'.repeat(32)]);
    expect(cursorSecrets(loadConfig({}), demo)).toEqual([demo.secret]);
    expect(() =>
      cursorSecrets(loadConfig({ NODE_ENV: 'production', AUTH_JWT_SECRET: 'x'.repeat(40) }), { ...demo, demo: false }),
    ).toThrow(/without CURSOR_SECRET/);
    expect(() => loadConfig({ CURSOR_SECRET: 'short' })).toThrow(/CURSOR_SECRET/);
  });
});
