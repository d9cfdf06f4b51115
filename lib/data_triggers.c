/* data_triggers.c — built-in event triggers and the phrases that cancel them.
 *
 * Patterns match the FOLDED text (text.c): lowercase, no accents, ASCII
 * apostrophes and dashes.  They are joined into one alternation per
 * extractor (events.c), tried in table order at each position, so a longer
 * form that starts at the same word comes first.  CAMEO codes: 0871 declare
 * a truce, 040 consult, 041 discuss by telephone, 043 host a visit, 045
 * mediate, 046 negotiate, 036 intent to negotiate, 180/183 assault and
 * bombing, 190 conventional force, 191 siege, 192 occupy territory, 193 small
 * arms, 194 artillery, 195 aerial weapons, 0874 surrender.
 */
#include "lexicon.h"

/* Endings of a first-group verb (-er): every simple tense, participles. */
#define V1 "(?:e|es|ent|er|ez|ons|ai|as|a|ait|ais|aient|ions|iez|ant|erent|ee|ees|era|erai|eras|erons|erez|eront|erait|erais|eraient|erions|eriez)"
/* Reflexive auxiliaries: "s'est", "se sont", "s'etaient", ... */
#define REFL                                                                            \
    "(?:s'|se )(?:(?:est|sont|etait|etaient|serait|seraient|sera|seront) )?"               \
    "(?:(?:deja|pourtant|egalement|aussi|encore|finalement|enfin|ensuite|alors|notamment|" \
    "longuement|brievement|bien|meme|de nouveau|a nouveau) )?"
#define WAR_OBJECTS                                                                         \
    "(?:combats|hostilites|bombardements|frappes|affrontements|tirs|violences|offensives?|" \
    "(?:actions|operations) (?:militaires|armees))"
#define TALK_NOUNS "(?:(?:nouvelles? )?(?:negociations|pourparlers|discussions|consultations)|dialogue)"
#define ORDINAL                                                                              \
    "(?:(?:premier|premiere|deuxieme|second|seconde|troisieme|quatrieme|cinquieme|sixieme|" \
    "septieme|huitieme|neuvieme|dixieme|nouveau|nouvelle|prochain|prochaine|dernier|derniere) )?"

enum {
    M = SYEVP_TRIG_MILITARY,
    S = SYEVP_TRIG_STORY,
    G = SYEVP_TRIG_GROUND,
    V = SYEVP_TRIG_VERB
};

