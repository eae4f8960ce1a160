import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli.ts', ...args], { cwd: repoRoot, encoding: 'utf8' });

describe('CLI', () => {
  it('prints --help listing its commands', () => {
    const result = cli('--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: npm run cli -- <command>');
    expect(result.stdout).toContain('version');
  });

  it('prints the version as JSON', () => {
    const output = execFileSync(process.execPath, ['--import', 'tsx', 'electron/cli.ts', 'version'], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(JSON.parse(output)).toMatchObject({ name: 'Rehearse', version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
  });

  it('fails with a message on stderr and a non-zero exit for an unknown command', () => {
    const result = cli('frobnicate');
    expect(result.status).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Unknown command "frobnicate"');
  });
});
