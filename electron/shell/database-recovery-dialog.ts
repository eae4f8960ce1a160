import { dialog } from 'electron';
import { databaseProblemText, type RecoveryChoice } from '@contract';
import type { AppRuntime } from '../app-runtime/app-runtime';

/**
 * Asks, before any window opens, what to do about a database that was set
 * aside at start. Returns false when the user chose to quit; the damaged file
 * stays where it was kept and the next start asks again. If the chosen
 * recovery fails, the window opens on the recovery page with the reason.
 */
export async function askHowToRecover(runtime: AppRuntime): Promise<boolean> {
  const status = runtime.status();
  if (status.state !== 'damaged') return true;
  const { damage, latestBackup } = status;
  const choices: { label: string; choice: RecoveryChoice | 'quit' }[] = [
    ...(latestBackup ? [{ label: 'Restore the latest backup', choice: 'restore' as const }] : []),
    { label: 'Start fresh', choice: 'fresh' },
    { label: 'Quit', choice: 'quit' },
  ];
  const backupLine = latestBackup
    ? `The latest automatic backup was taken ${new Date(latestBackup.takenAt).toLocaleString()}.`
    : 'There is no automatic backup yet.';
  const { response } = await dialog.showMessageBox({
    type: 'warning',
    title: 'Rehearse',
    message: 'Rehearse could not use its database',
    detail: `${databaseProblemText[damage.problem]}\n\nNothing was deleted: the damaged file was kept at\n${damage.keptAt}\n\n${backupLine}`,
    buttons: choices.map((c) => c.label),
    defaultId: 0,
    cancelId: choices.length - 1,
    noLink: true,
  });
  const picked = choices[response]?.choice ?? 'quit';
  if (picked === 'quit') return false;
  try {
    await runtime.recover(picked);
  } catch (error) {
    runtime.logger.error('database recovery failed', error);
  }
  return true;
}

/** A start-up failure the app cannot work around: said in a dialog, never a silent exit. */
export function showStartupFailure(error: unknown, dataDir: string): void {
  const reason = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox(
    'Rehearse could not start',
    `${reason}\n\nYour data folder is ${dataDir}. Nothing in it was deleted.`,
  );
}
