import express from 'express';
import type { AddressInfo } from 'node:net';
import { ideRouter } from '../../src/server/ide';
import { listen } from '../../src/server/app';
import { Role } from '../../src/auth/roles';

test('in demo mode a browser on the same machine gets one tab per audience with its headers filled in', async () => {
  const app = express();
  app.use(
    '/graphql',
    ideRouter({
      demoCredentials: [
        { role: Role.PLANNER, headers: { Authorization: 'Bearer demo-token', 'X-Lotse-Purpose': 'PLANNING' } },
      ],
    }),
  );
  const server = await listen(app, 0, '127.0.0.1');
  try {
    const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, {
      headers: { accept: 'text/html' },
    });
    const page = await response.text();
    const config = JSON.parse(
      /<script type="application\/json" id="lotse-ide-config">([^<]*)<\/script>/.exec(page)![1],
    );
    const demo = config.tabs.filter((t: { query: string }) => t.query.startsWith('# Demo: acting as PLANNER'));
    expect(demo).toHaveLength(1);
    expect(JSON.parse(demo[0].headers)).toEqual({ Authorization: 'Bearer demo-token', 'X-Lotse-Purpose': 'PLANNING' });
  } finally {
    server.close();
  }
});

test('without demo credentials there are no demo tabs', async () => {
  const app = express();
  app.use('/graphql', ideRouter());
  const server = await listen(app, 0, '127.0.0.1');
  try {
    const page = await (
      await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, {
        headers: { accept: 'text/html' },
      })
    ).text();
    expect(page).not.toContain('# Demo: acting as');
  } finally {
    server.close();
  }
});
