import { afterEach, vi } from 'vitest';
import { expectEveryCallScripted } from './api/testing/fake-api';

// Every component test talks to the one typed fake API (see fake-api.ts), never to a transport.
vi.mock('./api/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./api/client')>()),
  api: (await import('./api/testing/fake-api')).apiUnderTest,
}));

afterEach(() => expectEveryCallScripted());
