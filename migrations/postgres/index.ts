import * as migration_20261129_063826_initial from './20261129_063826_initial';

export const migrations = [
  {
    up: migration_20261129_063826_initial.up,
    down: migration_20261129_063826_initial.down,
    name: '20261129_063826_initial'
  },
];
