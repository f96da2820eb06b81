/**
 * Dates and look-alikes, drawn from the four texts of the dossier (a few forms the texts lack but
 * readers and citations use are marked `synthetique`). Each case names the words that are, or look
 * like, a date in a short extract, and the value they must get: an ISO 8601 / EDTF value, or
 * `null` when they must stay unmarked.
 */

export type Forme =
  // Dates
  | 'jour' | 'jour-1er' | 'mois' | 'saison' | 'annee' | 'annees' | 'intervalle-jours' | 'intervalle-mois'
  | 'intervalle-annees' | 'approximatif' | 'decennie' | 'vie' | 'liste' | 'citation' | 'deux-chiffres' | 'numerique'
  // Not dates
  | 'page' | 'reference' | 'compte' | 'somme' | 'pourcentage' | 'ordinal' | 'heure' | 'fraction' | 'sans-annee';

export interface Cas {
  /** Where the extract comes from. */
  source: 'introduction' | 'werth' | 'furr' | 'lettre' | 'synthetique';
  /** The words around, as the text has them. */
  extrait: string;
  /** The words that are, or look like, a date (they occur once in the extract). */
  mots: string;
  /** The value they must get, or `null`: left unmarked. */
  iso: string | null;
  forme: Forme;
}

export const cas: Cas[] = [
  // Full dates
  { source: 'lettre', extrait: 'Copie au cam. Vychinski 27 août 1936', mots: '27 août 1936', iso: '1936-08-27', forme: 'jour' },
  { source: 'lettre', extrait: 'Le 1er août 1936, conformément à la résolution du Politburo', mots: '1er août 1936', iso: '1936-08-01', forme: 'jour-1er' },
  { source: 'lettre', extrait: 'Le 1 er août 1936, conformément à la résolution du Politburo', mots: '1 er août 1936', iso: '1936-08-01', forme: 'jour-1er' },
  { source: 'furr', extrait: 'Il en parla dans son entrevue avec Roy Howard le 1er mars 1936. En Juin 1937 lors du Plénum', mots: '1er mars 1936', iso: '1936-03-01', forme: 'jour-1er' },
  { source: 'lettre', extrait: 'conformément à la résolution du Politburo en date du 10 juillet 1936, N. Boukharine partit en congé', mots: '10 juillet 1936', iso: '1936-07-10', forme: 'jour' },
  { source: 'lettre', extrait: 'Moscou, le 27 août 1936', mots: '27 août 1936', iso: '1936-08-27', forme: 'jour' },
  { source: 'lettre', extrait: 'par un décret du Politburo en date du 12 septembre 1933, les cadres du parti', mots: '12 septembre 1933', iso: '1933-09-12', forme: 'jour' },
  { source: 'lettre', extrait: 'Le 11 juillet 1928, il se rendit chez Kamenev', mots: '11 juillet 1928', iso: '1928-07-11', forme: 'jour' },
  { source: 'werth', extrait: 'le Commissaire du peuple à la Justice, le 20 février 1922 (un an après l’introduction de la NEP', mots: '20 février 1922', iso: '1922-02-20', forme: 'jour' },
  { source: 'werth', extrait: 'Quelques mois plus tard,le 4 mai 1922, au moment où la campagne', mots: '4 mai 1922', iso: '1922-05-04', forme: 'jour' },
  { source: 'werth', extrait: 'Malheureusement tout ceci a été raté. 6 septembre 1936, Staline.', mots: '6 septembre 1936', iso: '1936-09-06', forme: 'jour' },
  { source: 'werth', extrait: 'du Comité Central (signée de Staline) du 3 août 1937 – soit quatre jours après', mots: '3 août 1937', iso: '1937-08-03', forme: 'jour' },
  { source: 'introduction', extrait: 'Uccle 17 septembre 1936', mots: '17 septembre 1936', iso: '1936-09-17', forme: 'jour' },
  { source: 'furr', extrait: 'Presque immédiatement, le 25 janvier 1935, Staline a exprimé son désaccord', mots: '25 janvier 1935', iso: '1935-01-25', forme: 'jour' },
  { source: 'furr', extrait: 'la date des premières élections a été fixée au 12 décembre 1937. La', mots: '12 décembre 1937', iso: '1937-12-12', forme: 'jour' },
  { source: 'furr', extrait: 'de la mort de Staline le 5 mars 1953 à la destitution de Béria', mots: '5 mars 1953', iso: '1953-03-05', forme: 'jour' },

  // Months and seasons
  { source: 'werth', extrait: 'lors du troisième procès de Moscou (mars 1938),le plus achevé', mots: 'mars 1938', iso: '1938-03', forme: 'mois' },
  { source: 'introduction', extrait: 'Dès la révolution d’octobre 1917, la pratique et la théorie de Lénine', mots: 'octobre 1917', iso: '1917-10', forme: 'mois' },
  { source: 'furr', extrait: 'En Juin 1937 lors du Plénum du Comité Central', mots: 'Juin 1937', iso: '1937-06', forme: 'mois' },
  { source: 'furr', extrait: 'Yagoda a été arrêté à la fin de mars 1937 et a commencé à avouer en avril.', mots: 'mars 1937', iso: '1937-03', forme: 'mois' },
  { source: 'furr', extrait: 'En mai et au début de juin 1937des commandants militaires de haut rang', mots: 'juin 1937', iso: '1937-06', forme: 'mois' },
  { source: 'werth', extrait: 'dans la correspondance entre Staline et Molotov durant l’été 1930. Les procès', mots: 'été 1930', iso: '1930-22', forme: 'saison' },
  { source: 'werth', extrait: "dans la correspondance entre Staline et Molotov durant l'été 1930. Les procès", mots: 'été 1930', iso: '1930-22', forme: 'saison' },
  { source: 'synthetique', extrait: 'Les arrestations reprennent au printemps 1937.', mots: 'printemps 1937', iso: '1937-21', forme: 'saison' },
  { source: 'synthetique', extrait: 'Il est arrêté à l’automne 1936.', mots: 'automne 1936', iso: '1936-23', forme: 'saison' },

  // Years
  { source: 'lettre', extrait: '1936 – Lettres de Boukharine', mots: '1936', iso: '1936', forme: 'annee' },
  { source: 'lettre', extrait: 'je dois dire que depuis 1933 environ j’ai rompu tout rapport personnel', mots: '1933', iso: '1933', forme: 'annee' },
  { source: 'werth', extrait: 'En 1930,la police politique, dûment instruite', mots: '1930', iso: '1930', forme: 'annee' },
  { source: 'werth', extrait: 'L’année suivante – 1928 – est marquée par le fameux procès', mots: '1928', iso: '1928', forme: 'annee' },
  { source: 'werth', extrait: 'Ainsi, dès 1922 – année où les bolcheviks organisent', mots: '1922', iso: '1922', forme: 'annee' },
  { source: 'werth', extrait: 'la grande constitution stalinienne de 1936,le triomphe de l’alliance', mots: '1936', iso: '1936', forme: 'annee' },
  { source: 'introduction', extrait: 'plus jeune, n’ayant pas vécu 1917 et étant arrivée au pouvoir', mots: '1917', iso: '1917', forme: 'annee' },
  { source: 'furr', extrait: 'Il a proposé de réunir le 19ème congrès du parti à la fin 1947 ou 1948. Il', mots: '1948', iso: '1948', forme: 'annee' },
  // The PDF lost the hyphen of « 1928-1930 »: two years, never a range by guess.
  { source: 'lettre', extrait: 'de la Pravda en 1928 1930. Au début des années 1930', mots: '1928', iso: '1928', forme: 'annee' },

  // Ranges
  { source: 'lettre', extrait: 'Le premier des trois grands procès se tint du 19 au 24 août 1936. Parmi les 16 accusés', mots: 'du 19 au 24 août 1936', iso: '1936-08-19/1936-08-24', forme: 'intervalle-jours' },
  { source: 'synthetique', extrait: 'Le procès dura du 30 décembre 1936 au 2 janvier 1937.', mots: 'du 30 décembre 1936 au 2 janvier 1937', iso: '1936-12-30/1937-01-02', forme: 'intervalle-jours' },
  { source: 'synthetique', extrait: 'Toukhatchevski fut jugé et exécuté les 11 et 12 juin 1937.', mots: '11 et 12 juin 1937', iso: '{1937-06-11,1937-06-12}', forme: 'liste' },
  { source: 'lettre', extrait: 'lors du Plénum du Comité central de février-mars 1937, il', mots: 'février-mars 1937', iso: '1937-02/1937-03', forme: 'intervalle-mois' },
  { source: 'furr', extrait: 'En février mars 1937 le Plénum du Comité Central a dramatisé la contradiction', mots: 'février mars 1937', iso: '1937-02/1937-03', forme: 'intervalle-mois' },
  { source: 'furr', extrait: 'Lors de la réunion du 8ème Congrès des Soviets en novembre-décembre 1936, Staline', mots: 'novembre-décembre 1936', iso: '1936-11/1936-12', forme: 'intervalle-mois' },
  { source: 'werth', extrait: 'dans des dizaines de villes de province,en août-décembre 1937,plusieurs centaines de procès', mots: 'août-décembre 1937', iso: '1937-08/1937-12', forme: 'intervalle-mois' },
  { source: 'synthetique', extrait: 'de février à mars 1937', mots: 'de février à mars 1937', iso: '1937-02/1937-03', forme: 'intervalle-mois' },
  { source: 'lettre', extrait: 'membre du Politburo de 1922 à 1930, chef du gouvernement soviétique', mots: 'de 1922 à 1930', iso: '1922/1930', forme: 'intervalle-annees' },
  { source: 'lettre', extrait: 'De 1933 à 1936, il travailla au Komintern', mots: 'De 1933 à 1936', iso: '1933/1936', forme: 'intervalle-annees' },
  { source: 'furr', extrait: 'qui avait dirigé de 1934 jusqu’en 1936 et qui avait été le commandant', mots: 'de 1934 jusqu’en 1936', iso: '1934/1936', forme: 'intervalle-annees' },
  { source: 'introduction', extrait: 'meurent de la grande famine entre 1932 et 1933, les procès exhibent', mots: 'entre 1932 et 1933', iso: '1932/1933', forme: 'intervalle-annees' },
  { source: 'furr', extrait: 'Aucun congrès du parti ne s’est tenu pendant treize ans entre 1939 et 1952.', mots: 'entre 1939 et 1952', iso: '1939/1952', forme: 'intervalle-annees' },
  { source: 'werth', extrait: 'Les procès de Moscou de 1936-1938 – tel est le point', mots: '1936-1938', iso: '1936/1938', forme: 'intervalle-annees' },
  { source: 'lettre', extrait: 'il collabora avec Lénine pendant l’émigration et dirigea la Pravda en 1913-1914.', mots: '1913-1914', iso: '1913/1914', forme: 'intervalle-annees' },
  { source: 'lettre', extrait: 'En 1928-1929, j’ai fait une bêtise criminelle', mots: '1928-1929', iso: '1928/1929', forme: 'intervalle-annees' },
  { source: 'introduction', extrait: 'Mémoires d’un révolutionnaire 1905 - 1945', mots: '1905 - 1945', iso: '1905/1945', forme: 'intervalle-annees' },
  { source: 'furr', extrait: 'ceux qui s’étaient battus contre les Bolcheviks pendant la Guerre civile de 1918-1921, connus', mots: '1918-1921', iso: '1918/1921', forme: 'intervalle-annees' },
  { source: 'furr', extrait: 'les documents d’enquête d’avant-procès des procès de Moscou de 1936-38, les documents', mots: '1936-38', iso: '1936/1938', forme: 'deux-chiffres' },
  { source: 'furr', extrait: 'comme on peut le voir dans les discussions constitutionnelles de 1935-37.', mots: '1935-37', iso: '1935/1937', forme: 'deux-chiffres' },
  { source: 'furr', extrait: 'Pendant les années 1932-33 beaucoup de personnes', mots: 'années 1932-33', iso: '1932/1933', forme: 'deux-chiffres' },
  { source: 'werth', extrait: 'la période de la Grande Terreur des années 1937-1938 a permis', mots: 'années 1937-1938', iso: '1937/1938', forme: 'intervalle-annees' },
  { source: 'werth', extrait: 'allait constituer, fin 1938 – début 1939, après la fin de la « Grande Terreur »', mots: 'fin 1938 – début 1939', iso: '1938/1939', forme: 'approximatif' },

  // Decades
  { source: 'lettre', extrait: 'Au début des années 1920, il venait, dans l’opinion publique', mots: 'années 1920', iso: '192X', forme: 'decennie' },
  { source: 'werth', extrait: 'puis à la fin des années 1960 et au début des années 1970.', mots: 'années 1960', iso: '196X', forme: 'decennie' },
  { source: 'furr', extrait: '(les troïkas, le NKVD et "les Commissions spéciales") pendant les années 30 et les années 40. Sous Béria', mots: 'années 40', iso: '194X', forme: 'decennie' },
  { source: 'furr', extrait: 'à la fin des années 20 et au début des années 30, doit être exploré', mots: 'années 20', iso: '192X', forme: 'decennie' },
  { source: 'furr', extrait: 'jusqu’à la fin des années 1980 est tout à fait', mots: 'années 1980', iso: '198X', forme: 'decennie' },

  // Life dates: a range of years
  { source: 'lettre', extrait: 'L. B. Kamenev (1883-1936). Un des plus anciens dirigeants', mots: '1883-1936', iso: '1883/1936', forme: 'vie' },
  { source: 'lettre', extrait: 'A. Lounatcharski (1875-1933) avait été, de 1917 à 1929, le commissaire', mots: '1875-1933', iso: '1875/1933', forme: 'vie' },

  // Dates of cited sources, two-digit years included
  { source: 'lettre', extrait: 'N. Werth, Les procès de Moscou, 1936-1938, Bruxelles, Complexe, 1987.', mots: '1987', iso: '1987', forme: 'citation' },
  { source: 'introduction', extrait: 'Victor Serge, éditions spartacus, 1972', mots: '1972', iso: '1972', forme: 'citation' },
  { source: 'furr', extrait: 'Irina V. Pavlova, "1937 : Vybory kak mistifikatsiia, terror kak real’nost’," Voprosy Istorii 10, 2003 19-36.', mots: '2003', iso: '2003', forme: 'citation' },
  { source: 'furr', extrait: '(1936 Constitution; Zhukov, Tayny 29-30)', mots: '1936', iso: '1936', forme: 'citation' },
  { source: 'furr', extrait: '« … parmi les masses. » (Zhukov, KP le 13 novembre 02; Mukhin, Ubiystvo)', mots: '13 novembre 02', iso: '2002-11-13', forme: 'deux-chiffres' },
  { source: 'furr', extrait: '(Thurston 6-9; Zhukov, KP le 14 novembre et le 19 novembre 02; Zhukov, Inoy 187;', mots: '14 novembre et le 19 novembre 02', iso: '{2002-11-14,2002-11-19}', forme: 'deux-chiffres' },
  { source: 'furr', extrait: '» (Zhukov, KP le 16 novembre 02)', mots: '16 novembre 02', iso: '2002-11-16', forme: 'deux-chiffres' },
  { source: 'synthetique', extrait: 'comme l’écrivait la Pravda (Pravda, 5.3.37).', mots: '5.3.37', iso: '1937-03-05', forme: 'numerique' },
  { source: 'synthetique', extrait: 'Sur ce point, voir (Getty, 1985).', mots: '1985', iso: '1985', forme: 'citation' },
  { source: 'synthetique', extrait: 'la lettre du 27/08/1936 au Politburo', mots: '27/08/1936', iso: '1936-08-27', forme: 'numerique' },
  { source: 'synthetique', extrait: 'la lettre datée 1936-08-27 au Politburo', mots: '1936-08-27', iso: '1936-08-27', forme: 'numerique' },

  // Not dates: pages and references
  { source: 'lettre', extrait: 'fonds 3, inv. 24, dos. 236, pp. 67- 82, publié in', mots: '67- 82', iso: null, forme: 'page' },
  { source: 'lettre', extrait: 'fonds 3, inv. 24, dos. 236, pp. 67- 82, publié in', mots: '236', iso: null, forme: 'reference' },
  { source: 'furr', extrait: 'insistant sur des élections à bulletin secret. (Zhukov, Inoy 116-21)', mots: '116-21', iso: null, forme: 'page' },
  { source: 'furr', extrait: '(Zhukov KP le 13 novembre 02; Inoy 226; cf. Getty, "Excès" pp.122-3)', mots: '122-3', iso: null, forme: 'page' },
  { source: 'furr', extrait: '(Zhukov, KP le 19 novembre 02; Tayny, pp. 47-51; Thurston 101-2; 112)', mots: '47-51', iso: null, forme: 'page' },
  { source: 'furr', extrait: 'Voprosy Istorii 10, 2003 19-36. Pavlova est une anti-communiste', mots: '19-36', iso: null, forme: 'page' },
  { source: 'furr', extrait: '(Staline, "Vystuplenie"; Zhukov, Inoy Ch. 16, passim; 411).', mots: '16', iso: null, forme: 'page' },
  { source: 'synthetique', extrait: 'voir le recueil, p. 1936, note 4', mots: '1936', iso: null, forme: 'page' },
  { source: 'furr', extrait: 'après que fut publié l’Ordre No. 00447. Cette longue instruction', mots: '00447', iso: null, forme: 'reference' },
  { source: 'werth', extrait: 'la première grande opération terroriste secrète, l’opération n° 00447 contre les « ex-koulaks »', mots: '00447', iso: null, forme: 'reference' },
  { source: 'synthetique', extrait: 'en application du décret n° 1934 du Conseil', mots: '1934', iso: null, forme: 'reference' },
  { source: 'furr', extrait: 'Le Parti communiste est mentionné dans l’Article 126 comme étant', mots: '126', iso: null, forme: 'reference' },
  { source: 'furr', extrait: '(Lubianka B, No 365; Leibowitz)', mots: '365', iso: null, forme: 'reference' },

  // Not dates: counts, sums, percentages, ordinals, hours, fractions
  { source: 'lettre', extrait: 'Parmi les 16 accusés, tous condamnés à mort, figuraient', mots: '16', iso: null, forme: 'compte' },
  { source: 'furr', extrait: 'dans l’expulsion de presque 12000 personnes de Léningrad', mots: '12000', iso: null, forme: 'compte' },
  { source: 'furr', extrait: 'Une attaque japonaise en 1938 sur le Lac Khasan fit 1000 morts dans l’Armée Rouge.', mots: '1000', iso: null, forme: 'compte' },
  { source: 'furr', extrait: 'Les victimes soviétiques furent au nombre de 17000, dont presque 5500 tués', mots: '17000', iso: null, forme: 'compte' },
  { source: 'furr', extrait: 'Beria libéra plus de 100.000 prisonniers des camps', mots: '100.000', iso: null, forme: 'compte' },
  { source: 'synthetique', extrait: 'on compta 1936 personnes arrêtées', mots: '1936', iso: null, forme: 'compte' },
  { source: 'introduction', extrait: 'alors qu’entre 2,6 et 5 millions de soviétiques meurent de la grande famine', mots: '2,6', iso: null, forme: 'somme' },
  { source: 'synthetique', extrait: 'une amende de 1930 roubles', mots: '1930', iso: null, forme: 'somme' },
  { source: 'introduction', extrait: 'sous régime stalinien, 90% des victimes de la répression le sont sans procès', mots: '90', iso: null, forme: 'pourcentage' },
  { source: 'furr', extrait: 'sur des listes avec 20-25 % de candidats indépendants', mots: '20-25', iso: null, forme: 'pourcentage' },
  { source: 'furr', extrait: 'Plus de 50 ans après le 20ème congrès du PCUS', mots: '20', iso: null, forme: 'ordinal' },
  { source: 'furr', extrait: 'la dernière moitié du 20ème siècle – aurait été nettement différente', mots: '20', iso: null, forme: 'ordinal' },
  { source: 'furr', extrait: 'le document même que Molotov a signé, les 11 octobres à 18h00, annulant', mots: '18h00', iso: null, forme: 'heure' },
  { source: 'furr', extrait: 'avec au moins le remplacement – d’au moins 1/6 du Comité central', mots: '1/6', iso: null, forme: 'fraction' },

  // Not dated: a day and month without a year (the year is the reader's inference)
  { source: 'furr', extrait: 'La Pravda publie seulement un article, le 10 mars, et il ne mentionne pas', mots: '10 mars', iso: null, forme: 'sans-annee' },
  { source: 'furr', extrait: 'la session prolongée de l’armée soviétique (qui a eu lieu du 1er au 4 juin), il a décrit', mots: '1er au 4 juin', iso: null, forme: 'sans-annee' },
  { source: 'furr', extrait: 'de sept autres commandants militaires de haut rang les 11 et 12 juin. Pendant ce temps-là', mots: '11 et 12 juin', iso: null, forme: 'sans-annee' },
  { source: 'lettre', extrait: 'il apprit à Frunze le 25 août, alors qu’il lisait pour la première fois', mots: '25 août', iso: null, forme: 'sans-annee' },
];
