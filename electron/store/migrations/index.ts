import { initial } from './001-initial';
import { progress } from './002-progress';
import type { Migration } from './types';

/** Every migration in order. Add a numbered file and list it here. */
export const migrations: readonly Migration[] = [initial, progress];
