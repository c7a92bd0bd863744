import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration', () => {
  it('defaults to the embedded database in ./data on 127.0.0.1:3000', () => {
    const config = loadConfig({});
    expect(config.databaseUrl).toBeNull();
    expect(config.dataDir).toMatch(/\/data$/);
    expect(config).toMatchObject({ host: '127.0.0.1', port: 3000, baseUrl: 'http://127.0.0.1:3000', isPageCacheEnabled: true });
  });

  it('takes a server database URL, a base URL without trailing slash, and CLI overrides', () => {
    const config = loadConfig(
      { IMPRINT_DATABASE_URL: 'postgres://app@db.internal/imprint', IMPRINT_BASE_URL: 'https://www.example.org/' },
      { IMPRINT_PORT: '8080' },
    );
    expect(config).toMatchObject({ databaseUrl: 'postgres://app@db.internal/imprint', baseUrl: 'https://www.example.org', port: 8080 });
  });

  it('reports every bad value at once, each with its variable', () => {
    let error: unknown;
    try {
      loadConfig({ IMPRINT_PORT: 'eighty', IMPRINT_DATABASE_URL: 'mysql://x', IMPRINT_BASE_URL: 'example.org', IMPRINT_LOG_LEVEL: 'loud' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toContain('IMPRINT_PORT="eighty": must be a port number');
    expect(problems).toContain('IMPRINT_DATABASE_URL="mysql://x": must be a postgres:// URL');
    expect(problems).toContain('IMPRINT_BASE_URL="example.org": must be an absolute http(s) URL');
    expect(problems).toContain('IMPRINT_LOG_LEVEL="loud"');
  });
});
