import { useEffect, useState, type ReactNode } from 'react';
import type { DatabaseStatus } from '@contract';
import { api } from '../../api/client';
import { Loading } from '../../components/Loading';
import { DatabaseRecoveryPage } from './DatabaseRecoveryPage';

/**
 * Asks once at load whether the database opened cleanly. If it was damaged and
 * set aside, the recovery page takes the whole window until the user has
 * chosen; every other page needs the database and would only show errors.
 */
export function DatabaseGate(props: { children: ReactNode }) {
  const [status, setStatus] = useState<DatabaseStatus | 'loading' | 'unknown'>('loading');

  useEffect(() => {
    api.call('app.databaseStatus', {}).then(setStatus, () => setStatus('unknown'));
  }, []);

  if (status === 'loading') return <Loading />;
  // If the status itself cannot be read, the pages still say what fails, call by call.
  if (status !== 'unknown' && status.state === 'damaged') {
    return <DatabaseRecoveryPage status={status} onRecovered={setStatus} />;
  }
  return props.children;
}
