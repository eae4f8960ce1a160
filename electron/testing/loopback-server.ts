import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Starts a test's stand-in for an outside service (OpenAI, a model host) on a
 * free port on 127.0.0.1 only, and closes it with any keep-alive connections.
 */
export async function listenOnLoopback(server: Server): Promise<{ origin: string; close: () => Promise<void> }> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
