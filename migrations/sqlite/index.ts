import * as migration_20261129_063833_initial from './20261129_063833_initial';
import * as migration_20261201_010042_registration_deadline_tz from './20261201_010042_registration_deadline_tz';
import * as migration_20261201_055038_site_pages_feedback_reset from './20261201_055038_site_pages_feedback_reset';
import * as migration_20261201_125318_live_preview_autosave_media_storage from './20261201_125318_live_preview_autosave_media_storage';

export const migrations = [
  {
    up: migration_20261129_063833_initial.up,
    down: migration_20261129_063833_initial.down,
    name: '20261129_063833_initial',
  },
  {
    up: migration_20261201_010042_registration_deadline_tz.up,
    down: migration_20261201_010042_registration_deadline_tz.down,
    name: '20261201_010042_registration_deadline_tz',
  },
  {
    up: migration_20261201_055038_site_pages_feedback_reset.up,
    down: migration_20261201_055038_site_pages_feedback_reset.down,
    name: '20261201_055038_site_pages_feedback_reset',
  },
  {
    up: migration_20261201_125318_live_preview_autosave_media_storage.up,
    down: migration_20261201_125318_live_preview_autosave_media_storage.down,
    name: '20261201_125318_live_preview_autosave_media_storage'
  },
];
