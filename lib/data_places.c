/* data_places.c — the built-in gazetteer: places of the Syrian war, the
 * neighbouring countries and the venues of the diplomacy around it.
 *
 * Layout (lexicon.h): GeoNames-style English name, ISO 3166-1 alpha-2
 * country, coordinates (decimal degrees, 2 decimals), kind, and the surface
 * forms as written in French and English news, '|'-separated.
 *
 * Conventions
 * - Entries are sorted by country code, then name; one comment per country.
 * - Names follow GeoNames / English Wikipedia usage ("Khan Shaykhun",
 *   "Deir ez-Zor", "Al-Qusayr"); where the press has a shorter usual name
 *   (Baghuz for Al-Baghuz Fawqani, Kuweires for its air base) the short one
 *   is used, as the location field of an event expects it.
 * - A governorate carries the name of its capital (the province of Idlib is
 *   reported as "Idlib"), with the coordinates of the governorate's centre;
 *   only its forms differ ("province d'Idleb", "Idlib Governorate"), so the
 *   longest match tells the two apart.  Rif Dimashq keeps its own name.
 * - Coordinates of towns come from GeoNames (cities with more than 1,000
 *   inhabitants); bases, crossings, districts and regions from their
 *   GeoNames or Wikipedia pages where one was found, otherwise from the
 *   neighbouring places (about 2 km for city districts).  Country entries
 *   use an approximate centre of the country.
 * - Forms: no accent variants (the lexicon folds accents) but every common
 *   spelling variant (Rakka, Raqqa, Raqa).  No form is a common French or
 *   English word on its own: "Bab", "Tal", "Al", "Ain" never stand alone,
 *   and adjectives ("syrien", "turc") are actor forms, not places.  A form
 *   belongs to one entry only; where one is ambiguous the more important
 *   place keeps it ("Ghouta" is Eastern Ghouta, "Yarmouk" the camp,
 *   "Tripoli" the Lebanese city).
 * - Known ambiguities a caller may want to guard against with the original
 *   capitalisation: "Douma" (also the Russian parliament), "Vienne" (also a
 *   subjunctive of venir), "Suisse" (also the adjective), "Paris" (also
 *   "bets"), "Damas" (also damask).
 */
#include "lexicon.h"

