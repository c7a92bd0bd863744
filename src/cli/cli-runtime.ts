import type { ActionContext, Log } from '../actions/action-context.js';
import type { Config, ConfigOverrides } from '../config.js';
import type { Actor } from '../domain/permissions.js';

/** What a one-shot command gets: action contexts on an open database. */
export interface CliSession {
  config: Config;
  log: Log;
  context(user: Actor | null): ActionContext;
  /** Start the HTTP server on the configured host and port. */
  serve(): Promise<RunningSite>;
  close(): Promise<void>;
}

export interface RunningSite {
  url: string;
  close(): Promise<void>;
}

/**
 * The composition root hands the CLI these capabilities, so commands reach
 * the database only through actions and never import the store.
 */
export interface CliRuntime {
  loadConfig(overrides: ConfigOverrides): Config;
  /** `isServer`: the session will serve requests and should hear other app nodes' writes. */
  open(config: Config, options: { migrate: boolean; isServer?: boolean }): Promise<CliSession>;
}

/** Where commands print: the process's streams in production, buffers in tests. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}
