import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '..');
const eslint = new ESLint({ cwd: repoRoot });

async function restrictedImportMessages(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(repoRoot, file) });
  return result!.messages.filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message);
}

async function floorMessages(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(repoRoot, file) });
  return result!.messages.filter((m) => m.ruleId === 'boundaries/dependencies').map((m) => m.message);
}

// Type-aware ESLint takes many seconds to start on a busy two-core machine.
describe('process boundaries enforced by lint', { timeout: 120_000 }, () => {
  it('keeps electron out of services', async () => {
    const messages = await restrictedImportMessages(
      'electron/services.ts',
      "import { app } from 'electron';\nexport const a = app;\n",
    );
    expect(messages.join()).toContain('plain Node');
  });

  it('lets the shell import electron', async () => {
    expect(
      await restrictedImportMessages(
        'electron/shell/menu.ts',
        "import { app } from 'electron';\nexport const a = app;\n",
      ),
    ).toEqual([]);
  });

  it('lets the renderer import only the contract from electron/', async () => {
    const services = await restrictedImportMessages(
      'renderer/src/nav-items.ts',
      "import { createServices } from '../../electron/services';\nexport const s = createServices;\n",
    );
    expect(services.join()).toContain('only the contract');
    const contract = await restrictedImportMessages(
      'renderer/src/nav-items.ts',
      "import { calls } from '@contract';\nexport const c = calls;\n",
    );
    expect(contract).toEqual([]);
  });

  it('keeps Node APIs out of the shared contract', async () => {
    const messages = await restrictedImportMessages(
      'electron/contract/define.ts',
      "import fs from 'node:fs';\nexport const f = fs;\n",
    );
    expect(messages.join()).toContain('renderer too');
  });

  it('lets a floor import only the floors below it', async () => {
    const featureUsingTransport = await floorMessages(
      'electron/settings/settings-repo.ts',
      "import { dispatch } from '../transport/dispatch';\nexport const d = dispatch;\n",
    );
    expect(featureUsingTransport.join()).toContain('"transport" are not allowed in elements of type "feature"');
    const storeUsingFeature = await floorMessages(
      'electron/store/database.ts',
      "import { DeckRepo } from '../decks/deck-repo';\nexport const d = DeckRepo;\n",
    );
    expect(storeUsingFeature.join()).toContain('"feature" are not allowed in elements of type "foundation"');
    const contractUsingStore = await floorMessages(
      'electron/contract/define.ts',
      "import { openDatabase } from '../store/database';\nexport const d = openDatabase;\n",
    );
    expect(contractUsingStore.join()).toContain('"foundation" are not allowed in elements of type "contract"');
    const transportUsingFeature = await floorMessages(
      'electron/transport/dispatch.ts',
      "import { DeckRepo } from '../decks/deck-repo';\nimport { calls } from '@contract';\nexport const d = [DeckRepo, calls];\n",
    );
    expect(transportUsingFeature).toEqual([]);
  });

  it('keeps features from importing the services they are built by', async () => {
    const messages = await restrictedImportMessages(
      'electron/decks/deck-repo.ts',
      "import { createServices } from '../services';\nexport const s = createServices;\n",
    );
    expect(messages.join()).toContain('services.ts builds the features');
  });
});
