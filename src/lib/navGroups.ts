/** The admin sidebar's groups: what editors plan with, then the places and lists it draws on. */
export const navGroups = {
  programme: { de: 'Programm', en: 'Programme' },
  places: { de: 'Orte, Themen und Medien', en: 'Places, topics and media' },
}
