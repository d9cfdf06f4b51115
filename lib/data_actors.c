/* data_actors.c — built-in actor surface forms with CAMEO-style codes.
 *
 * Patterns match the FOLDED text and are joined into one alternation (tried
 * in table order at each position): the specific forms come before the
 * general ones that share their first word ("armee syrienne libre" before
 * "armee syrienne" before "armee").  An empty code blocks a form.
 */
#include "lexicon.h"

enum {
    MET = SYEVP_ACTOR_METONYM,
    ARM = SYEVP_ACTOR_ARMED,
    GEN = SYEVP_ACTOR_GENERIC | SYEVP_ACTOR_ARMED,
    SIDES = SYEVP_ACTOR_SIDES
};

#define SYRIAN " (?:arabe )?syrien(?:ne)?s?"

const syevp_actor_entry syevp_builtin_actors[] = {
    /* forms that are not actors */
    {"", "heure francaise|(?:agence )?france-presse|france (?:24|inter|info|culture)|radio france|"
         "(?:traduits?|traduites?|en) russe|langue russe|croix-rouge|washington post|"
         "new york times|financial times", 0},
    {"", "armee (?:irakienne|libanaise|egyptienne|jordanienne)", 0},
    /* a nationality that qualifies ground or media, not a party */
    {"", "(?:frontieres?|territoires?|sol|cote|capitale|villes?|provinces?|regions?|villages?|"
         "localites?|espace aerien|langue|presse|medias|agences?|television|chaines?|journal|"
         "quotidien|hebdomadaire|site) (?:[a-z-]+ )?(?:syro-)?(?:russes?|turque?s?|"
         "iranien(?:ne)?s?|americaine?s?|saoudien(?:ne)?s?|francaise?s?|britanniques?|"
         "jordanien(?:ne)?s?|israelien(?:ne)?s?|syrien(?:ne)?s?|kurdes?|libanaise?s?|"
         "kazakhe?s?|irakien(?:ne)?s?)", 0},
    {"", "frontieres? (?:de la |du |d'|avec la |avec le |avec l')(?:jordanie|turquie|irak|liban|"
         "israel)|(?:annexee?|occupee?) par israel", 0},
    /* a coalition named before (often not the US-led one) */
    {"", "cette coalition", 0},
    /* both sides of the war */
    {"SYRGOV", "(?:les |aux |des )(?:deux camps|deux parties syriennes|parties (?:en conflit|syriennes|"
               "belligerantes)|differentes parties (?:en syrie|syriennes)|belligerants syriens)",
     SIDES},
    /* specific multi-word names first */
    {"SYRREB", "armee syrienne libre|asl|opposition (?:syrienne )?(?:armee|moderee)|"
               "unites armees de l'opposition|opposants armes|"
               "coalitions? (?:de |des )?(?:groupes |factions |brigades )?(?:rebelles|insurges|"
               "islamistes|armes)|suppletifs? (?:syriens?|pro-turcs?|de (?:l'armee )?turque?)",
     ARM},
    {"SDF", "forces democratiques syriennes|fds|sdf|coalition arabo-kurde", ARM},
    {"RUS", "(?:armee|aviation|forces|troupes|regime|gouvernement) russes?", ARM},
    {"TUR", "(?:armee|aviation|forces|troupes|regime|gouvernement) turques?", ARM},
    {"IRN", "(?:armee|forces|troupes|regime|gouvernement) iranien(?:ne)?s?", ARM},
    {"USA", "(?:armee|aviation|forces|troupes|gouvernement) americaine?s?", ARM},
    {"SYRGOV",
     "(?:armee|aviation|forces(?: armees)?|troupes|soldats|militaires|gouvernement|regime|"
     "pouvoir|autorites|president|chef de l'etat|chef d'etat|ambassadeur|delegation|emissaires|"
     "representants|television publique|medias officiels|ministere de la defense)" SYRIAN,
     ARM},
    {"SYRGOV",
     "(?:forces|troupes|armee|milices|unites|combattants|soldats|emissaires|delegation|"
     "representants) "
     "(?:gouvernementa(?:l|le|les|ux)|loyalistes?|pro-gouvernementa(?:l|le|les|ux)|pro-regime|"
     "du regime|de damas|"
     "de bachar (?:al|el)[- ]assad|du president (?:bachar )?(?:al-|el-)?assad|regulieres?)",
     ARM},
    {"SYRGOV",
     "regime(?: (?:de damas|de bachar(?: (?:al|el)[- ]assad)?|d'assad|assad|syrien|baasiste))?|"
     "gouvernement (?:de damas|d'assad|de bachar (?:al|el)[- ]assad)|loyalistes?|pro-regime",
     ARM},
    {"SYRGOV", "bachar (?:al|el)[- ]assad|(?:al-|el-|al |el )?assad|jaafari|mouallem", 0},
    {"SYRGOV", "armee", ARM},
    {"SYRGOV", "damas", MET},
    {"SYRREB",
     "rebelles?|rebellion|insurges?|insurrection(?: armee)?|groupes? armes|"
     "factions? (?:rebelles|armees|islamistes)|groupes? (?:rebelles|islamistes|insurges)|"
     "jaic?h al-islam|jaysh al-islam|faylaq al-rahmane?|ahrar al-(?:cham|sham)|"
     "nour(?:redine|eddine| al-din) al[- ]zinki|front du sud|combattants de l'opposition|"
     "hommes armes|coalition rebelle",
     ARM},
    {"SYROPP",
     "haut comite des negociations|hcn|coalition nationale(?: syrienne)?|conseil national syrien|"
     "opposition(?: (?:syrienne|politique|en exil))?|opposants|delegation de l'opposition",
     0},
    {"YPG",
     "ypg|unites de protection du peuple(?: kurde)?|milices? kurdes?|forces kurdes|"
     "combattants kurdes|kurdes|pyd|pkk",
     ARM},
    {"ISIS",
     "(?:organisation |groupe )?(?:etat islamique|ei)|daech|daesh|daich|isis|isil",
     ARM},
    {"NUSRA",
     "(?:front )?(?:al[- ])?nosra|nusra|(?:front )?fateh al-(?:cham|sham)|fatah al-(?:cham|sham)|"
     "hayat tahrir al-(?:cham|sham)|hts",
     ARM},
    {"", "(?:groupes? )?(?:djihadistes?|jihadistes?|terroristes?)", GEN},
    {"RUS",
     "russie|federation de russie|kremlin|(?:vladimir )?poutine|(?:serguei |sergei )?lavrov|"
     "(?:serguei |sergei )?cho[iy]gou|zakharova|(?:vitali )?tchourkine|nebenzia|medvedev|peskov|"
     "russes?|russo",
     0},
    {"RUS", "moscou", MET},
    {"TUR",
     "turquie|(?:recep tayyip )?erdogan|cavusoglu|tchavouchoglou|turcs?|turques?|turco", 0},
    {"TUR", "ankara", MET},
    {"IRN",
     "iran|iranien(?:ne)?s?|irano|(?:hassan )?rou?hani|(?:mohammad javad )?zarif|khamenei|"
     "gardiens de la revolution|pasdarans?",
     0},
    {"IRN", "teheran", MET},
    {"USA",
     "etats[- ]unis|usa|americaine?s?|americano|maison[- ]blanche|pentagone|(?:donald )?trump|"
     "(?:barack )?obama|(?:john )?kerry|tillerson|(?:mike )?pompeo|(?:mike )?pence|"
     "coalition (?:internationale|menee par (?:les etats-unis|washington)|anti-?ei|"
     "anti-?jihadiste|anti-?djihadiste|arabo-occidentale)|coalition",
     0},
    {"USA", "washington", MET},
    {"SAU", "arabie saoudite|saoudien(?:ne)?s?|saoudo", 0},
    {"SAU", "riyad", MET},
    {"FRA", "france|francaise?s?|franco|macron|hollande|fabius|le drian|elysee|quai d'orsay", 0},
    {"FRA", "paris", MET},
    {"GBR", "royaume-uni|grande-bretagne|britanniques?|theresa may|boris johnson", 0},
    {"GBR", "londres", MET},
    {"JOR", "jordanie|jordanien(?:ne)?s?", 0},
    {"JOR", "amman", MET},
    {"QAT", "qatar|qatari(?:e|en|enne)?s?", 0},
    {"QAT", "doha", MET},
    {"ISR", "israel|israelien(?:ne)?s?|israelo|tsahal|netanyahou", 0},
    {"IGOUNO",
     "onu|nations unies|conseil de securite|(?:staffan )?de mistura|(?:kofi )?annan|"
     "(?:lakhdar )?brahimi|ban ki-moon|(?:antonio )?guterres|(?:geir )?pedersen|casques bleus|"
     "emissaires? (?:de l'onu|des nations unies|international|special)",
     0},
    {"HEZ", "hezbollah(?: libanais)?|hizbollah|milice chiite libanaise", ARM},
};
const size_t syevp_builtin_actor_count = sizeof syevp_builtin_actors / sizeof *syevp_builtin_actors;
