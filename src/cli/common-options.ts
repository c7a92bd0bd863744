import { type Command, InvalidArgumentError } from 'commander';
import type { ConfigOverrides } from '../config.js';

export interface CommonOptions {
  dataDir?: string;
  databaseUrl?: string;
}

/** Options every database command accepts; they override IMPRINT_* variables. */
export function withDatabaseOptions(command: Command): Command {
  return command
    .option('--data-dir <dir>', 'data directory (IMPRINT_DATA_DIR, default ./data)')
    .option('--database-url <url>', 'database server URL (IMPRINT_DATABASE_URL); omit for the embedded database');
}

export function databaseOverrides(options: CommonOptions): ConfigOverrides {
  return {
    ...(options.dataDir !== undefined ? { IMPRINT_DATA_DIR: options.dataDir } : {}),
    ...(options.databaseUrl !== undefined ? { IMPRINT_DATABASE_URL: options.databaseUrl } : {}),
  };
}

export function parsePort(value: string): string {
  if (!/^\d+$/.test(value) || Number(value) > 65535) {
    throw new InvalidArgumentError(`"${value}" is not a port number (0-65535; 0 picks a free port)`);
  }
  return value;
}