const syevp_trigger_entry syevp_builtin_triggers[] = {
    /* ---- ceasefire ---- */
    {SYEV_EVENT_CEASEFIRE, "cessez[- ]le[- ]feux?", "0871", 0},
    {SYEV_EVENT_CEASEFIRE, "treves?", "0871", 0},
    /* the Russian military's word for a local truce */
    {SYEV_EVENT_CEASEFIRE, "regimes? (?:de (?:calme|silence|cessez-le-feu|treve)|du cessez-le-feu)",
     "0871", 0},
    {SYEV_EVENT_CEASEFIRE,
     "cessations? (?:des|de ses|de leurs|de toutes les) (?:hostilites|combats|bombardements|"
     "frappes|(?:actions|operations) militaires)",
     "0871", 0},
    {SYEV_EVENT_CEASEFIRE,
     "arrets? (?:des |de ses |de leurs |de toutes les |de l'|de son |de cette |de la )" WAR_OBJECTS,
     "0871", 0},
    {SYEV_EVENT_CEASEFIRE,
     "(?:stopp|cess|arret)(?:er|ez|e|ent|era|eront|erait|eraient|ait|aient|ons) "
     "(?:immediatement |aussitot |rapidement |totalement |completement |definitivement |"
     "sans delai |sans attendre )?"
     "(?:les |des |leurs |ses |l'|cette |son |nos |notre |sa |leur )?" WAR_OBJECTS,
     "0871", V},
    {SYEV_EVENT_CEASEFIRE,
     "m(?:ettre|et|ettent|ettra|ettront|ettrait|ettraient|ettait|ettaient|is|ise|ises) "
     "(?:un terme|fin) (?:a |aux |a ses |a leurs |a l'|a la |a son )" WAR_OBJECTS,
     "0871", V},
    {SYEV_EVENT_CEASEFIRE,
     "suspend(?:re|u|ue|us|ues|ent|ons|ez|ait|aient|ra|rons|ront|rait) "
     "(?:l'|les |leur |leurs |son |ses |notre |nos |cette )?(?:operations?|offensives?|frappes|"
     "bombardements|combats|hostilites|raids)",
     "0871", V},
    {SYEV_EVENT_CEASEFIRE, "(?:la |les |l')suspend(?:re|ons|ent|ez|ait|aient|ra|rons|ront|rait)",
     "0871", S | V},
    {SYEV_EVENT_CEASEFIRE, "demilitaris(?:er|e|es|ee|ees|ation)", "0871", S | V},
    {SYEV_EVENT_CEASEFIRE, "pauses? humanitaires?", "0871", 0},
    {SYEV_EVENT_CEASEFIRE, "zones? (?:de desescalade|demilitarisees?|de cessez-le-feu)", "0871", 0},
    {SYEV_EVENT_CEASEFIRE, "les armes se (?:sont tues|taisent|tairont)|silence des armes", "0871", 0},
    {SYEV_EVENT_CEASEFIRE, "accords?", "0871", S},
    {SYEV_EVENT_CEASEFIRE, "violations?", "0871", S},

    /* ---- talks ---- */
    {SYEV_EVENT_TALKS,
     ORDINAL "(?:rounds?|tours?|cycles?|sessions?|series?|seances?|phases?) (?:de |des |du )" TALK_NOUNS,
     "046", 0},
    {SYEV_EVENT_TALKS,
     ORDINAL "rounds? (?:de |d')(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|"
     "octobre|novembre|decembre|geneve|astana|vienne|sotchi|lausanne|munich)",
     "046", 0},
    {SYEV_EVENT_TALKS, "(?:a |autour de )la table des negociations|autour de la table", "046", 0},
    {SYEV_EVENT_TALKS, "pourparlers", "046", 0},
    {SYEV_EVENT_TALKS, "negociations?|tractations", "046", 0},
    {SYEV_EVENT_TALKS, "negociat(?:eurs?|rices?)", "046", 0},
    {SYEV_EVENT_TALKS, "negoci" V1, "046", V},
    {SYEV_EVENT_TALKS, "discussions?", "046", 0},
    {SYEV_EVENT_TALKS, "discut" V1, "046", V},
    {SYEV_EVENT_TALKS, "entretiens?(?: telephoniques?)?", "041", 0},
    {SYEV_EVENT_TALKS,
     REFL "entreten(?:ir|u|ue|us|ues|ait|aient|ant)|s'entretien(?:t|nent|dra|dront|drait|draient)",
     "041", V},
    {SYEV_EVENT_TALKS, "consultations|consultation (?:politique|intersyrienne)s?", "040", 0},
    {SYEV_EVENT_TALKS, "rencontres?", "040", 0},
    {SYEV_EVENT_TALKS, "rencontr" V1, "040", V},
    {SYEV_EVENT_TALKS, "reunions?", "040", 0},
    {SYEV_EVENT_TALKS,
     REFL "reuni(?:r|s|e|es|ssent|ssait|ssaient|ra|ront|rait|raient)?|(?:ont|a|avait|avaient) reuni",
     "040", V},
    /* "Reunis mardi a Sotchi, les garants ...": the participle with a time
     * or a place, not "les fonds reunis" */
    {SYEV_EVENT_TALKS,
     "reuni(?:e|s|es)(?= (?:(?:[a-z0-9'-]+ ){0,4}?(?:a|au|en urgence|a huis clos|d'urgence)\\b))(?! au sein)",
     "040", V},
    {SYEV_EVENT_TALKS, REFL "parl(?:e|es|ee|ees|er|ent|ait|aient|era|eront|erait|eraient|ons)",
     "041", V},
    {SYEV_EVENT_TALKS, "face[- ]a[- ]face|tete[- ]a[- ]tete", "040", 0},
    {SYEV_EVENT_TALKS, "conferences?(?: de paix)?", "040", 0},
    {SYEV_EVENT_TALKS, "sommets?", "040", 0},
    {SYEV_EVENT_TALKS, "dialogues?", "046", 0},
    {SYEV_EVENT_TALKS, "conversations?(?: telephoniques?)?", "041", 0},
    {SYEV_EVENT_TALKS, "(?:appels?|echanges?) telephoniques?", "041", 0},
    {SYEV_EVENT_TALKS, "mediations?", "045", 0},
    {SYEV_EVENT_TALKS,
     "processus (?:de paix|politique|de negociations?|d'astana|de geneve|de vienne|de sotchi)",
     "046", 0},
    {SYEV_EVENT_TALKS, "plans? de paix", "036", 0},
    {SYEV_EVENT_TALKS, "parler de (?:la )?paix|en train de (?:parler|negocier|discuter)", "046", V},
    {SYEV_EVENT_TALKS,
     "rec(?:evoir|oit|oivent|evant|u|ue|evra|evait|evaient|evront) (?:son|ses|leur|leurs) homologues?",
     "043", V},

    /* ---- battle ---- */
    {SYEV_EVENT_BATTLE, "contre-(?:attaques?|offensives?)", "190", 0},
    {SYEV_EVENT_BATTLE,
     "repouss" V1 " (?:une |l'|les |des |leur |cette |plusieurs )?(?:contre-)?(?:attaques?|assauts?|offensives?)",
     "190", V},
    {SYEV_EVENT_BATTLE, "attaques?", "190", 0},
    {SYEV_EVENT_BATTLE, "attaqu" V1, "190", V},
    {SYEV_EVENT_BATTLE, "offensives?", "190", 0},
    {SYEV_EVENT_BATTLE, "assauts?", "190", 0},
    {SYEV_EVENT_BATTLE, "batailles?", "190", 0},
    {SYEV_EVENT_BATTLE, "combats?", "193", 0},
    {SYEV_EVENT_BATTLE, "combat(?:tre|tent|tait|taient|tu|tus|tue|tues|tra|tront|trait|tons|tez)", "193", V},
    {SYEV_EVENT_BATTLE, "affrontements?|accrochages?|escarmouches?|fusillades?|embuscades?", "193", 0},
    {SYEV_EVENT_BATTLE, REFL "affront(?:ent|aient|ait|er|ant|e|es|ees|eront|eraient)", "193", V},
    {SYEV_EVENT_BATTLE, "affront(?:ent|aient|ait|ant|eront|eraient|erait|era)", "193", M | V},
    {SYEV_EVENT_BATTLE,
     "touch(?:e|es|ee|ees) par (?:des |un |une |plusieurs |de nombreux |de nombreuses |deux |trois |"
     "\\d+ )?(?:missiles?|roquettes?|obus|frappes|tirs|raids|bombes?|barils?)",
     "195", V},
    {SYEV_EVENT_BATTLE, "bombardements?", "195", 0},
    {SYEV_EVENT_BATTLE, "bombard" V1, "195", V},
    {SYEV_EVENT_BATTLE, "pilonnages?", "194", 0},
    {SYEV_EVENT_BATTLE, "pilonn" V1, "194", V},
    {SYEV_EVENT_BATTLE, "frappes?(?: aeriennes?)?", "195", 0},
    {SYEV_EVENT_BATTLE, "frapp" V1, "195", V},
    {SYEV_EVENT_BATTLE, "raids?(?: aeriens?)?", "195", 0},
    {SYEV_EVENT_BATTLE, "(?:largages? de )?barils? (?:d'explosifs|explosifs|de poudre)", "195", 0},
    {SYEV_EVENT_BATTLE,
     "(?:bris|lev|romp)(?:e|er|ee|ant|ent|era|ait|u|re)(?: ainsi| donc| enfin)? (?:le |les |du |des )sieges?",
     "191", V},
    {SYEV_EVENT_BATTLE, "sieges?", "191", 0},
    {SYEV_EVENT_BATTLE, "assieg" V1, "191", V},
    {SYEV_EVENT_BATTLE, "encercl" V1 "|encerclements?|blocus", "191", 0},
    {SYEV_EVENT_BATTLE, REFL "(?:(?:progressivement|rapidement|deja) )?empar(?:er|e|es|ee|ees|ent|ait|aient|era|eront|ant)",
     "192", V},
    {SYEV_EVENT_BATTLE, "(?:re)?conqu(?:is|ise|ises|erir|iert|ierent|ete|etes|erra|erront)", "192", V},
    {SYEV_EVENT_BATTLE,
     "repr(?:endre|end|ends|ennent|enait|enaient|is|ise|ises|endra|endront|endrait|endraient|irent|it)",
     "192", M | G | V},
    {SYEV_EVENT_BATTLE,
     "pr(?:endre|ennent|end|enait|enaient|is|ise|ises|endra|endrons|endront|endrait|irent|it)",
     "192", M | G | V},
    {SYEV_EVENT_BATTLE, "perd(?:re|u|ue|us|ues|ent|ait|aient|ra|ront|rait)", "192", M | G | V},
    {SYEV_EVENT_BATTLE, "recul" V1, "192", M | V},
    {SYEV_EVENT_BATTLE, "liber(?:er|e|es|ee|ees|ent|ait|aient|era|eront|ant|ation)", "192", M | V},
    {SYEV_EVENT_BATTLE, "chass(?:e|es|ee|ees|er|ent|ait|aient|era|eront)", "192", M | V},
    {SYEV_EVENT_BATTLE,
     REFL "(?:(?:par ailleurs|deja|finalement|egalement|aussi|massivement) )?"
     "rend(?:re|us|u|ue|ues|ent|ront|ra|raient|rait|aient|ait|irent)"
     "(?! (?:a|au|aux|dans|en|sur|vers|chez|compte|visite|hommage|responsables?|coupables?|"
     "complices?|service|utiles?|la|le|les)\\b(?! ?(?:l'armee|l'arme|forces|troupes|autorites|"
     "soldats|militaires)))",
     "0874", V},
    {SYEV_EVENT_BATTLE,
     "tu(?:e|es|er|ant|ent|ait|aient) (?:(?:un grand nombre|des dizaines|des centaines|plusieurs "
     "dizaines|une dizaine|une centaine) d(?:e |')|plusieurs |de nombreux |des |\\d+ )?"
     "(?:terroristes|djihadistes|jihadistes|rebelles|combattants|soldats|militaires|insurges|"
     "assaillants)",
     "190", V},
    {SYEV_EVENT_BATTLE, "elimin(?:e|es|er|ent|ait|aient|era|eront)", "190", M | V},
    {SYEV_EVENT_BATTLE, "percees?", "190", M},
    {SYEV_EVENT_BATTLE,
     "operations? (?:militaires?|terrestres?|aeriennes?|de ratissage|conjointes?|d'envergure|"
     "antiterroristes?|armees?|speciales?)",
     "190", 0},
    {SYEV_EVENT_BATTLE, "operations?", "190", M},
    {SYEV_EVENT_BATTLE,
     "campagnes? (?:militaires?|aeriennes?|de bombardements?|de frappes|terrestres?|conjointes?)",
     "195", 0},
    {SYEV_EVENT_BATTLE, "victoires?|defaites?", "190", M},
    {SYEV_EVENT_BATTLE,
     "explosions? d'(?:une|un) (?:bombe|voiture|camion|engin|mine)|attentats?(?:[- ]suicides?)?|"
     "voitures? piegees?",
     "183", 0},
    {SYEV_EVENT_BATTLE,
     "(?:lancements?|tirs?) (?:de |des |d')(?:(?:ses|leurs|nombreux|plusieurs) )?(?:missiles|roquettes|obus)",
     "195", 0},
    {SYEV_EVENT_BATTLE,
     "tir(?:e|es|ee|ees|ent|ait|aient|er|era|eront) (?:[a-z'-]+ ){0,4}(?:missiles|roquettes|obus)",
     "195", V},
    {SYEV_EVENT_BATTLE, "tirs", "190", M},
    {SYEV_EVENT_BATTLE, "incursions?", "190", M},
    {SYEV_EVENT_BATTLE, "pass(?:e|ee|es|ees|er|ait|aient|era|eront|ant) sous (?:le )?controle", "192", V},
    {SYEV_EVENT_BATTLE,
     "(?:re)?tomb(?:e|ee|es|ees|er|ait|aient|era|eront|ent) (?:aux mains|dans les mains|"
     "entre les mains|sous (?:le )?controle)",
     "192", V},
    {SYEV_EVENT_BATTLE, "chang(?:e|ent|er|eait|era|ea)(?: [a-z]+){0,3} de mains?", "192", V},
    {SYEV_EVENT_BATTLE,
     "entr(?:e|es|ee|ees|er|ent|aient|ait|eront) dans (?:la ville|le centre-ville|le centre|"
     "le village|la localite|les quartiers?|le quartier|la vieille ville)",
     "192", V},
};
const size_t syevp_builtin_trigger_count =
    sizeof syevp_builtin_triggers / sizeof *syevp_builtin_triggers;

