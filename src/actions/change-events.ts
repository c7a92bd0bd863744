import type { ChangeEvents } from './action-context.js';

/** The bus behind ChangeEvents: `receive` delivers tags heard from other app nodes. */
export interface ChangeBus extends ChangeEvents {
  receive(tags: readonly string[]): void;
}

/**
 * In-process change events. `onEmit` sees local writes only (the composition
 * root forwards them to other nodes); `receive` delivers other nodes' writes
 * to local listeners without sending them out again.
 */
export function createChangeEvents(onEmit?: (tags: readonly string[]) => void): ChangeBus {
  const listeners = new Set<(tags: readonly string[]) => void>();
  const deliver = (tags: readonly string[]): void => {
    for (const listener of listeners) listener(tags);
  };
  return {
    emit(tags) {
      if (tags.length === 0) return;
      deliver(tags);
      onEmit?.(tags);
    },
    receive(tags) {
      if (tags.length > 0) deliver(tags);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
