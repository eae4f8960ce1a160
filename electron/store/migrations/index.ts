import { initial } from './001-initial';
import { progress } from './002-progress';
import { transcriptEdits } from './003-transcript-edits';
import { deckLibrary } from './004-deck-library';
import { questionExtras } from './005-question-extras';
import { followUps } from './006-follow-ups';
import { takes } from './007-takes';
import { interviews } from './008-interviews';
import { schedule } from './009-schedule';
import type { Migration } from './types';

/** Every migration in order. Add a numbered file and list it here. */
export const migrations: readonly Migration[] = [
  initial,
  progress,
  transcriptEdits,
  deckLibrary,
  questionExtras,
  followUps,
  takes,
  interviews,
  schedule,
];
