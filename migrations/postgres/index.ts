import * as migration_20261126_224739_initial from './20261126_224739_initial';

export const migrations = [
  {
    up: migration_20261126_224739_initial.up,
    down: migration_20261126_224739_initial.down,
    name: '20261126_224739_initial'
  },
];