const char *const syevp_builtin_stops[] = {
    /* names and titles */
    "(?:haut )?comite (?:superieur )?des negociations",
    /* other matters */
    "conferences? (?:de presse|des donateurs|de donateurs)|salles? de conferences?",
    "(?:negociations?|pourparlers|discussions|tractations) (?:commerciales?|salariales?|"
    "budgetaires?|nucleaires?|sur le (?:climat|brexit|commerce|budget|(?:programme )?nucleaire))",
    "entretiens? (?:accordes?|exclusifs?|publies?|televises?|radiodiffuses?)",
    "entretien (?:a|au|aux|avec) (?:la |le |l'|les )?(?:journal|quotidien|chaine|agence|radio|"
    "television|tele|hebdomadaire|magazine|site|presse)",
    "sommets? (?:de la|d'une|du) (?:colline|montagne|mont|tour)",
    /* idioms */
    "dialogue de sourds",
    "rencontres? (?:de|entre) deux (?:mondes|cultures|civilisations)|a la rencontre d(?:e|u|es|')",
    "rencontr\\w* (?:des |de |une |d'|de graves |de serieuses |de serieux )?(?:difficultes|problemes|"
    "succes|resistances?|obstacles|forte resistance)",
    "attaques? (?:verbales?|personnelles?|informatiques?|de panique|cardiaques?|mediatiques?)",
    "offensives? (?:diplomatiques?|de charme|mediatiques?|politiques?|verbales?|commerciales?)",
    "batailles? (?:juridiques?|politiques?|diplomatiques?|electorales?|mediatiques?|de l'opinion|"
    "judiciaires?)|champs? de bataille|cheval de bataille",
    "combats? (?:contre|pour) (?:le |la |l')?(?:terrorisme|corruption|pauvrete|maladie|cancer|"
    "droits?|liberte|justice|democratie)",
    "sieges? (?:social|sociaux|de l'onu|des nations unies|du conseil|de l'organisation|"
    "permanents?|vacants?|du parlement|de l'assemblee|europeen)|(?:au|son|leur|a son|a leur) "
    "siege\\b(?! (?:de|d'|du|des|impose))|sieges? (?:au|a l'|a la) (?:parlement|assemblee|"
    "conseil|senat)",
    "frapp\\w* (?:de plein fouet|par la crise|d'(?:une )?interdiction|d'(?:une )?amende|"
    "d'(?:une )?sanctions?|par des sanctions|par la secheresse|par la pauvrete)",
    "(?:avions?|aviation|pilotes?) de chasse",
    "liber\\w* (?:les |des |deux |trois |plusieurs |\\d+ )?(?:otages|prisonniers|detenus|captifs|"
    "journalistes|civils)|liberation (?:des |de )(?:otages|prisonniers|detenus|journalistes|"
    "captifs)|liberation conditionnelle",
    "operations? (?:humanitaires?|d'evacuation|de sauvetage|de secours|de maintien de la paix|"
    "financieres?|chirurgicales?|de communication|seduction)",
    "(?:supervis|organis|coordonn)\\w* (?:l'|les |cette |ces )operations?",
    "victoires? (?:electorales?|diplomatiques?|politiques?|judiciaires?|sportives?)",
    "percees? (?:diplomatiques?|politiques?|technologiques?)",
    /* agreements that are not truces */
    "d'accord|en accord avec|accords? (?:commerciaux|commercial|nucleaires?|sur le nucleaire|"
    "de libre-echange|d'association|economiques?|de cooperation)",
    /* resuming talks or raids is not a capture (the lookaheads test the first
     * letter before \b, which costs PCRE2 more at each step of a lazy repeat) */
    "(?:negociations|pourparlers|discussions|consultations|dialogue|raids|combats|frappes|"
    "bombardements|tirs|affrontements|violences|hostilites|cours|travaux|activites|vols)\\b"
    "[^.;:]{0,120}?(?=[oa])\\b(?:ont|a|avaient|avait|auraient|aurait) \\Krepris",
    /* talks that resume in any tense: "les pourparlers reprendront lundi" */
    "(?:negociations|pourparlers|discussions|consultations|dialogue|entretiens|reunions?)\\b"
    "[^.;:,]{0,80}?(?=r)\\b\\Krepr(?:endre|end|ennent|enait|enaient|endra|endront|endrait|"
    "endraient|irent|it)\\b",
    /* violations of rights and borders are no breach of a truce */
    "violations? (?:des droits|du droit|de l'espace|de la souverainete|de l'integrite|"
    "des resolutions?|de la resolution|de la frontiere|de la constitution|des regles)",
    "reprises?(?= (?:des |du |de la |de l')(?:negociations|pourparlers|discussions|dialogue|"
    "consultations|combats|hostilites|bombardements|raids|frappes|violences|activites|cours|"
    "travaux|economie|croissance|vols|aide|livraisons|evacuations?))",
    "prises? (?:en charge|de position|de conscience|de parole|de contact|d'otages|de decision|"
    "en compte|de sang|de vue|de pouvoir|de fonction)",
    /* any attack, not one: "repondre a toute attaque" */
    "toute (?:nouvelle )?(?:attaque|offensive|agression)",
    /* background statistics: "les combats ont fait 300 000 morts depuis 2011" */
    "(?:combats|bombardements|frappes|raids|affrontements|attaques|offensives?|violences)\\b"
    "(?=[^.;]{0,40}\\b(?:ont fait|a fait|ayant fait|qui ont fait|qui a fait)[^.;]{0,40}\\bmorts\\b"
    "[^.;]{0,30}\\bdepuis (?:le debut|(?:mars |le debut de )?(?:19|20)\\d\\d))",
};
const size_t syevp_builtin_stop_count = sizeof syevp_builtin_stops / sizeof *syevp_builtin_stops;

/* Habits, not occurrences: "nous negocions avec eux depuis des annees".
 * Each phrase cancels the triggers that start at most
 * SYEVP_HABIT_REACH bytes before it in the same clause (no '.' or ';'
 * between the trigger's first word and the phrase).  Matched where they
 * are, once per document, instead of looking ahead from every word. */
const char *const syevp_builtin_habits[] = {
    "depuis (?:des|plusieurs|de nombreuses) (?:annees|decennies)",
};
const size_t syevp_builtin_habit_count = sizeof syevp_builtin_habits / sizeof *syevp_builtin_habits;
