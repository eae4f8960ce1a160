import fs from 'node:fs';
import path from 'node:path';
import { damagedDatabaseSchema, type DamagedDatabase } from '@contract';

/**
 * What was set aside and why, written beside the data until the user has
 * chosen what to do. Without it, quitting at the recovery screen would make
 * the next start find no database and quietly create an empty one.
 */
export class DamageRecord {
  private readonly file: string;

  constructor(dataDir: string) {
    this.file = path.join(dataDir, 'database-damaged.json');
  }

  read(): DamagedDatabase | null {
    let text: string;
    try {
      text = fs.readFileSync(this.file, 'utf8');
    } catch {
      return null;
    }
    try {
      const parsed = damagedDatabaseSchema.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  write(damage: DamagedDatabase): void {
    const partial = `${this.file}.partial`;
    fs.writeFileSync(partial, JSON.stringify(damage, null, 2));
    fs.renameSync(partial, this.file);
  }

  clear(): void {
    fs.rmSync(this.file, { force: true });
  }
}
