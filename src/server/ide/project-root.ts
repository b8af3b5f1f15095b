import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The repository folder (holding package.json and schema/). Found by walking up because this file
 * runs from src/server/ide under ts-jest and from dist/src/server/ide after the build.
 */
export function projectRoot(from: string = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'schema'))) return dir;
    if (dirname(dir) === dir) throw new Error(`No project root (package.json next to schema/) above ${from}.`);
  }
}
