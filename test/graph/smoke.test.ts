import { startTestHub, type TestHub } from '../support/hub';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub({ today: '2026-11-25' });
});
afterAll(() => hub.close());

test('an empty city has no households', async () => {
  const data = await hub.data(
    '{ households(first: 5) { totalCount nodes { id reference } pageInfo { hasNextPage } } }',
  );
  expect(data.households).toEqual({ totalCount: 0, nodes: [], pageInfo: { hasNextPage: false } });
});
