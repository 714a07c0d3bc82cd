import type { OrganisationSeed } from './types'

export const organisations: OrganisationSeed[] = [
  {
    slug: 'difu',
    name: { de: 'Deutsches Institut für Urbanistik', en: 'German Institute of Urban Affairs' },
    shortName: 'Difu',
    url: 'https://difu.de',
  },
  {
    slug: 'stadt-koeln',
    name: { de: 'Stadt Köln', en: 'City of Cologne' },
    shortName: 'Stadt Köln',
    url: 'https://www.stadt-koeln.de',
  },
  {
    slug: 'fifo-koeln',
    name: {
      de: 'Finanzwissenschaftliches Forschungsinstitut an der Universität zu Köln',
      en: 'Cologne Center for Public Economics (FiFo) at the University of Cologne',
    },
    shortName: 'FiFo Köln',
    url: 'https://www.fifo-koeln.de',
  },
  {
    slug: 'deutscher-staedtetag',
    name: { de: 'Deutscher Städtetag', en: 'Association of German Cities' },
    shortName: 'DST',
    url: 'https://www.staedtetag.de',
  },
  {
    slug: 'th-koeln',
    name: { de: 'Technische Hochschule Köln', en: 'TH Köln – University of Applied Sciences' },
    shortName: 'TH Köln',
    url: 'https://www.th-koeln.de',
  },
]
