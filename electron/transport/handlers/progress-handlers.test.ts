import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../dispatch';
import { silentLogger } from '../../logger';
import { tempServices } from '../../testing/temp-services';
import { createHandlers } from './index';

let services = tempServices();
afterEach(() => {
  services.dispose();
  services = tempServices();
});

describe('progress calls', () => {
  it('answers the overview for a valid zone', async () => {
    const result = await dispatch(
      createHandlers(services),
      'progress.overview',
      { timeZone: 'Asia/Tokyo' },
      {},
      silentLogger,
    );
    expect(result).toMatchObject({ ok: true, value: { timeZone: 'Asia/Tokyo', totals: { takes: 0 } } });
  });

  it('refuses an unknown time zone with a validation error', async () => {
    const result = await dispatch(
      createHandlers(services),
      'progress.dueCounts',
      { timeZone: 'Nowhere/Land' },
      {},
      silentLogger,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
