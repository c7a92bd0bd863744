import type { Hono } from 'hono';

export const ORIGIN = 'https://imprint.test';

/**
 * A browser for the back office, in process (`app.request`, no sockets):
 * keeps cookies like a browser, sends forms as browsers do (urlencoded, with
 * Origin and Sec-Fetch-Site), and finds the CSRF token in the last page.
 */
export class AdminBrowser {
  readonly cookies = new Map<string, string>();
  lastHtml = '';

  constructor(private readonly app: Hono, private readonly origin = ORIGIN) {}

  private remember(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      if (/;\s*Max-Age=0/i.test(line) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  async request(method: string, path: string, init: { body?: string; headers?: Record<string, string> } = {}): Promise<Response> {
    const headers: Record<string, string> = { ...init.headers };
    if (this.cookies.size) headers.cookie = this.cookieHeader();
    const response = await this.app.request(`${this.origin}${path}`, { method, headers, ...(init.body !== undefined ? { body: init.body } : {}) });
    this.remember(response);
    if ((response.headers.get('content-type') ?? '').includes('text/html')) this.lastHtml = await response.clone().text();
    return response;
  }

  get(path: string): Promise<Response> {
    return this.request('GET', path, { headers: { 'sec-fetch-site': 'same-origin' } });
  }

  /** The `_csrf` value of the last page's first form (a GET of `from` first when given). */
  async csrfToken(from?: string): Promise<string> {
    if (from) await this.get(from);
    const match = /name="_csrf" value="([^"]+)"/.exec(this.lastHtml);
    if (!match?.[1]) throw new Error('No CSRF field on the last page');
    return match[1];
  }

  /** Submit a form. `csrf`: a token, or 'auto' to take it from the page `from` (default: the last page). */
  async post(path: string, fields: Record<string, string>, options: { csrf?: string | 'auto' | null; from?: string; headers?: Record<string, string> } = {}): Promise<Response> {
    const body = new URLSearchParams(fields);
    const csrf = options.csrf === undefined || options.csrf === 'auto' ? await this.csrfToken(options.from) : options.csrf;
    if (csrf !== null) body.set('_csrf', csrf);
    return this.request('POST', path, {
      body: body.toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: this.origin, 'sec-fetch-site': 'same-origin', ...options.headers },
    });
  }

  async signIn(email: string, password: string): Promise<Response> {
    return this.post('/admin/sign-in', { email, password, next: '/admin' }, { from: '/admin/sign-in' });
  }
}
