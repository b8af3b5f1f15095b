import type { Server } from 'node:http';
import type { Logger } from '../graph/logger';

export interface Stoppable {
  /** Readiness fails and responses close their connections from now on. */
  setDraining(): void;
  stop(): Promise<void>;
}

/**
 * Handles SIGINT and SIGTERM once for the whole process: stops accepting connections, lets in-flight
 * requests finish (at most `timeoutMs`, then their connections are cut), then stops the hub and closes
 * the database. A second signal while draining changes nothing.
 */
export function stopGracefullyOnSignals(server: Server, parts: Stoppable[], logger: Logger, timeoutMs: number): void {
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, timeoutMs }, 'shutting down: finishing in-flight requests');
    for (const part of parts) part.setDraining();
    const drained = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const deadline = setTimeout(() => {
      logger.warn('shutdown timeout reached: closing the remaining connections');
      server.closeAllConnections();
    }, timeoutMs);
    await drained;
    clearTimeout(deadline);
    for (const part of parts) await part.stop();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', (signal) => void stop(signal));
  process.on('SIGTERM', (signal) => void stop(signal));
}
