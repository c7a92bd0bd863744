import { resolve } from 'node:path';
import { z } from 'zod';

/**
 * Configuration comes from the environment (IMPRINT_*), validated once at
 * start-up; CLI flags may override single values. Every bad value is
 * reported at once, each with the variable's name.
 */
export interface Config {
  dataDir: string;
  /** `postgres://...` for PostgreSQL; null for the embedded SQLite file in dataDir. */
  databaseUrl: string | null;
  host: string;
  port: number;
  baseUrl: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  isPageCacheEnabled: boolean;
  /** The repository's contact in OAI-PMH Identify and the depositor e-mail of Crossref deposits. */
  adminEmail: string | null;
  /** `smtp://` or `smtps://` server for outgoing mail; null writes mail to `$dataDir/outbox/`. */
  smtpUrl: string | null;
  /** From header of outgoing mail; null: the site's name at no-reply@ the base URL's host. */
  mailFrom: string | null;
  /** Behind a reverse proxy: take the client's address from the last X-Forwarded-For entry. */
  isBehindProxy: boolean;
}

const schema = z.object({
  IMPRINT_DATA_DIR: z.string().trim().min(1, 'must not be empty').default('./data'),
  IMPRINT_DATABASE_URL: z.string().trim()
    .refine((v) => v === '' || /^postgres(ql)?:\/\/[^\s]+$/.test(v), 'must be a postgres:// URL, or unset for the embedded SQLite database')
    .optional(),
  IMPRINT_HOST: z.string().trim().min(1, 'must not be empty').default('127.0.0.1'),
  IMPRINT_PORT: z.string().trim().default('3000')
    .refine((v) => /^\d+$/.test(v) && Number(v) <= 65535, 'must be a port number from 0 to 65535 (0 picks a free port)')
    .transform(Number),
  IMPRINT_BASE_URL: z.string().trim()
    .refine((v) => /^https?:\/\/[^\s/]+(\/[^\s]*)?$/.test(v), 'must be an absolute http(s) URL such as https://www.example.org')
    .optional(),
  IMPRINT_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  IMPRINT_PAGE_CACHE: z.enum(['on', 'off']).default('on'),
  IMPRINT_ADMIN_EMAIL: z.string().trim()
    .refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), 'must be an e-mail address such as webmaster@example.org')
    .optional(),
  IMPRINT_SMTP_URL: z.string().trim()
    .refine((v) => v === '' || /^smtps?:\/\/[^\s/?#]+\/?(\?\S*)?$/.test(v), 'must be an smtp:// or smtps:// URL such as smtp://user:password@mail.example.org:587, or unset to write mail to the outbox folder')
    .optional(),
  IMPRINT_MAIL_FROM: z.string().trim()
    .refine((v) => v === '' || /^[^<>@\s]+@[^<>@\s]+$|^[^<>]*<[^<>@\s]+@[^<>@\s]+>$/.test(v), 'must be an address such as no-reply@example.org or "Institute <no-reply@example.org>"')
    .optional(),
  IMPRINT_TRUST_PROXY: z.enum(['on', 'off']).default('off'),
});

export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

export type ConfigOverrides = Partial<Record<keyof z.input<typeof schema>, string | undefined>>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: ConfigOverrides = {}): Config {
  const input: Record<string, string | undefined> = {};
  for (const key of Object.keys(schema.shape)) {
    const value = overrides[key as keyof ConfigOverrides] ?? env[key];
    if (value !== undefined) input[key] = value;
  }
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((issue) => {
      const key = String(issue.path[0] ?? '');
      return `${key}=${JSON.stringify(input[key] ?? '')}: ${issue.message}`;
    }));
  }
  const v = result.data;
  const baseUrl = (v.IMPRINT_BASE_URL ?? `http://${v.IMPRINT_HOST}:${v.IMPRINT_PORT}`).replace(/\/+$/, '');
  return {
    dataDir: resolve(v.IMPRINT_DATA_DIR),
    databaseUrl: v.IMPRINT_DATABASE_URL ? v.IMPRINT_DATABASE_URL : null,
    host: v.IMPRINT_HOST,
    port: v.IMPRINT_PORT,
    baseUrl,
    logLevel: v.IMPRINT_LOG_LEVEL,
    isPageCacheEnabled: v.IMPRINT_PAGE_CACHE === 'on',
    adminEmail: v.IMPRINT_ADMIN_EMAIL ? v.IMPRINT_ADMIN_EMAIL : null,
    smtpUrl: v.IMPRINT_SMTP_URL ? v.IMPRINT_SMTP_URL : null,
    mailFrom: v.IMPRINT_MAIL_FROM ? v.IMPRINT_MAIL_FROM : null,
    isBehindProxy: v.IMPRINT_TRUST_PROXY === 'on',
  };
}
