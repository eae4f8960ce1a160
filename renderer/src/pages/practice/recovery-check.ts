import type { RecoveryReport } from '@contract/recording';
import { api } from '../../api/client';

let checked: Promise<RecoveryReport> | null = null;

/** Once per app run: finish takes a crash interrupted. Every page that shows the notice shares the one answer. */
export const recoverOnce = (): Promise<RecoveryReport> => (checked ??= api.call('recording.recover', {}));

/** Forgets that the check ran, so the next notice asks again: a fresh app run, as each test is. */
export function forgetRecoveryCheck(): void {
  checked = null;
}
