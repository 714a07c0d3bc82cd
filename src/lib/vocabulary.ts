import { options } from './options'

export const attendanceModes = options({
  offline: { de: 'Vor Ort', en: 'In person' },
  online: { de: 'Online', en: 'Online' },
  mixed: { de: 'Hybrid (vor Ort und online)', en: 'Hybrid (in person and online)' },
})

export const eventStatuses = options({
  scheduled: { de: 'Findet statt', en: 'Scheduled' },
  cancelled: { de: 'Abgesagt', en: 'Cancelled' },
  postponed: { de: 'Verschoben (neuer Termin offen)', en: 'Postponed (new date to be announced)' },
  rescheduled: { de: 'Verlegt auf neuen Termin', en: 'Rescheduled' },
  movedOnline: { de: 'Findet online statt', en: 'Moved online' },
})

export const registrationStates = options({
  notRequired: { de: 'Keine Anmeldung nötig', en: 'No registration needed' },
  notYetOpen: { de: 'Anmeldung noch nicht geöffnet', en: 'Registration not yet open' },
  open: { de: 'Anmeldung offen', en: 'Registration open' },
  waitlist: { de: 'Warteliste', en: 'Waiting list' },
  closed: { de: 'Anmeldung geschlossen', en: 'Registration closed' },
})

export const sessionKinds = options({
  welcome: { de: 'Begrüßung', en: 'Welcome' },
  keynote: { de: 'Keynote', en: 'Keynote' },
  talk: { de: 'Vortrag', en: 'Talk' },
  panel: { de: 'Podiumsdiskussion', en: 'Panel discussion' },
  discussion: { de: 'Offene Diskussion', en: 'Open discussion' },
  workshop: { de: 'Workshop', en: 'Workshop' },
  break: { de: 'Pause', en: 'Break' },
  reception: { de: 'Empfang', en: 'Reception' },
})

export const speakerRoles = options({
  speaker: { de: 'Vortragende·r', en: 'Speaker' },
  moderator: { de: 'Moderation', en: 'Moderator' },
  panelist: { de: 'Podiumsgast', en: 'Panellist' },
  host: { de: 'Gastgeber·in', en: 'Host' },
})

export const languages = options({
  de: { de: 'Deutsch', en: 'German' },
  en: { de: 'Englisch', en: 'English' },
})