const syevp_place_entry syevp_builtin_places[] = {
    /* ---- AE: United Arab Emirates */
    {"Abu Dhabi", "AE", 24.47, 54.37, SYEVP_PLACE_CITY, "Abou Dhabi|Abu Dhabi|Abou Dabi"},
    {"Dubai", "AE", 25.08, 55.31, SYEVP_PLACE_CITY, "Dubaï|Doubaï"},
    {"United Arab Emirates", "AE", 24.00, 54.00, SYEVP_PLACE_COUNTRY,
     "Émirats arabes unis|United Arab Emirates"},

    /* ---- AF: Afghanistan */
    {"Afghanistan", "AF", 33.00, 66.00, SYEVP_PLACE_COUNTRY, "Afghanistan"},

    /* ---- AT: Austria */
    {"Austria", "AT", 47.33, 13.33, SYEVP_PLACE_COUNTRY, "Autriche|Austria"},
    {"Vienna", "AT", 48.21, 16.37, SYEVP_PLACE_CITY, "Vienne|Vienna|Wien"},

    /* ---- BE: Belgium */
    {"Belgium", "BE", 50.75, 4.50, SYEVP_PLACE_COUNTRY, "Belgique|Belgium"},
    {"Brussels", "BE", 50.85, 4.35, SYEVP_PLACE_CITY, "Bruxelles|Brussels"},

    /* ---- CA: Canada */
    {"Canada", "CA", 60.11, -113.64, SYEVP_PLACE_COUNTRY, "Canada"},

    /* ---- CH: Switzerland */
    {"Geneva", "CH", 46.20, 6.15, SYEVP_PLACE_CITY, "Genève|Geneva|Genf|Ginevra"},
    {"Lausanne", "CH", 46.52, 6.63, SYEVP_PLACE_CITY, "Lausanne"},
    {"Montreux", "CH", 46.43, 6.91, SYEVP_PLACE_CITY, "Montreux"},
    {"Switzerland", "CH", 47.00, 8.00, SYEVP_PLACE_COUNTRY,
     "Suisse|Switzerland|Confédération helvétique"},

    /* ---- CN: China */
    {"Beijing", "CN", 39.91, 116.40, SYEVP_PLACE_CITY, "Pékin|Beijing|Peking"},
    {"China", "CN", 35.00, 105.00, SYEVP_PLACE_COUNTRY,
     "Chine|China|République populaire de Chine|People's Republic of China"},

    /* ---- CY: Cyprus */
    {"Cyprus", "CY", 35.00, 33.00, SYEVP_PLACE_COUNTRY, "Chypre|Cyprus"},

    /* ---- DE: Germany */
    {"Berlin", "DE", 52.52, 13.41, SYEVP_PLACE_CITY, "Berlin"},
    {"Germany", "DE", 51.50, 10.50, SYEVP_PLACE_COUNTRY, "Allemagne|Germany"},
    {"Hamburg", "DE", 53.55, 10.00, SYEVP_PLACE_CITY, "Hambourg|Hamburg"},
    {"Munich", "DE", 48.14, 11.58, SYEVP_PLACE_CITY, "Munich|München|Muenchen"},

    /* ---- DZ: Algeria */
    {"Algeria", "DZ", 28.00, 3.00, SYEVP_PLACE_COUNTRY, "Algérie|Algeria"},

    /* ---- EG: Egypt */
    {"Cairo", "EG", 30.06, 31.25, SYEVP_PLACE_CITY, "Le Caire|Caire|Cairo"},
    {"Egypt", "EG", 27.00, 30.00, SYEVP_PLACE_COUNTRY, "Égypte|Egypt"},

    /* ---- ES: Spain */
    {"Spain", "ES", 40.00, -4.00, SYEVP_PLACE_COUNTRY, "Espagne|Spain"},

    /* ---- FI: Finland */
    {"Helsinki", "FI", 60.17, 24.94, SYEVP_PLACE_CITY, "Helsinki"},

    /* ---- FR: France */
    {"France", "FR", 46.00, 2.00, SYEVP_PLACE_COUNTRY, "France|République française"},
    {"Paris", "FR", 48.85, 2.35, SYEVP_PLACE_CITY, "Paris"},

    /* ---- GB: United Kingdom */
    {"London", "GB", 51.51, -0.13, SYEVP_PLACE_CITY, "Londres|London"},
    {"United Kingdom", "GB", 54.76, -2.70, SYEVP_PLACE_COUNTRY,
     "Royaume-Uni|Royaume Uni|Grande-Bretagne|Grande Bretagne|United Kingdom|Great Britain"
     "|Britain|Angleterre|UK"},

    /* ---- GR: Greece */
    {"Greece", "GR", 39.00, 22.00, SYEVP_PLACE_COUNTRY, "Grèce|Greece"},

    /* ---- IL: Israel */
    {"Israel", "IL", 31.50, 34.75, SYEVP_PLACE_COUNTRY, "Israël|État hébreu"},
    {"Jerusalem", "IL", 31.77, 35.22, SYEVP_PLACE_CITY, "Jérusalem"},
    {"Tel Aviv", "IL", 32.08, 34.78, SYEVP_PLACE_CITY, "Tel Aviv|Tel-Aviv|Tel Aviv-Jaffa"},

    /* ---- IQ: Iraq */
    {"Al-Anbar", "IQ", 33.40, 42.00, SYEVP_PLACE_GOVERNORATE,
     "Anbar|al-Anbar|province d'Anbar|province d'al-Anbar"},
    {"Al-Qaim", "IQ", 34.39, 40.99, SYEVP_PLACE_TOWN, "al-Qaïm|Qaïm|Al Qaim|Husaybah"},
    {"Baghdad", "IQ", 33.34, 44.40, SYEVP_PLACE_CITY, "Bagdad|Baghdad"},
    {"Diyala", "IQ", 33.77, 44.97, SYEVP_PLACE_GOVERNORATE,
     "Diyala|province de Diyala|Diyala province"},
    {"Erbil", "IQ", 36.19, 44.01, SYEVP_PLACE_CITY, "Erbil|Arbil|Irbil|Hewler|Hawler"},
    {"Fallujah", "IQ", 33.35, 43.78, SYEVP_PLACE_CITY, "Falloujah|Fallouja|Fallujah|Falluja"},
    {"Iraq", "IQ", 33.00, 44.00, SYEVP_PLACE_COUNTRY, "Irak|Iraq"},
    {"Kirkuk", "IQ", 35.47, 44.39, SYEVP_PLACE_CITY, "Kirkouk|Kirkuk|Kerkouk"},
    {"Mosul", "IQ", 36.34, 43.13, SYEVP_PLACE_CITY, "Mossoul|Mosul|Mosoul"},
    {"Ramadi", "IQ", 33.43, 43.30, SYEVP_PLACE_CITY, "Ramadi|al-Ramadi"},
    {"Samarra", "IQ", 34.20, 43.87, SYEVP_PLACE_CITY, "Samarra"},
    {"Sinjar", "IQ", 36.32, 41.88, SYEVP_PLACE_TOWN, "Sinjar|Sindjar|Shingal|Singal"},
    {"Tal Afar", "IQ", 36.38, 42.45, SYEVP_PLACE_CITY, "Tal Afar|Tall Afar|Tel Afar|Tal Affar"},
    {"Tikrit", "IQ", 34.60, 43.68, SYEVP_PLACE_CITY, "Tikrit|Tekrit"},

    /* ---- IR: Iran */
    {"Iran", "IR", 32.00, 53.00, SYEVP_PLACE_COUNTRY,
     "Iran|République islamique d'Iran|Islamic Republic of Iran"},
    {"Tehran", "IR", 35.69, 51.42, SYEVP_PLACE_CITY, "Téhéran|Tehran"},

    /* ---- IT: Italy */
    {"Italy", "IT", 42.83, 12.83, SYEVP_PLACE_COUNTRY, "Italie|Italy"},
    {"Rome", "IT", 41.89, 12.51, SYEVP_PLACE_CITY, "Rome"},

    /* ---- JO: Jordan */
    {"Amman", "JO", 31.96, 35.95, SYEVP_PLACE_CITY, "Amman"},
    {"Irbid", "JO", 32.56, 35.85, SYEVP_PLACE_CITY, "Irbid"},
    {"Jordan", "JO", 31.00, 36.00, SYEVP_PLACE_COUNTRY,
     "Jordanie|Jordan|royaume hachémite|Hashemite Kingdom of Jordan"},
    {"Mafraq", "JO", 32.34, 36.21, SYEVP_PLACE_CITY, "Mafraq|al-Mafraq|Mafrak"},
    {"Ramtha", "JO", 32.56, 36.01, SYEVP_PLACE_TOWN, "Ramtha|al-Ramtha"},
    {"Zaatari", "JO", 32.30, 36.32, SYEVP_PLACE_SITE,
     "Zaatari|Zaatri|Za'atari|camp de Zaatari|camp de Zaatri|Zaatari camp"},

    /* ---- KW: Kuwait */
    {"Kuwait", "KW", 29.50, 47.75, SYEVP_PLACE_COUNTRY, "Koweït|Kuwait|émirat du Koweït"},
    {"Kuwait City", "KW", 29.37, 47.98, SYEVP_PLACE_CITY,
     "Koweït City|Koweït-City|Kuwait City|Koweït-Ville|Koweït ville"},

    /* ---- KZ: Kazakhstan */
    {"Astana", "KZ", 51.18, 71.45, SYEVP_PLACE_CITY,
     "Astana|Nur-Sultan|Nour-Soultan|Noursoultan|Nursultan|Nour Soultan"},
    {"Kazakhstan", "KZ", 48.00, 68.00, SYEVP_PLACE_COUNTRY, "Kazakhstan|Kazakstan"},

    /* ---- LB: Lebanon */
    {"Arsal", "LB", 34.18, 36.42, SYEVP_PLACE_TOWN, "Ersal|Arsal|Aarsal"},
    {"Baalbek", "LB", 34.01, 36.21, SYEVP_PLACE_CITY, "Baalbek|Baalbeck|Balbek"},
    {"Beirut", "LB", 33.89, 35.50, SYEVP_PLACE_CITY, "Beyrouth|Beirut|Bayrut"},
    {"Beqaa Valley", "LB", 33.85, 35.90, SYEVP_PLACE_REGION,
     "Bekaa|Béqaa|Bekaa valley|Beqaa valley|vallée de la Bekaa|plaine de la Bekaa"},
    {"Dahieh", "LB", 33.85, 35.51, SYEVP_PLACE_DISTRICT,
     "Dahiyeh|Dahieh|Dahiya|banlieue sud de Beyrouth|banlieue sud de Beirut"
     "|Beirut southern suburbs"},
    {"Hermel", "LB", 34.39, 36.38, SYEVP_PLACE_TOWN, "Hermel|al-Hermel|el-Hermel|Hermil"},
    {"Lebanon", "LB", 33.83, 35.83, SYEVP_PLACE_COUNTRY, "Liban|Lebanon|pays du Cèdre"},
    {"Masnaa", "LB", 33.70, 35.92, SYEVP_PLACE_SITE,
     "Masnaa|al-Masnaa|poste-frontière de Masnaa|Masnaa crossing"},
    {"Qaa", "LB", 34.35, 36.48, SYEVP_PLACE_TOWN, "Qaa|al-Qaa|el-Qaa|Al Qaa"},
    {"Tripoli", "LB", 34.44, 35.85, SYEVP_PLACE_CITY, "Tripoli|Trablous|Tripoli du Liban"},

    /* ---- LY: Libya */
    {"Libya", "LY", 28.00, 17.00, SYEVP_PLACE_COUNTRY, "Libye|Libya"},

    /* ---- MA: Morocco */
    {"Morocco", "MA", 32.00, -5.00, SYEVP_PLACE_COUNTRY, "Maroc|Morocco"},

    /* ---- NL: Netherlands */
    {"Netherlands", "NL", 52.25, 5.75, SYEVP_PLACE_COUNTRY, "Pays-Bas|Pays Bas|Netherlands"},
    {"The Hague", "NL", 52.08, 4.30, SYEVP_PLACE_CITY, "La Haye|The Hague|Den Haag"},

    /* ---- OM: Oman */
    {"Muscat", "OM", 23.58, 58.41, SYEVP_PLACE_CITY, "Mascate"},
    {"Oman", "OM", 21.00, 57.00, SYEVP_PLACE_COUNTRY, "Oman|sultanat d'Oman|Sultanate of Oman"},

    /* ---- PS: Palestine */
    {"Palestine", "PS", 31.90, 35.20, SYEVP_PLACE_COUNTRY,
     "Palestine|territoires palestiniens|Palestinian territories|Cisjordanie|West Bank"},

    /* ---- QA: Qatar */
    {"Doha", "QA", 25.29, 51.53, SYEVP_PLACE_CITY, "Doha"},
    {"Qatar", "QA", 25.50, 51.25, SYEVP_PLACE_COUNTRY, "Qatar|émirat du Qatar"},

    /* ---- RU: Russia */
    {"Moscow", "RU", 55.75, 37.62, SYEVP_PLACE_CITY, "Moscou|Moscow|Moskva"},
    {"Russia", "RU", 60.00, 100.00, SYEVP_PLACE_COUNTRY,
     "Russie|Russia|Fédération de Russie|Russian Federation"},
    {"Saint Petersburg", "RU", 59.94, 30.31, SYEVP_PLACE_CITY,
     "Saint-Pétersbourg|Saint Pétersbourg|Saint Petersburg|St Petersburg"},
    {"Sochi", "RU", 43.60, 39.73, SYEVP_PLACE_CITY, "Sotchi|Sochi"},

    /* ---- SA: Saudi Arabia */
    {"Jeddah", "SA", 21.49, 39.19, SYEVP_PLACE_CITY, "Djeddah|Jeddah|Jedda|Djedda"},
    {"Riyadh", "SA", 24.69, 46.72, SYEVP_PLACE_CITY, "Riyad|Riyadh|Ryad|Er-Riyad"},
    {"Saudi Arabia", "SA", 25.00, 45.00, SYEVP_PLACE_COUNTRY,
     "Arabie saoudite|Arabie Séoudite|Saudi Arabia|royaume saoudien"},

    /* ---- SY: Syria */
    {"Abu Kamal", "SY", 34.45, 40.92, SYEVP_PLACE_CITY,
     "Boukamal|Bou Kamal|Abou Kamal|Abu Kamal|Albu Kamal|al-Bukamal|Bukamal|Abou Kemal"
     "|al-Boukamal|Abukamal"},
    {"Abu al-Duhur", "SY", 35.74, 37.04, SYEVP_PLACE_TOWN,
     "Abou al-Douhour|Abou Douhour|Abou al-Dhouhour|Abu al-Duhur|Abu Duhur|Abu al-Dhuhur"
     "|Abu Dhuhur|Abou Zouhour|aéroport militaire d'Abou al-Douhour|Abu al-Duhur airbase"},
    {"Adra", "SY", 33.61, 36.51, SYEVP_PLACE_TOWN,
     "Adra|Adra al-Oumaliya|Adra al-Ummaliyah|Adra industrielle"},
    {"Afrin", "SY", 36.51, 36.87, SYEVP_PLACE_CITY, "Afrin|Efrin|Afrine|Afreen"},
    {"Ain Tarma", "SY", 33.51, 36.35, SYEVP_PLACE_TOWN, "Aïn Tarma|Ein Tarma|Ayn Tarma"},
    {"Ain al-Fijah", "SY", 33.62, 36.18, SYEVP_PLACE_SITE,
     "Aïn al-Fijé|Aïn el-Fijé|Ain al-Fijeh|Ain el-Fijeh|Ain al-Fijah|Ayn al-Fijah|Aïn Fijé"
     "|Ain Fijeh|source de Fijé"},
    {"Akhtarin", "SY", 36.51, 37.34, SYEVP_PLACE_TOWN, "Akhtarin|Akhtarine|Akhtareen|Akhterin"},
    {"Al-Arimah", "SY", 36.47, 37.72, SYEVP_PLACE_TOWN, "al-Arima|al-Arimah|Arima|al-Ouraima"},
    {"Al-Asharah", "SY", 34.92, 40.56, SYEVP_PLACE_TOWN,
     "al-Achara|al-Asharah|al-Ashara|Ashara|al-Ashareh|Achara"},
    {"Al-Atarib", "SY", 36.14, 36.83, SYEVP_PLACE_TOWN,
     "Atareb|al-Atareb|al-Atarib|Atarib|el-Atareb"},
    {"Al-Bab", "SY", 36.37, 37.52, SYEVP_PLACE_CITY, "al-Bab|al Bab|el-Bab|el Bab"},
    {"Al-Busayrah", "SY", 35.16, 40.43, SYEVP_PLACE_TOWN,
     "Boussayra|Busayrah|al-Busayrah|al-Bousayra|Busaira|al-Busayra|al-Bessira|Bsayra"},
    {"Al-Fu'ah", "SY", 35.98, 36.70, SYEVP_PLACE_TOWN,
     "Fouaa|Foua|al-Fouaa|al-Foua|Fuaa|Fu'ah|al-Fu'ah|al-Fo'ua|Foah|Fua"},
    {"Al-Ghab Plain", "SY", 35.60, 36.35, SYEVP_PLACE_REGION,
     "plaine du Ghab|plaine d'al-Ghab|Sahl al-Ghab|Ghab plain|al-Ghab plain|plaine de Ghab"},
    {"Al-Hader", "SY", 35.99, 37.05, SYEVP_PLACE_TOWN,
     "al-Hader|al-Hadher|al-Hadir|al-Hadhir|Hader|Hadher|al-Hadar"},
    {"Al-Haffah", "SY", 35.60, 36.03, SYEVP_PLACE_TOWN,
     "al-Haffa|Haffeh|al-Haffah|Haffah|al-Haffé"},
    {"Al-Harak", "SY", 32.75, 36.31, SYEVP_PLACE_TOWN, "al-Harak|Harak|al-Hrak"},
    {"Al-Hasakah", "SY", 36.41, 40.80, SYEVP_PLACE_GOVERNORATE,
     "province de Hassaké|province d'Hassaké|province de Hasakah|gouvernorat de Hassaké"
     "|Hasakah province|Hassakeh province|Al-Hasakah Governorate"},
    {"Al-Hasakah", "SY", 36.50, 40.75, SYEVP_PLACE_CITY,
     "Hassaké|Hassakeh|Hasakah|Hasaka|Hassaka|Hasakeh|al-Hasakah|al-Hassaké|al-Hasaka"},
    {"Al-Hawl", "SY", 36.39, 41.15, SYEVP_PLACE_TOWN,
     "al-Hol|al-Hawl|al-Hole|Al Hol|camp d'al-Hol|camp de Hol|Hol camp|al-Hol camp"},
    {"Al-Houla", "SY", 34.89, 36.52, SYEVP_PLACE_REGION, "Houla|al-Houla|al-Hula|Al Houla|Houleh"},
    {"Al-Kiswah", "SY", 33.36, 36.24, SYEVP_PLACE_TOWN,
     "Kiswah|Kisweh|al-Kiswah|al-Kisweh|Kissoué"},
    {"Al-Latamneh", "SY", 35.32, 36.62, SYEVP_PLACE_TOWN,
     "Latamneh|al-Latamneh|Lataminah|al-Lataminah|Latamné|Latamina"},
    {"Al-Malikiyah", "SY", 37.18, 42.14, SYEVP_PLACE_TOWN,
     "Malikiyah|al-Malikiyah|al-Malikiya|Derik|Malkiyeh|al-Malkiyeh"},
    {"Al-Nabk", "SY", 34.02, 36.73, SYEVP_PLACE_TOWN, "Nabek|Nabk|al-Nabk|an-Nabk|al-Nabek|Nebek"},
    {"Al-Omar oil field", "SY", 34.92, 40.60, SYEVP_PLACE_SITE,
     "champ pétrolier d'al-Omar|champ pétrolifère d'al-Omar|champ d'al-Omar"
     "|al-Omar oil field|Omar oil field|champ pétrolier d'Omar"},
    {"Al-Qaryatayn", "SY", 34.23, 37.24, SYEVP_PLACE_TOWN,
     "Qaryatayn|al-Qaryatayn|Qaryatein|al-Qaryatein|Qariatayn|Al-Qariatain"},
    {"Al-Qusayr", "SY", 34.51, 36.58, SYEVP_PLACE_TOWN,
     "Qousseir|al-Qousseir|Qusayr|al-Qusayr|Qusair|Qoussair|Qussair|Kusayr"},
    {"Al-Qutayfah", "SY", 33.74, 36.60, SYEVP_PLACE_TOWN,
     "Qutayfah|al-Qutayfah|Qteifeh|Koutaifa|Qoutaifa|al-Qoutayfa"},
    {"Al-Rai", "SY", 36.61, 37.45, SYEVP_PLACE_TOWN, "al-Rai|ar-Rai|al-Ra'i|Al Rai"},
    {"Al-Rastan", "SY", 34.93, 36.73, SYEVP_PLACE_TOWN, "Rastan|al-Rastan|ar-Rastan|er-Rastan"},
    {"Al-Ruhaybah", "SY", 33.74, 36.70, SYEVP_PLACE_TOWN,
     "Ruhaybah|al-Ruhaybah|Rouhaybé|al-Rouhaybé|Ruhaiba|Rhaibeh|Rheibeh"},
    {"Al-Safira", "SY", 36.08, 37.37, SYEVP_PLACE_TOWN,
     "Safira|al-Safira|as-Safira|al-Safirah|Sfireh|Es-Safira|as-Safirah"},
    {"Al-Sanamayn", "SY", 33.07, 36.18, SYEVP_PLACE_TOWN,
     "Sanamayn|al-Sanamayn|Sanamein|al-Sanamein|as-Sanamayn|Sanamine"},
    {"Al-Shaddadi", "SY", 36.06, 40.73, SYEVP_PLACE_TOWN,
     "Chaddadi|Shaddadi|al-Shaddadi|al-Chaddadi|Shadadi|al-Shaddadah|Chaddadé"},
    {"Al-Shayfuniyah", "SY", 33.57, 36.42, SYEVP_PLACE_TOWN,
     "Chifouniya|Chifouniyé|Shifuniyah|al-Shayfuniyah|al-Shayfouniya|Shayfuniyah"
     "|al-Chifouniya"},
    {"Al-Sukhnah", "SY", 34.89, 38.87, SYEVP_PLACE_TOWN,
     "Soukhné|Soukhna|Sukhnah|Sukhna|al-Sukhnah|al-Sukhna|as-Sukhnah|al-Soukhna"},
    {"Al-Suqaylabiyah", "SY", 35.37, 36.39, SYEVP_PLACE_TOWN,
     "Suqaylabiyah|al-Suqaylabiyah|Squeilbiyé|Sqelbieh|Skeilbiyeh|Suqaylibiyah|Sqeilbiyeh"},
    {"Al-Susah", "SY", 34.53, 40.96, SYEVP_PLACE_TOWN,
     "al-Soussa|Soussa|al-Susah|al-Sousah|Susah|al-Sousa"},
    {"Al-Tall", "SY", 33.61, 36.31, SYEVP_PLACE_TOWN, "al-Tall|at-Tall|al-Tal|Al Tall"},
    {"Al-Tamanah", "SY", 35.46, 36.75, SYEVP_PLACE_TOWN,
     "Tamanah|al-Tamanah|al-Tamanaa|Tamanaa|al-Tamaniah|Tamana'a"},
    {"Al-Tanf", "SY", 33.51, 38.62, SYEVP_PLACE_SITE,
     "Tanf|al-Tanf|At-Tanf|al-Tanaf|Al Tanf|al-Tanf garrison|poste-frontière d'al-Tanf"},
    {"Al-Waer", "SY", 34.74, 36.67, SYEVP_PLACE_DISTRICT,
     "Waer|al-Waer|al-Waar|al-Wa'er|al-Wa'ar|Wa'er|quartier d'al-Waer"},
    {"Al-Yarubiyah", "SY", 36.81, 42.06, SYEVP_PLACE_SITE,
     "Yaroubiyé|Yarubiyah|al-Yarubiyah|al-Yaroubiya|Yaarubiyah|Tal Kocher|Til Koçer"
     "|Tel Kocher|Yaroubiya"},
    {"Al-Zahraa", "SY", 36.38, 37.00, SYEVP_PLACE_TOWN,
     "Zahraa|al-Zahraa|Zahra'a|al-Zahra'a|az-Zahraa"},
    {"Aleppo", "SY", 36.23, 37.47, SYEVP_PLACE_GOVERNORATE,
     "province d'Alep|gouvernorat d'Alep|Aleppo province|Aleppo Governorate"
     "|province of Aleppo"},
    {"Aleppo", "SY", 36.20, 37.16, SYEVP_PLACE_CITY,
     "Alep|Aleppo|Halab|Alep-Est|Alep Est|Eastern Aleppo|East Aleppo|Alep-Ouest"
     "|Western Aleppo|West Aleppo"},
    {"Aleppo International Airport", "SY", 36.18, 37.22, SYEVP_PLACE_SITE,
     "aéroport d'Alep|aéroport international d'Alep|Aleppo airport"
     "|Aleppo International Airport|aéroport de Nairab|Nayrab airbase"
     "|aéroport militaire de Nairab"},
    {"Amuda", "SY", 37.10, 40.93, SYEVP_PLACE_TOWN, "Amouda|Amuda|Amude|Amoudé"},
    {"Anadan", "SY", 36.29, 37.04, SYEVP_PLACE_TOWN, "Anadan|Anadane|Andan|Enadan"},
    {"Arbin", "SY", 33.54, 36.37, SYEVP_PLACE_TOWN, "Arbin|Erbin|Irbin|Arbeen"},
    {"Ariha", "SY", 35.81, 36.61, SYEVP_PLACE_TOWN, "Ariha|Areeha"},
    {"As-Suwayda", "SY", 32.80, 36.78, SYEVP_PLACE_GOVERNORATE,
     "province de Soueida|province de Sweida|gouvernorat de Soueida|Suwayda province"
     "|Sweida province|As-Suwayda Governorate"},
    {"As-Suwayda", "SY", 32.71, 36.57, SYEVP_PLACE_CITY,
     "Soueida|Sweida|Suwayda|Souweida|As-Suwayda|al-Suwayda"},
    {"Assal al-Ward", "SY", 33.86, 36.41, SYEVP_PLACE_TOWN,
     "Assal al-Ward|Assal el-Ward|Asal al-Ward"},
    {"Atmeh", "SY", 36.21, 36.68, SYEVP_PLACE_TOWN, "Atmeh|Atmé|Atma|camp d'Atmé|Atmeh camp"},
    {"Ayn Issa", "SY", 36.39, 38.86, SYEVP_PLACE_TOWN,
     "Aïn Issa|Ayn Issa|Ain Eissa|Aïn Aïssa|Ain Isa"},
    {"Azaz", "SY", 36.59, 37.05, SYEVP_PLACE_TOWN, "Azaz|A'zaz|Aazaz|Izaz"},
    {"Bab Touma", "SY", 33.51, 36.32, SYEVP_PLACE_DISTRICT, "Bab Touma|Bab Tuma"},
    {"Bab al-Hawa", "SY", 36.23, 36.69, SYEVP_PLACE_SITE,
     "Bab al-Hawa|Bab el-Hawa|Bab al-Haoua|Bab el-Haoua|Bab al-Hawa crossing"
     "|poste-frontière de Bab al-Hawa|Bab al-Hawah"},
    {"Bab al-Salama", "SY", 36.63, 37.05, SYEVP_PLACE_SITE,
     "Bab al-Salama|Bab al-Salam|Bab el-Salama|Bab es-Salama|Bab al-Salameh"
     "|poste-frontière de Bab al-Salama|Bab al-Salama crossing"},
    {"Baba Amr", "SY", 34.72, 36.69, SYEVP_PLACE_DISTRICT,
     "Baba Amr|Baba Amro|Bab Amr|Baba Amer|Baba Amre"},
    {"Babbila", "SY", 33.47, 36.33, SYEVP_PLACE_TOWN, "Babbila|Babila|Bebila|Beit Bebila"},
    {"Baghuz", "SY", 34.46, 40.95, SYEVP_PLACE_TOWN,
     "Baghouz|Baghuz|al-Baghouz|al-Baghuz|Baghouz Fawqani|Baghuz Fawqani|al-Baghuz Fawqani"},
    {"Baniyas", "SY", 35.18, 35.95, SYEVP_PLACE_TOWN, "Banias|Baniyas|Banyas"},
    {"Barzeh", "SY", 33.55, 36.32, SYEVP_PLACE_DISTRICT, "Barzeh|Barzé|al-Barzeh|Barza"},
    {"Beit Jinn", "SY", 33.31, 35.88, SYEVP_PLACE_TOWN, "Beit Jinn|Beit Jin|Beit Djinn"},
    {"Binnish", "SY", 35.96, 36.71, SYEVP_PLACE_TOWN, "Binnish|Binnich|Binish|Bennich|Binnech"},
    {"Bloudan", "SY", 33.73, 36.13, SYEVP_PLACE_TOWN, "Bloudan|Bloudane|Bludan"},
    {"Bosra", "SY", 32.52, 36.48, SYEVP_PLACE_TOWN,
     "Bosra|Busra|Bosra al-Cham|Bosra al-Sham|Busra al-Sham|Bousra|Busra ash-Sham"
     "|Bosra ach-Cham|Bosra Cham"},
    {"Busra al-Harir", "SY", 32.84, 36.34, SYEVP_PLACE_TOWN,
     "Busra al-Harir|Bosra al-Harir|Bousra al-Harir|Busr al-Harir|Busr al-Hariri"},
    {"Bustan al-Qasr", "SY", 36.19, 37.14, SYEVP_PLACE_DISTRICT,
     "Boustane al-Qasr|Boustan al-Qasr|Bustan al-Qasr|Bustan al-Qaser|Boustan al-Kasr"},
    {"Castello Road", "SY", 36.26, 37.14, SYEVP_PLACE_SITE,
     "route du Castello|route de Castello|Castello road|Castello highway|axe du Castello"},
    {"Da'el", "SY", 32.75, 36.13, SYEVP_PLACE_TOWN, "Dael|Da'el|Da'il"},
    {"Dabiq", "SY", 36.54, 37.27, SYEVP_PLACE_TOWN, "Dabiq|Dabeq|Dabik"},
    {"Damascus", "SY", 33.51, 36.29, SYEVP_PLACE_GOVERNORATE,
     "gouvernorat de Damas|Damascus Governorate"},
    {"Damascus", "SY", 33.51, 36.29, SYEVP_PLACE_CITY, "Damas|Damascus|Dimashq|Dimachq"},
    {"Damascus International Airport", "SY", 33.41, 36.51, SYEVP_PLACE_SITE,
     "aéroport de Damas|aéroport international de Damas|Damascus airport"
     "|Damascus International Airport"},
    {"Daraa", "SY", 32.92, 36.18, SYEVP_PLACE_GOVERNORATE,
     "province de Deraa|province de Daraa|gouvernorat de Deraa|gouvernorat de Daraa"
     "|Daraa province|Deraa province|Daraa Governorate"},
    {"Daraa", "SY", 32.62, 36.10, SYEVP_PLACE_CITY, "Deraa|Daraa|Dera'a|Dar'a"},
    {"Daraa al-Balad", "SY", 32.61, 36.10, SYEVP_PLACE_DISTRICT,
     "Deraa al-Balad|Daraa al-Balad|Dar'a al-Balad|Deraa el-Balad|Daraa el-Balad"},
    {"Darat Izza", "SY", 36.28, 36.85, SYEVP_PLACE_TOWN,
     "Darat Izza|Darat Azza|Daret Azza|Daret Izza|Dar Ta'izzah"},
    {"Darayya", "SY", 33.46, 36.23, SYEVP_PLACE_TOWN, "Darayya|Daraya|Daraïya|Darayia|Dariya"},
    {"Darbasiyah", "SY", 37.07, 40.65, SYEVP_PLACE_TOWN,
     "Derbassiyé|Darbasiyah|al-Darbasiyah|Derbasiye|Dirbêsiyê|Darbassiyeh|Derbassiyeh"},
    {"Darkush", "SY", 35.99, 36.39, SYEVP_PLACE_TOWN, "Darkoush|Darkush|Darkouch|Darkouche"},
    {"Deir Atiyah", "SY", 34.10, 36.77, SYEVP_PLACE_TOWN,
     "Deir Atiyah|Deir Attiyeh|Deir Attiyé|Deir Attieh|Dayr Atiyah"},
    {"Deir Hafer", "SY", 36.16, 37.71, SYEVP_PLACE_TOWN,
     "Deir Hafer|Deir Hafir|Dayr Hafir|Deir Hafar|Dair Hafer"},
    {"Deir al-Asafir", "SY", 33.47, 36.42, SYEVP_PLACE_TOWN,
     "Deir al-Asafir|Deir al-Assafir|Deir el-Assafir|Dayr al-Asafir"},
    {"Deir ez-Zor", "SY", 35.10, 40.40, SYEVP_PLACE_GOVERNORATE,
     "province de Deir ez-Zor|province de Deir Ezzor|province de Deir el-Zor"
     "|gouvernorat de Deir ez-Zor|Deir ez-Zor province|Deir ez-Zor Governorate"
     "|Deir Ezzor province"},
    {"Deir ez-Zor", "SY", 35.34, 40.14, SYEVP_PLACE_CITY,
     "Deir ez-Zor|Deir ez Zor|Deir-ez-Zor|Deir Ezzor|Deir Ezzour|Deir el-Zor|Deir al-Zor"
     "|Deir al-Zour|Deir ez-Zour|Deir Zor|Dayr az-Zawr"},
    {"Douma", "SY", 33.57, 36.40, SYEVP_PLACE_CITY, "Douma|Duma|Doumah"},
    {"Dumayr", "SY", 33.64, 36.69, SYEVP_PLACE_TOWN, "Dumayr|Dmeir|Doumeir|al-Dumayr|Adh-Dhumayr"},
    {"Dumayr Airbase", "SY", 33.61, 36.75, SYEVP_PLACE_SITE,
     "aéroport militaire de Dmeir|base aérienne de Dmeir|aéroport militaire de Doumeir"
     "|Dumayr airbase|Dumayr air base|Dmeir airbase"},
    {"Eastern Ghouta", "SY", 33.50, 36.42, SYEVP_PLACE_REGION,
     "Ghouta orientale|Ghouta|Ghouta Est|Ghouta de l'Est|Eastern Ghouta|East Ghouta|Ghuta"},
    {"Golan Heights", "SY", 33.00, 35.75, SYEVP_PLACE_REGION,
     "Golan|plateau du Golan|hauteurs du Golan|Golan Heights|Golan occupé|Golan syrien"},
    {"Hajar al-Aswad", "SY", 33.46, 36.30, SYEVP_PLACE_DISTRICT,
     "Hajar al-Aswad|al-Hajar al-Aswad|Hajar Aswad|Hajjar al-Aswad"},
    {"Hajin", "SY", 34.70, 40.83, SYEVP_PLACE_TOWN, "Hajin|Hajine|Hadjine|Hajeen|Hadjin"},
    {"Halfaya", "SY", 35.26, 36.61, SYEVP_PLACE_TOWN, "Halfaya|Halfaïa|Halfayah|Helfaya"},
    {"Hama", "SY", 35.19, 37.21, SYEVP_PLACE_GOVERNORATE,
     "province de Hama|gouvernorat de Hama|Hama province|Hama Governorate"},
    {"Hama", "SY", 35.13, 36.76, SYEVP_PLACE_CITY, "Hama|Hamah"},
    {"Hamouria", "SY", 33.52, 36.39, SYEVP_PLACE_TOWN,
     "Hamouria|Hammouriyeh|Hamouriyé|Hammuriyah|Hamouriya|Hamuriyah"},
    {"Hanano", "SY", 36.22, 37.18, SYEVP_PLACE_DISTRICT,
     "Hanano|Masaken Hanano|Massaken Hanano|Masakin Hanano|quartier de Hanano"},
    {"Handarat", "SY", 36.28, 37.16, SYEVP_PLACE_DISTRICT,
     "Handarat|camp de Handarat|Handarat camp|Hendarat|Handarat refugee camp"},
    {"Harasta", "SY", 33.56, 36.37, SYEVP_PLACE_TOWN, "Harasta|Harasta al-Bassal|Herasta"},
    {"Harim", "SY", 36.21, 36.52, SYEVP_PLACE_TOWN, "Harim"},
    {"Hmeimim", "SY", 35.41, 35.95, SYEVP_PLACE_SITE,
     "Hmeimim|Khmeimim|Hmeymim|Humaymim|Hmeimime|Hmeimim airbase|base de Hmeimim"
     "|base aérienne de Hmeimim|base de Khmeimim|Bassel al-Assad airport"
     "|aéroport Bassel al-Assad"},
    {"Homs", "SY", 34.26, 38.32, SYEVP_PLACE_GOVERNORATE,
     "province de Homs|gouvernorat de Homs|Homs province|Homs Governorate"},
    {"Homs", "SY", 34.72, 36.73, SYEVP_PLACE_CITY, "Homs"},
    {"Hreitan", "SY", 36.29, 37.09, SYEVP_PLACE_TOWN,
     "Hreitan|Haritan|Hraytan|Huraytan|Hraitan|Hretan"},
    {"Idlib", "SY", 35.83, 36.70, SYEVP_PLACE_GOVERNORATE,
     "province d'Idleb|province d'Idlib|gouvernorat d'Idleb|gouvernorat d'Idlib"
     "|Idlib province|Idleb province|Idlib Governorate"},
    {"Idlib", "SY", 35.93, 36.63, SYEVP_PLACE_CITY, "Idleb|Idlib|Edleb|Edlib"},
    {"Inkhil", "SY", 33.02, 36.13, SYEVP_PLACE_TOWN, "Inkhil|Inkhel|Ankhal"},
    {"Izra", "SY", 32.87, 36.25, SYEVP_PLACE_TOWN, "Izraa|Izra|Izra'|Izra'a|Ezraa"},
    {"Jabal Turkman", "SY", 35.78, 35.98, SYEVP_PLACE_REGION,
     "Jabal Turkman|Djebel Turkmène|Jebel Turkman|Jabal al-Turkman|montagne des Turkmènes"
     "|Bayırbucak|Djebel Turkman|Turkmen Mountain|Jabal Turkmen"},
    {"Jabal al-Akrad", "SY", 35.65, 36.20, SYEVP_PLACE_REGION,
     "Jabal al-Akrad|Djebel al-Akrad|Jebel al-Akrad|Jabal Akrad|montagne des Kurdes"
     "|Djebel Akrad"},
    {"Jabal al-Zawiya", "SY", 35.68, 36.53, SYEVP_PLACE_REGION,
     "Jabal al-Zawiya|Djebel Zawiya|Djebel al-Zaouiya|Jebel Zawiya|Jabal Zawiya"
     "|Jabal al-Zaouia|Djebel al-Zawiya|Jebel al-Zawiya"},
    {"Jabar", "SY", 35.90, 38.48, SYEVP_PLACE_SITE,
     "Jabar|Djabar|Jaabar|Ja'bar|Qalaat Jaabar|Qal'at Ja'bar|Qalaat Jabar"
     "|château de Jaabar"},
    {"Jableh", "SY", 35.36, 35.93, SYEVP_PLACE_TOWN, "Jableh|Jablé|Jebleh|Djablé|Jablah|Jeblé"},
    {"Jarabulus", "SY", 36.82, 38.01, SYEVP_PLACE_TOWN,
     "Jarablus|Jarabulus|Jarablous|Djarablous|Djarabulus|Jarabulous|Djerablus"},
    {"Jaramana", "SY", 33.49, 36.35, SYEVP_PLACE_TOWN, "Jaramana|Djaramana|Jaramanah"},
    {"Jasim", "SY", 32.99, 36.06, SYEVP_PLACE_TOWN, "Jassem|Jasim|Jasem|Djassem"},
    {"Jayroud", "SY", 33.81, 36.74, SYEVP_PLACE_TOWN, "Jayroud|Jairoud|Jeiroud|Jayrud|Jairud"},
    {"Jinderes", "SY", 36.39, 36.69, SYEVP_PLACE_TOWN,
     "Jinderes|Jandairis|Jindires|Jindiris|Djindires|Jinderis|Jindayris"},
    {"Jisr al-Shughur", "SY", 35.81, 36.32, SYEVP_PLACE_TOWN,
     "Jisr al-Choughour|Jisr al-Shughur|Jisr al-Shughour|Jisr al-Shoghour"
     "|Jisr el-Choughour|Jisr ash-Shughur|Djisr al-Choughour|Jisr al-Shugour"
     "|Jisr el-Shughour"},
    {"Jobar", "SY", 33.52, 36.33, SYEVP_PLACE_DISTRICT, "Jobar|Djobar|Jawbar"},
    {"Kafr Batna", "SY", 33.51, 36.37, SYEVP_PLACE_TOWN,
     "Kafr Batna|Kafarbatna|Kfar Batna|Kafr Batnah"},
    {"Kafr Nabl", "SY", 35.61, 36.56, SYEVP_PLACE_TOWN,
     "Kafranbel|Kafr Nabl|Kafr Nabel|Kafranbil|Kafr Nbel"},
    {"Kafr Nabudah", "SY", 35.44, 36.50, SYEVP_PLACE_TOWN,
     "Kafr Nabudah|Kafr Nabouda|Kafr Naboudeh|Kafrnabuda|Kafr Nboudeh"},
    {"Kafr Sousa", "SY", 33.50, 36.27, SYEVP_PLACE_DISTRICT,
     "Kafr Sousa|Kafr Soussa|Kafarsouseh|Kafr Sousseh|Kfar Sousseh"},
    {"Kafr Zita", "SY", 35.37, 36.60, SYEVP_PLACE_TOWN,
     "Kafr Zita|Kafr Zeita|Kafrzita|Kafr Zayta|Kfar Zita"},
    {"Kafraya", "SY", 35.99, 36.68, SYEVP_PLACE_TOWN,
     "Kefraya|Kafraya|Kafriya|Kifarya|Kefrayya|Kfarya|Kafarya"},
    {"Karnaz", "SY", 35.39, 36.49, SYEVP_PLACE_TOWN, "Karnaz|Kernaz|Kurnaz"},
    {"Kessab", "SY", 35.93, 35.99, SYEVP_PLACE_TOWN, "Kessab|Kassab|Kasab|Kesab|Kesap"},
    {"Khalidiya", "SY", 34.74, 36.72, SYEVP_PLACE_DISTRICT,
     "Khaldiyé|Khaldiyeh|Khalidiya|Khalidiyah|al-Khalidiya|al-Khaldiyé|Khaldieh"},
    {"Khan Arnabah", "SY", 33.18, 35.89, SYEVP_PLACE_TOWN,
     "Khan Arnabeh|Khan Arnabah|Khan Arnaba|Khan Arnabé"},
    {"Khan Shaykhun", "SY", 35.44, 36.65, SYEVP_PLACE_TOWN,
     "Khan Cheikhoun|Khan Cheikhoune|Khan Chaykhoun|Khan Sheikhoun|Khan Sheikhun"
     "|Khan Shaykhun|Khan Shaikhoun|Khan Cheikhun"},
    {"Khan Tuman", "SY", 36.11, 37.04, SYEVP_PLACE_TOWN,
     "Khan Touman|Khan Tuman|Khan Toumane|Khan Touma"},
    {"Khan al-Assal", "SY", 36.17, 37.06, SYEVP_PLACE_TOWN,
     "Khan al-Assal|Khan al-Asal|Khan el-Assal|Khan Assal"},
    {"Khan al-Shih", "SY", 33.38, 36.10, SYEVP_PLACE_TOWN,
     "Khan al-Chih|Khan al-Shih|Khan Cheikh|Khan Eshieh|Khan al-Sheeh|Khan Chih"},
    {"Khanasser", "SY", 35.78, 37.50, SYEVP_PLACE_TOWN,
     "Khanasser|Khanaser|Khanasir|Khanacer|Khanassir"},
    {"Khasham", "SY", 35.30, 40.29, SYEVP_PLACE_TOWN, "Khasham|Khusham|Khosham|Khoucham"},
    {"Kinsabba", "SY", 35.74, 36.16, SYEVP_PLACE_TOWN,
     "Kinsabba|Kansaba|Kinsibba|Kansabba|Kinsibbah"},
    {"Kobani", "SY", 36.89, 38.35, SYEVP_PLACE_CITY,
     "Kobané|Kobani|Koubani|Aïn al-Arab|Ayn al-Arab|Ain el-Arab|Aïn Arab"},
    {"Krak des Chevaliers", "SY", 34.76, 36.29, SYEVP_PLACE_SITE,
     "Krak des Chevaliers|Crac des Chevaliers|Qalaat al-Hosn|Qal'at al-Hisn|Qalaat al-Husn"},
    {"Kuweires", "SY", 36.19, 37.58, SYEVP_PLACE_SITE,
     "Kweires|Kuweires|Kuwayris|Kweiris|Kouweires|Kuweiris|Koueires"
     "|aéroport militaire de Kweires|Kweires airbase"},
    {"Latakia", "SY", 35.61, 36.00, SYEVP_PLACE_GOVERNORATE,
     "province de Lattaquié|gouvernorat de Lattaquié|Latakia province|Latakia Governorate"
     "|Lattakia province"},
    {"Latakia", "SY", 35.53, 35.79, SYEVP_PLACE_CITY,
     "Lattaquié|Lattakié|Latakia|Lattakia|Lattaquieh|Latakieh|Lattaqiyé"},
    {"Maaloula", "SY", 33.85, 36.55, SYEVP_PLACE_TOWN, "Maaloula|Maalula|Ma'loula|Ma'lula"},
    {"Maarat Misrin", "SY", 36.01, 36.67, SYEVP_PLACE_TOWN,
     "Maarat Misrin|Maaret Misrine|Maaret Misrin|Ma'arat Misrin|Maarrat Misrin"
     "|Maaratmisrin"},
    {"Maarat al-Numan", "SY", 35.65, 36.68, SYEVP_PLACE_TOWN,
     "Maaret al-Nouman|Maaret al-Noomane|Maaret al-Numan|Maarat al-Numan|Maarat al-Nouman"
     "|Maarat al-Noomane|Maarrat al-Nu'man|Maarat al-Nu'man|Maaret Al-Naaman"
     "|Maarat al-Naaman|Maaret al-Numane"},
    {"Madaya", "SY", 33.69, 36.10, SYEVP_PLACE_TOWN, "Madaya|Madaïa|Medaya"},
    {"Mahin", "SY", 34.24, 37.06, SYEVP_PLACE_TOWN, "Mahin|Mahine|Mhin|Mheen"},
    {"Manbij", "SY", 36.53, 37.95, SYEVP_PLACE_CITY,
     "Manbij|Minbej|Menbij|Manbidj|Membij|Mambij|Manbej"},
    {"Mare'", "SY", 36.48, 37.20, SYEVP_PLACE_TOWN, "Marea|Mare'a|Mareh"},
    {"Markadah", "SY", 35.75, 40.75, SYEVP_PLACE_TOWN, "Markada|Markadah|Marqada|Markadé"},
    {"Maskanah", "SY", 35.97, 38.04, SYEVP_PLACE_TOWN, "Maskanah|Maskana|Meskene|Maskaneh"},
    {"Masyaf", "SY", 35.07, 36.34, SYEVP_PLACE_TOWN, "Masyaf|Misyaf|Massyaf|Masiaf|Massiaf"},
    {"Mayadin", "SY", 35.02, 40.45, SYEVP_PLACE_CITY,
     "Mayadine|Mayadin|al-Mayadin|al-Mayadeen|Mayadeen|Meyadin|al-Mayadine"},
    {"Menagh", "SY", 36.52, 37.04, SYEVP_PLACE_SITE,
     "Menagh|Minakh|Mennagh|Minnigh|Menag|aéroport militaire de Menagh"
     "|base aérienne de Menagh|Menagh airbase|Menagh air base"},
    {"Mezzeh", "SY", 33.50, 36.25, SYEVP_PLACE_DISTRICT, "Mezzeh|Mazzeh|Mezzé|al-Mezzeh|Mazzé"},
    {"Mezzeh Military Airport", "SY", 33.48, 36.22, SYEVP_PLACE_SITE,
     "aéroport militaire de Mezzeh|aéroport militaire de Mazzeh|base aérienne de Mezzeh"
     "|Mezzeh airbase|Mezzeh military airport|Mezzeh air base"},
    {"Mhardeh", "SY", 35.25, 36.57, SYEVP_PLACE_TOWN, "Mhardeh|Mhardé|Mahardah|Maharda|Muhradah"},
    {"Mleiha", "SY", 33.49, 36.38, SYEVP_PLACE_TOWN,
     "Mleiha|al-Mleiha|al-Mliha|Mliha|al-Mulayhah|Mleihah"},
    {"Morek", "SY", 35.38, 36.69, SYEVP_PLACE_TOWN, "Morek|Murak|Mourek|Mourak"},
    {"Muadamiyat al-Sham", "SY", 33.46, 36.20, SYEVP_PLACE_TOWN,
     "Moadamiyet al-Cham|Moadamiyet al-Sham|Mouadamiyat al-Cham|Mouadamiyé|Moadamiyeh"
     "|Moadamiya|Muadamiyat al-Sham|Muadhamiyat al-Sham|al-Moadamiyeh|Maadamiyet al-Cham"},
    {"Muhasan", "SY", 35.23, 40.32, SYEVP_PLACE_TOWN,
     "Mouhassan|Muhasan|al-Mohassan|Mohassan|Muhassan"},
    {"Mzeireb", "SY", 32.71, 36.03, SYEVP_PLACE_TOWN,
     "Mzeireb|al-Muzayrib|Muzayrib|Mzerib|al-Mzeireb|Muzeirib"},
    {"Nashabiyah", "SY", 33.51, 36.49, SYEVP_PLACE_TOWN,
     "Nashabiyah|al-Nashabiyah|Nachabiyé|Nachabiya|Nashabiyeh"},
    {"Nasib", "SY", 32.55, 36.21, SYEVP_PLACE_SITE,
     "Nassib|Nasib|Naseeb|poste-frontière de Nassib|Nassib-Jaber|Nasib crossing"
     "|Nassib crossing"},
    {"Nawa", "SY", 32.89, 36.04, SYEVP_PLACE_TOWN, "Nawa|Naoua|Nawaa"},
    {"Nubl", "SY", 36.38, 36.99, SYEVP_PLACE_TOWN, "Nubl|Nobl|Nubbul|Nebbel|Nubbol|Noubl"},
    {"Old City of Homs", "SY", 34.73, 36.72, SYEVP_PLACE_DISTRICT,
     "vieille ville de Homs|vieux Homs|Old Homs|Old City of Homs|Homs old city"},
    {"Palmyra", "SY", 34.56, 38.28, SYEVP_PLACE_CITY, "Palmyre|Palmyra|Tadmor|Tadmur|Tadmour"},
    {"Qabasin", "SY", 36.43, 37.57, SYEVP_PLACE_TOWN,
     "Qabasin|Qabassin|Kabbasin|Qabbasin|Qabaseen"},
    {"Qaboun", "SY", 33.54, 36.33, SYEVP_PLACE_DISTRICT, "Qaboun|Qabun|al-Qaboun|Kaboun|Qaboune"},
    {"Qalaat al-Madiq", "SY", 35.41, 36.39, SYEVP_PLACE_TOWN,
     "Qalaat al-Madiq|Qalaat al-Mudiq|Qal'at al-Madiq|Qalaat el-Madiq|Qalaat al-Madhiq"},
    {"Qalamoun", "SY", 34.00, 36.82, SYEVP_PLACE_REGION,
     "Qalamoun|Qalamun|Kalamoun|Qalamoun oriental|Qalamoun occidental|monts Qalamoun"
     "|Qalamoun Mountains|Eastern Qalamoun"},
    {"Qamishli", "SY", 37.05, 41.23, SYEVP_PLACE_CITY,
     "Qamichli|Qamishli|Qameshli|Qamechli|Kamechli|Kameshli|Kamechliyé|Qamishlo|Qamişlo"
     "|al-Qamishli|Kamishli"},
    {"Qara", "SY", 34.16, 36.74, SYEVP_PLACE_TOWN, "Qara|Qarah"},
    {"Qardaha", "SY", 35.46, 36.06, SYEVP_PLACE_TOWN, "Qardaha|Kardaha|al-Qardaha|Qerdaha"},
    {"Qatana", "SY", 33.44, 36.08, SYEVP_PLACE_TOWN, "Qatana|Qatanah|Katana"},
    {"Qudsaya", "SY", 33.55, 36.22, SYEVP_PLACE_TOWN, "Qudsaya|Qoudsaya|Qudssaya|Qudsayya"},
    {"Quneitra", "SY", 33.08, 35.89, SYEVP_PLACE_GOVERNORATE,
     "province de Quneitra|province de Kuneitra|gouvernorat de Quneitra|Quneitra province"
     "|Quneitra Governorate"},
    {"Quneitra", "SY", 33.13, 35.82, SYEVP_PLACE_CITY,
     "Quneitra|Kuneitra|Qouneitra|Qunaytirah|al-Qunaytirah"},
    {"Rabia", "SY", 35.79, 36.04, SYEVP_PLACE_TOWN, "Rabia|Rabiaa|Rabi'a|Rabiah"},
    {"Rajo", "SY", 36.68, 36.66, SYEVP_PLACE_TOWN, "Rajo|Radjo|Rajou"},
    {"Ramouseh", "SY", 36.17, 37.15, SYEVP_PLACE_DISTRICT,
     "Ramousseh|Ramouseh|Ramoussa|Ramussa|al-Ramouseh|Ramoussé|Ramouseh district"},
    {"Raqqa", "SY", 35.96, 39.00, SYEVP_PLACE_GOVERNORATE,
     "province de Raqqa|province de Rakka|province de Raqa|gouvernorat de Raqqa"
     "|Raqqa province|Raqqa Governorate"},
    {"Raqqa", "SY", 35.95, 39.01, SYEVP_PLACE_CITY,
     "Rakka|Raqqa|Raqa|Raqqah|Ar-Raqqah|al-Raqqa|Er-Raqqa"},
    {"Ras al-Ayn", "SY", 36.85, 40.07, SYEVP_PLACE_TOWN,
     "Ras al-Aïn|Ras al-Ayn|Ras el-Aïn|Ras Al Ain|Serekaniye|Serê Kaniyê|Ra's al-'Ayn"},
    {"Resafa", "SY", 35.63, 38.76, SYEVP_PLACE_TOWN,
     "Resafa|Rusafa|Rassafa|Resafé|Sergiopolis|al-Rusafa"},
    {"Rif Dimashq", "SY", 33.52, 36.95, SYEVP_PLACE_GOVERNORATE,
     "Rif Dimashq|Rif Dimachq|Rif Damas|Rif de Damas|Damas-campagne|Damascus countryside"
     "|Rural Damascus|Reef Damascus|campagne de Damas|province de Damas|Damascus province"
     "|gouvernorat de Rif Dimachq"},
    {"Rukban", "SY", 33.31, 38.67, SYEVP_PLACE_SITE,
     "Rukban|Roukbane|Rokbane|Rukbane|al-Rukban|Rokban|camp de Rukban|camp de Roukbane"},
    {"Sadad", "SY", 34.31, 36.93, SYEVP_PLACE_TOWN, "Sadad|Saddad"},
    {"Safita", "SY", 34.82, 36.12, SYEVP_PLACE_TOWN, "Safita|Safitha"},
    {"Salaheddine", "SY", 36.19, 37.13, SYEVP_PLACE_DISTRICT,
     "Salaheddine|Salaheddin|Salah ad-Din district|quartier de Salaheddine|Salahedine"},
    {"Salamiyah", "SY", 35.01, 37.05, SYEVP_PLACE_TOWN,
     "Salamiyah|Salamiyé|Salamieh|Salamiyeh|Salamiya|Salamia|as-Salamiyah|Salmiyeh"},
    {"Salkhad", "SY", 32.49, 36.71, SYEVP_PLACE_TOWN, "Salkhad|Salkhade"},
    {"Salqin", "SY", 36.14, 36.45, SYEVP_PLACE_TOWN, "Salqin|Salkin|Salqine|Salqeen"},
    {"Saqba", "SY", 33.52, 36.38, SYEVP_PLACE_TOWN, "Saqba|Sakba"},
    {"Saraqib", "SY", 35.86, 36.81, SYEVP_PLACE_TOWN, "Saraqeb|Saraqib|Sarakeb|Saraqueb"},
    {"Sarmada", "SY", 36.18, 36.72, SYEVP_PLACE_TOWN, "Sarmada|Sarmadah"},
    {"Sarmin", "SY", 35.90, 36.73, SYEVP_PLACE_TOWN, "Sarmin|Sermine|Sarmine|Sermin"},
    {"Sarrin", "SY", 36.59, 38.30, SYEVP_PLACE_TOWN, "Sarrin|Sirrin|Sarrine|Serrin"},
    {"Saydnaya", "SY", 33.69, 36.37, SYEVP_PLACE_TOWN,
     "Saydnaya|Sednaya|Saidnaya|Seidnaya|Saydnaya prison|prison de Saydnaya"
     "|prison de Sednaya"},
    {"Sayyida Zaynab", "SY", 33.44, 36.34, SYEVP_PLACE_TOWN,
     "Sayyida Zeinab|Sayyida Zaynab|Sayeda Zeinab|Sayyeda Zeinab|Sitt Zeinab|Sayida Zaynab"},
    {"Semalka", "SY", 37.11, 42.36, SYEVP_PLACE_SITE,
     "Semalka|Simalka|poste-frontière de Semalka|Semalka crossing"},
    {"Shahba", "SY", 32.85, 36.63, SYEVP_PLACE_TOWN, "Shahba|Chahba|Shuhba"},
    {"Shayrat", "SY", 34.49, 36.91, SYEVP_PLACE_SITE,
     "Shayrat|Chayrat|Chaayrate|al-Chaayrate|Shairat|al-Shayrat|Sha'irat|Chaayrat"
     "|al-Chayrat"},
    {"Sheikh Maqsood", "SY", 36.24, 37.15, SYEVP_PLACE_DISTRICT,
     "Cheikh Maqsoud|Cheikh Maksoud|Sheikh Maqsoud|Sheikh Maksoud|Sheikh Maqsud"
     "|Sheikh Maqsood|al-Sheikh Maqsoud"},
    {"Sheikh Miskin", "SY", 32.83, 36.16, SYEVP_PLACE_TOWN,
     "Cheikh Meskine|Cheikh Miskine|Sheikh Miskine|Sheikh Maskin|Sheikh Miskin"
     "|al-Sheikh Miskin|Shaykh Miskin"},
    {"Slinfah", "SY", 35.60, 36.19, SYEVP_PLACE_TOWN,
     "Slinfah|Slenfeh|Slunfeh|Salanfa|Slenfé|Slinfeh"},
    {"Sukkari", "SY", 36.18, 37.15, SYEVP_PLACE_DISTRICT,
     "Sukkari|Soukkari|al-Sukkari|al-Soukkari|Sukari|Soukari"},
    {"Suluk", "SY", 36.60, 39.13, SYEVP_PLACE_TOWN, "Suluk|Slouk|Slok|Suluq|Sluk"},
    {"Suran", "SY", 35.29, 36.75, SYEVP_PLACE_TOWN, "Souran|Suran|Soran|Sourane"},
    {"Syria", "SY", 35.00, 38.00, SYEVP_PLACE_COUNTRY,
     "Syrie|Syria|République arabe syrienne|Syrian Arab Republic"},
    {"Syrian Desert", "SY", 34.00, 38.50, SYEVP_PLACE_REGION,
     "désert syrien|Badia|Badiya|Badiyat al-Sham|Syrian Desert|Badia syrienne"},
    {"Tabqa", "SY", 35.84, 38.55, SYEVP_PLACE_CITY,
     "Tabqa|Tabaqa|Taqba|al-Tabqa|Tabqah|Madinat al-Thawra|al-Thawrah|Tabqa airbase"
     "|aéroport militaire de Tabqa|base aérienne de Tabqa"},
    {"Tabqa Dam", "SY", 35.87, 38.57, SYEVP_PLACE_SITE,
     "barrage de Tabqa|barrage de Taqba|barrage de Tabaqa|barrage de l'Euphrate"
     "|barrage al-Thawra|Tabqa dam|Euphrates dam|barrage de Tabqah"},
    {"Tadamon", "SY", 33.48, 36.31, SYEVP_PLACE_DISTRICT,
     "Tadamon|Tadamoun|al-Tadamon|Tadamun|Tadhamon"},
    {"Tadef", "SY", 36.35, 37.53, SYEVP_PLACE_TOWN, "Tadef|Tadif|Tadeff|Tadhef"},
    {"Tafas", "SY", 32.74, 36.07, SYEVP_PLACE_TOWN, "Tafas|Tafass|Tafes"},
    {"Taftanaz", "SY", 36.00, 36.79, SYEVP_PLACE_TOWN,
     "Taftanaz|Taftanaz airbase|aéroport militaire de Taftanaz|base aérienne de Taftanaz"},
    {"Tal Hamis", "SY", 36.76, 41.40, SYEVP_PLACE_TOWN,
     "Tal Hamis|Tell Hamis|Tall Hamis|Tal Hamees|Tel Hamis|Tell Hamees"},
    {"Tal Kalakh", "SY", 34.67, 36.26, SYEVP_PLACE_TOWN,
     "Tal Kalakh|Tall Kalakh|Tell Kalakh|Tallkalakh|Tal Kalach|Talkalakh"},
    {"Tal Rifaat", "SY", 36.47, 37.09, SYEVP_PLACE_TOWN,
     "Tal Rifaat|Tall Rifaat|Tel Rifaat|Tal Refaat|Tal Rifat|Tell Rifaat|Tal Riffat"},
    {"Tal Tamr", "SY", 36.66, 40.37, SYEVP_PLACE_TOWN,
     "Tal Tamr|Tell Tamer|Tal Tamer|Tall Tamr|Tel Tamer|Tell Tamr|Tal Tamir"},
    {"Talbiseh", "SY", 34.84, 36.73, SYEVP_PLACE_TOWN,
     "Talbiseh|Talbisseh|Talbisé|Talbissé|Talbisa|Tal Bisa|Tallbisah"},
    {"Taldou", "SY", 34.88, 36.52, SYEVP_PLACE_TOWN, "Taldou|Taldu|Tal Dou|Taldaw|Talldaww"},
    {"Tartus", "SY", 35.00, 36.00, SYEVP_PLACE_GOVERNORATE,
     "province de Tartous|gouvernorat de Tartous|Tartus province|Tartous province"
     "|Tartus Governorate"},
    {"Tartus", "SY", 34.89, 35.89, SYEVP_PLACE_CITY, "Tartous|Tartus|Tartouss"},
    {"Tartus naval base", "SY", 34.91, 35.87, SYEVP_PLACE_SITE,
     "base navale de Tartous|base navale russe de Tartous|Tartus naval base"
     "|Tartous naval base|port militaire de Tartous"},
    {"Taybat al-Imam", "SY", 35.27, 36.71, SYEVP_PLACE_TOWN,
     "Taybat al-Imam|Tayibat al-Imam|Taibet al-Imam|Tayyibat al-Imam|Taybet al-Imam"},
    {"Tell Abyad", "SY", 36.70, 38.95, SYEVP_PLACE_TOWN,
     "Tal Abyad|Tell Abyad|Tall Abyad|Tal Abiad|Tell Abiad|Tel Abyad|Girê Spî"},
    {"Tishrin Dam", "SY", 36.38, 38.18, SYEVP_PLACE_SITE,
     "barrage de Tichrine|barrage de Tishrin|barrage Tichrine|Tishrin dam|Tishreen dam"
     "|barrage de Tishreen"},
    {"Tiyas", "SY", 34.52, 37.63, SYEVP_PLACE_SITE,
     "T4|T-4|Tiyas|Tiyas airbase|aéroport militaire T4|base aérienne T4"
     "|aéroport militaire de Tiyas|base aérienne de Tiyas|Tayfour|Tiyas Military Airbase"},
    {"Tremseh", "SY", 35.27, 36.50, SYEVP_PLACE_TOWN,
     "Tremseh|Treimsa|al-Tremseh|Tremsé|Treimseh|Tremsa"},
    {"Uqayribat", "SY", 35.04, 37.46, SYEVP_PLACE_TOWN,
     "Uqayribat|Oqeirbat|Aqirbat|Akerbat|Uqeirbat"},
    {"Wadi Barada", "SY", 33.63, 36.15, SYEVP_PLACE_REGION,
     "Wadi Barada|vallée de Barada|vallée du Barada|Barada valley"},
    {"Western Ghouta", "SY", 33.45, 36.20, SYEVP_PLACE_REGION,
     "Ghouta occidentale|Western Ghouta|West Ghouta|Ghouta Ouest"},
    {"Yabroud", "SY", 33.97, 36.66, SYEVP_PLACE_TOWN, "Yabroud|Yabrud|Yabrod|Yabroude"},
    {"Yarmouk Basin", "SY", 32.75, 35.95, SYEVP_PLACE_REGION,
     "bassin du Yarmouk|vallée du Yarmouk|Yarmouk Basin|Yarmouk valley"
     "|Yarmouk river valley|Wadi al-Yarmouk"},
    {"Yarmouk Camp", "SY", 33.47, 36.30, SYEVP_PLACE_DISTRICT,
     "Yarmouk|camp de Yarmouk|Yarmouk camp|Yarmuk|camp palestinien de Yarmouk"},
    {"Zabadani", "SY", 33.72, 36.10, SYEVP_PLACE_TOWN,
     "Zabadani|Zabadane|Zebdani|az-Zabadani|al-Zabadani"},
    {"Zamalka", "SY", 33.52, 36.36, SYEVP_PLACE_TOWN, "Zamalka|Zamelka"},

    /* ---- TN: Tunisia */
    {"Tunis", "TN", 36.82, 10.17, SYEVP_PLACE_CITY, "Tunis"},
    {"Tunisia", "TN", 34.00, 9.00, SYEVP_PLACE_COUNTRY, "Tunisie|Tunisia"},

    /* ---- TR: Turkey */
    {"Adana", "TR", 37.00, 35.32, SYEVP_PLACE_CITY, "Adana"},
    {"Akcakale", "TR", 36.71, 38.95, SYEVP_PLACE_TOWN, "Akçakale"},
    {"Ankara", "TR", 39.92, 32.85, SYEVP_PLACE_CITY, "Ankara"},
    {"Antakya", "TR", 36.20, 36.16, SYEVP_PLACE_CITY, "Antakya|Antioche|Antioch"},
    {"Antalya", "TR", 36.91, 30.70, SYEVP_PLACE_CITY, "Antalya"},
    {"Ceylanpinar", "TR", 36.85, 40.05, SYEVP_PLACE_TOWN, "Ceylanpınar"},
    {"Cilvegozu", "TR", 36.24, 36.68, SYEVP_PLACE_SITE, "Cilvegözü"},
    {"Diyarbakir", "TR", 37.91, 40.22, SYEVP_PLACE_CITY, "Diyarbakır|Diarbékir|Diyarbekir"},
    {"Gaziantep", "TR", 37.06, 37.38, SYEVP_PLACE_CITY, "Gaziantep|Antep"},
    {"Hatay", "TR", 36.40, 36.35, SYEVP_PLACE_REGION,
     "Hatay|province du Hatay|province de Hatay|Hatay province"},
    {"Incirlik Air Base", "TR", 37.00, 35.43, SYEVP_PLACE_SITE,
     "Incirlik|base d'Incirlik|base aérienne d'Incirlik|Incirlik Air Base"},
    {"Istanbul", "TR", 41.01, 28.95, SYEVP_PLACE_CITY, "Istanbul|Stamboul"},
    {"Kilis", "TR", 36.72, 37.12, SYEVP_PLACE_TOWN, "Kilis"},
    {"Mardin", "TR", 37.31, 40.74, SYEVP_PLACE_CITY, "Mardin"},
    {"Nusaybin", "TR", 37.08, 41.22, SYEVP_PLACE_TOWN, "Nusaybin|Nisibis"},
    {"Oncupinar", "TR", 36.64, 37.08, SYEVP_PLACE_SITE, "Öncüpınar"},
    {"Reyhanli", "TR", 36.27, 36.57, SYEVP_PLACE_TOWN, "Reyhanlı"},
    {"Sanliurfa", "TR", 37.17, 38.79, SYEVP_PLACE_CITY, "Şanlıurfa|Urfa"},
    {"Suruc", "TR", 36.98, 38.42, SYEVP_PLACE_TOWN, "Suruç"},
    {"Turkey", "TR", 39.00, 35.00, SYEVP_PLACE_COUNTRY, "Turquie|Turkey|Türkiye"},

    /* ---- UA: Ukraine */
    {"Ukraine", "UA", 49.00, 32.00, SYEVP_PLACE_COUNTRY, "Ukraine"},

    /* ---- US: United States */
    {"New York", "US", 40.71, -74.01, SYEVP_PLACE_CITY, "New York|New-York|New York City"},
    {"United States", "US", 39.76, -98.50, SYEVP_PLACE_COUNTRY,
     "États-Unis|Etats Unis|United States|USA|United States of America"},
    {"Washington", "US", 38.90, -77.04, SYEVP_PLACE_CITY, "Washington|Washington DC"},

    /* ---- YE: Yemen */
    {"Yemen", "YE", 15.50, 47.50, SYEVP_PLACE_COUNTRY, "Yémen"},
};
const size_t syevp_builtin_place_count = sizeof syevp_builtin_places / sizeof *syevp_builtin_places;
