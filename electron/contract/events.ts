import { z } from 'zod';
import { event } from './define';

export const appEvents = {
  'data.changed': event(
    'Something the UI lists changed; views showing that kind of data refetch.',
    z.object({ kind: z.enum(['decks', 'takes', 'settings', 'jobs']) }),
  ),
};
