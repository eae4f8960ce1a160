import { afterEach } from 'vitest';
import { tempServices } from '../../testing/temp-services';
import { seedQuestion } from './seed-question';

/**
 * For recording tests: each call opens real services over a fresh data folder
 * with one question to record against; all are disposed after each test.
 */
export function recordingSetup() {
  const open: ReturnType<typeof tempServices>[] = [];
  afterEach(() => open.splice(0).forEach((s) => s.dispose()));
  return () => {
    const services = tempServices();
    open.push(services);
    return { services, questionId: seedQuestion(services.db), dir: services.paths.recordingsDir };
  };
}
