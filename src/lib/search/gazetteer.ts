import type { Point } from './geo'

/**
 * German cities with the coordinates of their centre (rounded to about 100 m), so a visitor can
 * search "near Köln" without a geocoding service: the largest cities by population, plus the seats
 * of the Länder governments and a few university towns. English names where they differ.
 */
export type Place = Point & { name: string; aliases?: string[] }

export const gazetteer: Place[] = [
  { name: 'Berlin', lat: 52.520, lng: 13.405 },
  { name: 'Hamburg', lat: 53.551, lng: 9.994 },
  { name: 'München', lat: 48.137, lng: 11.575, aliases: ['Munich'] },
  { name: 'Köln', lat: 50.938, lng: 6.960, aliases: ['Cologne'] },
  { name: 'Frankfurt am Main', lat: 50.110, lng: 8.682, aliases: ['Frankfurt'] },
  { name: 'Stuttgart', lat: 48.776, lng: 9.183 },
  { name: 'Düsseldorf', lat: 51.227, lng: 6.773 },
  { name: 'Leipzig', lat: 51.340, lng: 12.375 },
  { name: 'Dortmund', lat: 51.514, lng: 7.466 },
  { name: 'Essen', lat: 51.456, lng: 7.012 },
  { name: 'Bremen', lat: 53.079, lng: 8.802 },
  { name: 'Dresden', lat: 51.050, lng: 13.738 },
  { name: 'Hannover', lat: 52.375, lng: 9.732, aliases: ['Hanover'] },
  { name: 'Nürnberg', lat: 49.452, lng: 11.077, aliases: ['Nuremberg'] },
  { name: 'Duisburg', lat: 51.435, lng: 6.763 },
  { name: 'Bochum', lat: 51.482, lng: 7.216 },
  { name: 'Wuppertal', lat: 51.256, lng: 7.151 },
  { name: 'Bielefeld', lat: 52.030, lng: 8.532 },
  { name: 'Bonn', lat: 50.737, lng: 7.098 },
  { name: 'Münster', lat: 51.960, lng: 7.626 },
  { name: 'Mannheim', lat: 49.488, lng: 8.466 },
  { name: 'Karlsruhe', lat: 49.007, lng: 8.404 },
  { name: 'Augsburg', lat: 48.371, lng: 10.898 },
  { name: 'Wiesbaden', lat: 50.078, lng: 8.240 },
  { name: 'Mönchengladbach', lat: 51.185, lng: 6.442 },
  { name: 'Gelsenkirchen', lat: 51.518, lng: 7.086 },
  { name: 'Aachen', lat: 50.776, lng: 6.084 },
  { name: 'Braunschweig', lat: 52.269, lng: 10.527, aliases: ['Brunswick'] },
  { name: 'Kiel', lat: 54.323, lng: 10.123 },
  { name: 'Chemnitz', lat: 50.833, lng: 12.925 },
  { name: 'Halle (Saale)', lat: 51.483, lng: 11.970, aliases: ['Halle'] },
  { name: 'Magdeburg', lat: 52.121, lng: 11.628 },
  { name: 'Freiburg im Breisgau', lat: 47.999, lng: 7.842, aliases: ['Freiburg'] },
  { name: 'Krefeld', lat: 51.339, lng: 6.586 },
  { name: 'Mainz', lat: 49.993, lng: 8.247 },
  { name: 'Lübeck', lat: 53.866, lng: 10.686 },
  { name: 'Erfurt', lat: 50.978, lng: 11.029 },
  { name: 'Oberhausen', lat: 51.470, lng: 6.852 },
  { name: 'Rostock', lat: 54.092, lng: 12.099 },
  { name: 'Kassel', lat: 51.313, lng: 9.480 },
  { name: 'Hagen', lat: 51.367, lng: 7.463 },
  { name: 'Potsdam', lat: 52.391, lng: 13.065 },
  { name: 'Saarbrücken', lat: 49.234, lng: 6.997 },
  { name: 'Hamm', lat: 51.681, lng: 7.816 },
  { name: 'Ludwigshafen am Rhein', lat: 49.477, lng: 8.445, aliases: ['Ludwigshafen'] },
  { name: 'Oldenburg', lat: 53.144, lng: 8.214 },
  { name: 'Mülheim an der Ruhr', lat: 51.427, lng: 6.883, aliases: ['Mülheim'] },
  { name: 'Osnabrück', lat: 52.279, lng: 8.047 },
  { name: 'Leverkusen', lat: 51.046, lng: 7.019 },
  { name: 'Heidelberg', lat: 49.399, lng: 8.672 },
  { name: 'Darmstadt', lat: 49.873, lng: 8.651 },
  { name: 'Solingen', lat: 51.171, lng: 7.083 },
  { name: 'Regensburg', lat: 49.013, lng: 12.102 },
  { name: 'Herne', lat: 51.538, lng: 7.220 },
  { name: 'Paderborn', lat: 51.719, lng: 8.754 },
  { name: 'Neuss', lat: 51.198, lng: 6.692 },
  { name: 'Ingolstadt', lat: 48.766, lng: 11.426 },
  { name: 'Offenbach am Main', lat: 50.096, lng: 8.776, aliases: ['Offenbach'] },
  { name: 'Fürth', lat: 49.477, lng: 10.989 },
  { name: 'Würzburg', lat: 49.792, lng: 9.953 },
  { name: 'Ulm', lat: 48.398, lng: 9.991 },
  { name: 'Heilbronn', lat: 49.142, lng: 9.219 },
  { name: 'Pforzheim', lat: 48.892, lng: 8.695 },
  { name: 'Wolfsburg', lat: 52.423, lng: 10.787 },
  { name: 'Göttingen', lat: 51.541, lng: 9.916 },
  { name: 'Bottrop', lat: 51.524, lng: 6.929 },
  { name: 'Reutlingen', lat: 48.491, lng: 9.204 },
  { name: 'Koblenz', lat: 50.356, lng: 7.594 },
  { name: 'Bremerhaven', lat: 53.540, lng: 8.581 },
  { name: 'Recklinghausen', lat: 51.614, lng: 7.198 },
  { name: 'Bergisch Gladbach', lat: 50.992, lng: 7.136 },
  { name: 'Erlangen', lat: 49.590, lng: 11.004 },
  { name: 'Jena', lat: 50.927, lng: 11.589 },
  { name: 'Remscheid', lat: 51.179, lng: 7.189 },
  { name: 'Trier', lat: 49.750, lng: 6.637 },
  { name: 'Salzgitter', lat: 52.150, lng: 10.333 },
  { name: 'Moers', lat: 51.451, lng: 6.627 },
  { name: 'Siegen', lat: 50.875, lng: 8.024 },
  { name: 'Hildesheim', lat: 52.150, lng: 9.951 },
  { name: 'Cottbus', lat: 51.756, lng: 14.333 },
  { name: 'Gütersloh', lat: 51.907, lng: 8.378 },
  { name: 'Kaiserslautern', lat: 49.444, lng: 7.769 },
  { name: 'Witten', lat: 51.443, lng: 7.353 },
  { name: 'Schwerin', lat: 53.636, lng: 11.401 },
  { name: 'Gera', lat: 50.880, lng: 12.083 },
  { name: 'Iserlohn', lat: 51.375, lng: 7.700 },
  { name: 'Zwickau', lat: 50.718, lng: 12.496 },
  { name: 'Düren', lat: 50.804, lng: 6.483 },
  { name: 'Esslingen am Neckar', lat: 48.740, lng: 9.305, aliases: ['Esslingen'] },
  { name: 'Ratingen', lat: 51.297, lng: 6.849 },
  { name: 'Flensburg', lat: 54.784, lng: 9.439 },
  { name: 'Lünen', lat: 51.616, lng: 7.528 },
  { name: 'Villingen-Schwenningen', lat: 48.062, lng: 8.494 },
  { name: 'Konstanz', lat: 47.660, lng: 9.175, aliases: ['Constance'] },
  { name: 'Marl', lat: 51.656, lng: 7.090 },
  { name: 'Worms', lat: 49.632, lng: 8.359 },
  { name: 'Velbert', lat: 51.340, lng: 7.043 },
  { name: 'Minden', lat: 52.289, lng: 8.917 },
  { name: 'Neumünster', lat: 54.073, lng: 9.985 },
  { name: 'Dessau-Roßlau', lat: 51.835, lng: 12.246, aliases: ['Dessau'] },
  { name: 'Norderstedt', lat: 53.706, lng: 9.998 },
  { name: 'Delmenhorst', lat: 53.051, lng: 8.632 },
  { name: 'Bamberg', lat: 49.898, lng: 10.902 },
  { name: 'Viersen', lat: 51.256, lng: 6.392 },
  { name: 'Marburg', lat: 50.802, lng: 8.767 },
  { name: 'Wilhelmshaven', lat: 53.530, lng: 8.106 },
  { name: 'Bayreuth', lat: 49.946, lng: 11.578 },
  { name: 'Passau', lat: 48.573, lng: 13.466 },
  { name: 'Stralsund', lat: 54.309, lng: 13.082 },
  { name: 'Greifswald', lat: 54.093, lng: 13.387 },
  { name: 'Weimar', lat: 50.980, lng: 11.329 },
  { name: 'Frankfurt (Oder)', lat: 52.347, lng: 14.551 },
  { name: 'Neubrandenburg', lat: 53.557, lng: 13.261 },
  { name: 'Görlitz', lat: 51.153, lng: 14.987 },
  { name: 'Lüneburg', lat: 53.249, lng: 10.414 },
  { name: 'Celle', lat: 52.625, lng: 10.081 },
  { name: 'Fulda', lat: 50.551, lng: 9.675 },
  { name: 'Gießen', lat: 50.584, lng: 8.678 },
  { name: 'Landshut', lat: 48.537, lng: 12.152 },
  { name: 'Rosenheim', lat: 47.856, lng: 12.122 },
  { name: 'Kempten (Allgäu)', lat: 47.726, lng: 10.314, aliases: ['Kempten'] },
  { name: 'Plauen', lat: 50.495, lng: 12.138 },
]

/**
 * How a place name is compared: lower case, umlauts as their ASCII spelling ("Koeln" finds Köln),
 * other accents dropped, and brackets, dashes and runs of spaces reduced to one space.
 */
export const placeKey = (name: string): string =>
  name
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()

const byKey = new Map<string, Place>(
  gazetteer.flatMap((place) => [place.name, ...(place.aliases ?? [])].map((name) => [placeKey(name), place] as const)),
)

/** The gazetteer's entry for a city name in German or English, or undefined. */
export const findPlace = (name: string): Place | undefined => byKey.get(placeKey(name))
