/** Raw HTTP against the test hub, for what TestHub.request does not cover (headers, bodies, status). */
export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
  body: any;
}

/** A running hub; `headers` exists once authentication does (it signs a test token). */
export interface Target {
  url: string;
  headers?: () => Promise<Record<string, string>>;
}

/** The credentials of a request to `target` (none while the hub has no authentication), without content-type. */
export async function credentials(target: Target): Promise<Record<string, string>> {
  const { 'content-type': _contentType, ...rest } = (await target.headers?.()) ?? {};
  return rest;
}

/** Sends a request with the hub's credentials; `init.headers` (a plain object) add to them. */
export async function send(
  target: Target,
  init: RequestInit & { headers?: Record<string, string>; path?: string },
): Promise<RawResponse> {
  const response = await fetch(`${target.url}${init.path ?? ''}`, {
    ...init,
    headers: { ...(await credentials(target)), ...init.headers },
  });
  const text = await response.text();
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, headers: response.headers, text, body };
}

/** POSTs one operation as JSON (what every client does). */
export function postJson(target: Target, payload: unknown, headers: Record<string, string> = {}): Promise<RawResponse> {
  return send(target, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(payload),
  });
}

/** The codes of a GraphQL response's errors. */
export function codes(response: RawResponse): string[] {
  return (response.body?.errors ?? []).map((error: { extensions?: { code?: string } }) => error.extensions?.code);
}

/** The first error's message. */
export function message(response: RawResponse): string {
  return response.body?.errors?.[0]?.message ?? '';
}

/** `n` copies of a text joined by spaces. */
export function times(n: number, make: (i: number) => string): string {
  return Array.from({ length: n }, (_, i) => make(i)).join(' ');
}
