import { createServer, type Server } from 'node:http';
import { freePort, spawnHub, type SpawnedHub } from './spawn-hub';

/** With OTEL_EXPORTER_OTLP_ENDPOINT set, the built hub exports spans of HTTP, GraphQL and pg. */
let collector: Server;
const exported: string[] = [];
let hub: SpawnedHub;

beforeAll(async () => {
  const port = await freePort();
  collector = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      if (req.url === '/v1/traces') exported.push(body);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => collector.listen(port, '127.0.0.1', resolve));
  hub = await spawnHub({
    OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}`,
    OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
    OTEL_BSP_SCHEDULE_DELAY: '200',
  });
});
afterAll(async () => {
  await hub.close();
  await new Promise((resolve) => collector.close(resolve));
});

test('a GraphQL request is traced through HTTP, GraphQL and pg, without variable values (needs the build)', async () => {
  const query = 'query Sites($first: Int) { sites(first: $first) { totalCount } }';
  const response = await fetch(`${hub.base}/graphql`, {
    method: 'POST',
    headers: hub.headers,
    body: JSON.stringify({ query, variables: { first: 7 } }),
  });
  expect(response.status).toBe(200);
  const seen = (...parts: string[]) => parts.every((p) => exported.join('\n').includes(p));
  const wanted = ['"name":"query Sites"', '@opentelemetry/instrumentation-http', 'from \\"site\\"'];
  for (let i = 0; i < 50 && !seen(...wanted); i++) await new Promise((resolve) => setTimeout(resolve, 200));
  const spans = exported.join('\n');
  expect(spans).toContain('"stringValue":"lotse"'); // service.name
  for (const part of wanted) expect(spans).toContain(part);
  expect(spans).not.toContain('graphql.variables'); // values stay out (allowValues: false)
});
