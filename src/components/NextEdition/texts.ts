export const texts = {
  open: { de: 'Nächste Ausgabe anlegen', en: 'Create next edition' },
  shift: { de: 'Verschieben um (Tage)', en: 'Shift by (days)' },
  explain: {
    de: '364 Tage = ein Jahr später am selben Wochentag. Das Programm wird als Entwurf kopiert; Mitwirkende müssen neu zusagen.',
    en: '364 days = a year later on the same weekday. The programme is copied as drafts; people need to confirm again.',
  },
  create: { de: 'Entwurf anlegen und öffnen', en: 'Create draft and open it' },
  cancel: { de: 'Abbrechen', en: 'Cancel' },
  failed: { de: 'Die nächste Ausgabe konnte nicht angelegt werden.', en: 'The next edition could not be created.' },
}
