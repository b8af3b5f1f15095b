import type { Request } from 'express';

/** Who sends a request. Authentication provides it; until then every request is anonymous. */
export interface Viewer {
  kind: 'user' | 'apiKey' | 'anonymous';
  id: string;
}

/** What the security plugins read from the GraphQL context: the viewer, when authentication set one. */
export interface ViewerContext {
  viewer?: Viewer;
}

/** An Express request once authentication has run (it sets `req.viewer`). */
export type RequestWithViewer = Request & { viewer?: Viewer };

/** The viewer of a context; a context without one is anonymous. */
export function viewerOf(context: ViewerContext | undefined): Viewer {
  return context?.viewer ?? { kind: 'anonymous', id: '' };
}

/** The rate-limit bucket of a request: its viewer, or its IP address when anonymous. */
export function rateLimitKey(req: RequestWithViewer): string {
  const viewer = req.viewer;
  if (viewer && viewer.kind !== 'anonymous') return `${viewer.kind}:${viewer.id}`;
  return `ip:${req.ip ?? req.socket.remoteAddress ?? 'unknown'}`;
}
