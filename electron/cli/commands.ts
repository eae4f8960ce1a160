import { progressCommand } from './progress-command';
import type { CliCommand } from './command';
import { importCommand } from './import-command';
import { scoreCommand } from './score-command';
import { transcribeCommand } from './transcribe-command';
import { versionCommand } from './version-command';

/** Every command the CLI knows. Add one file per command and list it here. */
export const commands: readonly CliCommand[] = [
  versionCommand,
  scoreCommand,
  transcribeCommand,
  importCommand,
  progressCommand,
];
