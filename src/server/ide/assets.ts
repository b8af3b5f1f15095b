import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { projectRoot } from './project-root';

/** A file the IDE page loads from the hub itself (no CDN: the IDE must work without internet access). */
export interface IdeAsset {
  name: string;
  path: string;
}

/** A file inside an installed package; via package.json because the packages' exports hide the UMD files. */
function packageFile(packageName: string, file: string): string {
  return join(dirname(require.resolve(`${packageName}/package.json`)), file);
}

/** The browser side of the IDE lives next to this module as plain files; tsc does not copy them to dist. */
function ownFile(file: string): string {
  return join(projectRoot(), 'src', 'server', 'ide', file);
}

/** Scripts in load order (React before ReactDOM before GraphiQL before our bootstrap), then styles. */
export const ideScripts = ['react.production.min.js', 'react-dom.production.min.js', 'graphiql.min.js', 'ide.js'];
export const ideStyles = ['graphiql.min.css', 'ide.css'];

export function ideAssets(): { files: Map<string, IdeAsset>; version: string } {
  const paths: Record<string, string> = {
    'react.production.min.js': packageFile('react', 'umd/react.production.min.js'),
    'react-dom.production.min.js': packageFile('react-dom', 'umd/react-dom.production.min.js'),
    'graphiql.min.js': packageFile('graphiql', 'graphiql.min.js'),
    'graphiql.min.css': packageFile('graphiql', 'graphiql.min.css'),
    'ide.js': ownFile('ide.js'),
    'ide.css': ownFile('ide.css'),
  };
  // The URLs carry a hash of the contents, so browsers may cache them for a year and still see upgrades.
  const hash = createHash('sha256');
  const files = new Map<string, IdeAsset>();
  for (const [name, path] of Object.entries(paths)) {
    hash.update(readFileSync(path));
    files.set(name, { name, path });
  }
  return { files, version: hash.digest('hex').slice(0, 12) };
}
