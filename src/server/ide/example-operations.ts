import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './project-root';

/** One example operation from schema/operations, as offered in the IDE. */
export interface ExampleOperation {
  /** File name, e.g. "planner-site-overview.graphql". */
  file: string;
  /** The whole file, header comment included. */
  source: string;
  /** Who the example is for: the header's "# For:" line. */
  audience: string;
  /** Example variables (JSON text) from a "# Variables: {...}" header line, for operations without defaults. */
  variables?: string;
}

export function defaultOperationsDir(): string {
  return join(projectRoot(), 'schema', 'operations');
}

/** Reads every .graphql file, by file name. Read once at start-up; the files are not parsed here (tests validate them). */
export function loadExampleOperations(dir: string = defaultOperationsDir()): ExampleOperation[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const source = readFileSync(join(dir, file), 'utf8');
      return { file, source, audience: headerValue(source, 'For') ?? '', variables: headerValue(source, 'Variables') };
    });
}

/** The value of a "# Key: value" line in the leading comment block. */
export function headerValue(source: string, key: string): string | undefined {
  for (const line of source.split('\n')) {
    if (!line.startsWith('#')) break;
    const match = /^#\s*([A-Za-z]+):\s*(.*)$/.exec(line);
    if (match && match[1] === key) return match[2].trim();
  }
  return undefined;
}
