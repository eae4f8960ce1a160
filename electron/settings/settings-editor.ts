import type { EventBus } from '@contract/event-bus';
import type { FillerWordsSetting, ScoringNormsPatch, SettingsPatch } from '@contract/settings';
import type { Db } from '../store/database';
import { deleteAllData, type DeleteAllDeps } from './delete-all-data';
import { updateFillers } from './filler-words';
import { updateNorms } from './scoring-norms';
import type { SettingsRepo } from './settings-repo';

/** Every change to the settings, told to the pages that show them; and "delete all my data", told to every page. */
export class SettingsEditor {
  constructor(
    private readonly options: {
      db: Db;
      settings: SettingsRepo;
      events: EventBus;
      deleteAll: Omit<DeleteAllDeps, 'db'>;
    },
  ) {}

  update(patch: SettingsPatch) {
    return this.changed(this.options.settings.update(patch));
  }

  updateNorms(patch: ScoringNormsPatch, reset: boolean) {
    return this.changed(updateNorms(this.options.db, patch, reset));
  }

  updateFillers(change: FillerWordsSetting) {
    return this.changed(updateFillers(this.options.db, change));
  }

  /** Deletes every row and recording the user made; returns how many recording files went. */
  async deleteAllData(): Promise<number> {
    const filesRemoved = await deleteAllData({ db: this.options.db, ...this.options.deleteAll });
    for (const kind of ['decks', 'takes', 'jobs', 'settings'] as const)
      this.options.events.emit('data.changed', { kind });
    return filesRemoved;
  }

  private changed<T>(value: T): T {
    this.options.events.emit('data.changed', { kind: 'settings' });
    return value;
  }
}
