import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { silentLogger } from '../logger';
import { createServices, type Services } from '../services';

/** Real services over a throwaway data folder, for tests. */
export function tempServices(transport: 'electron' | 'web' = 'web'): Services & { dispose(): void } {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-test-'));
  const services = createServices({ dataDir, transport, version: '0.0.0-test', logger: silentLogger });
  return {
    ...services,
    dispose() {
      services.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
