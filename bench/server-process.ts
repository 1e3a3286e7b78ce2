// The server process of bench/server-load.mjs: the same startService as `asc-rules serve`, plus a channel for
// the benchmark to ask for the heap after a full garbage collection (node --expose-gc), which the command
// itself does not offer. Loopback only; it stops on SIGTERM like the command.
import { startService } from '../src/cli/serve.js';

const service = await startService({ port: 0, host: '127.0.0.1' });
process.stdout.write(`listening on ${service.url} \n`);
process.on('message', (message) => {
  if (message !== 'memory') return;
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  process.send?.({ heapUsed: m.heapUsed, rss: m.rss });
});
const stop = (): void => void service.close().then(() => process.exit(0));
process.once('SIGTERM', stop);
// If the benchmark dies, the channel closes and this process stops too: nothing is left listening.
process.once('disconnect', stop);
