import { appVersion } from '../app-version';
import type { CliCommand } from './command';

export const versionCommand: CliCommand = {
  name: 'version',
  usage: 'version',
  summary: 'Print the app version, Node version and platform.',
  run: () => ({ name: 'Rehearse', version: appVersion, node: process.versions.node, platform: process.platform }),
};
