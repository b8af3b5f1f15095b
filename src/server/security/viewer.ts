import type { Request } from 'express';
import type { Viewer } from '../../auth/viewer';

/** What the security layer needs of a caller (src/auth/viewer.ts); without one a caller is anonymous. */
export type CallerIdentity = Pick<Viewer, 'kind' | 'id'> | { kind: 'anonymous'; id: '' };

/** What the security plugins read from the GraphQL context. */
export interface ViewerContext {
  viewer?: Pick<Viewer, 'kind' | 'id'>;
}

/** An Express request once authentication has run (src/server/app.ts sets `req.viewer`). */
export type RequestWithViewer = Request & { viewer?: Viewer };

/** The caller of a context; a context without a viewer (unit tests of the plugins) is anonymous. */
export function viewerOf(context: ViewerContext | undefined): CallerIdentity {
  return context?.viewer ?? { kind: 'anonymous', id: '' };
}

/** The rate-limit bucket of a request: its viewer, or its IP address when there is none. */
export function rateLimitKey(req: RequestWithViewer): string {
  const viewer = req.viewer;
  if (viewer) return `${viewer.kind}:${viewer.id}`;
  return `ip:${req.ip ?? req.socket.remoteAddress ?? 'unknown'}`;
}
