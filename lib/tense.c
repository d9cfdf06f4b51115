/* tense.c — the tense of the verb that governs a position, without a tagger.
 *
 * French marks tense on a closed set of auxiliaries (avoir, etre, aller,
 * devoir, pouvoir) and on a few endings (-era/-eront future, -erait
 * conditional, -ait imparfait, -erent passe simple).  The sentence around
 * the position is cut into word and punctuation tokens, every finite verb
 * group is recognised from those tables, and the group nearest to the
 * position wins, clause boundaries counting as extra distance.
 *
 * Cutting and classifying the words is the cost.  The bytes of words are
 * told 64 at a time (a bit mask), so that a word's end is a mask's lowest
 * bit.  A word's classes come from a hash table, with what a word of the
 * table tells by itself worked out once, and what the last three bytes of
 * any other word tell from a table, all built once per extractor
 * (syevp_word_index; the binary search and the ending tests they stand for
 * remain, for the probes of the unit tests and to check the tables).  As a
 * word is cut, the cut also tells whether it
 * may head a verb group at all (most words cannot: no auxiliary, no tense
 * ending, no subject clitic before them) and lists those that may, so that
 * the walk for the verb groups visits only them.  A document's cache
 * (tense_private.h) walks each sentence asked about once, and keeps the
 * distances its tokens add.  (Questions about a window shorter than the
 * sentence would save little: the windows asked about cover some 95% of
 * the text the cache walks.)
 */
#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "syev_private.h"
#include "tense_private.h"
#include "timex_private.h"

#define MAX_TOKENS 192
#define WINDOW_BEFORE 480 /* bytes of the sentence looked at before pos */
#define WINDOW_AFTER 320

typedef struct tok {
    size_t b, e;
    union {
        struct {
            uint32_t classes; /* enum word_class bits of a word */
            uint8_t props;    /* PROP_* bits (PROP_ANNOUNCE once PROP_ANNOUNCE_KNOWN is set) */
            int8_t ending;    /* syevp_tense told by the ending */
            char punct;       /* the punctuation character, 0 for a word */
            uint8_t step;     /* the distance crossing it adds: 1 + S_token_boundary */
        };
        /* the five at once, as syevp_word_index.told keeps them for a word */
        uint64_t told;
    };
} tok;
_Static_assert(sizeof(tok) == 2 * sizeof(size_t) + sizeof(uint64_t), "told covers the five");

/* A token kept for the gap costs: where it begins, and the sum of the
 * distances of the tokens before it in its syevp_gap_run (modulo 2^32: the
 * differences over a gap of at most MAX_TOKENS tokens stay right). */
struct syevp_gap_token {
    size_t b;
    uint32_t before;
};

/* A word ending or stem with its length. */
typedef struct affix {
    const char *s;
    size_t n;
} affix;
#define A(lit) {lit, sizeof lit - 1}

/* What a word says by itself, worked out as the words of a stretch whose
 * verb groups are wanted are cut (the groups ask about nearly every word). */
enum {
    PROP_PARTICIPLE = 1u << 0,
    PROP_INFINITIVE = 1u << 1,
    PROP_BARE_PARTICIPLE = 1u << 2,
    PROP_ANNOUNCE = 1u << 3,
    /* PROP_ANNOUNCE is worked out apart, on the first question: most words
     * are never asked (they are no verb) */
    PROP_ANNOUNCE_KNOWN = 1u << 4,
    /* the word may head a verb group (S_may_head_verb): the walk passes
     * over the others at once */
    PROP_MAY_HEAD = 1u << 5
};

typedef struct sent {
    const syevp_text *t;            /* may be NULL */
    const char *s;                  /* folded text */
    size_t len;                     /* the bytes of s that may be read (its NUL included) */
    tok *tk;
    size_t n, cap;
    const syevp_word_index *words; /* see syevp_word_index_build; NULL: look up directly */
    /* with room for cap entries, the indexes of the tokens that may head a
     * verb group, in order (PROP_MAY_HEAD): the walk visits only those */
    uint32_t *heads;
    size_t head_count;
} sent;

/* The bytes of fold that may be read: its length with its NUL when t is
 * its text, otherwise as far as its NUL. */
static size_t S_readable(const syevp_text *t, const char *fold)
{
    return t && t->fold == fold ? t->fold_len + 1 : strlen(fold) + 1;
}

/* ------------------------------------------------------------------ */
/* Word classes (folded words)                                          */
/* ------------------------------------------------------------------ */

/* The classes of a word are looked up once per token (a binary search in
 * WORDS): the verb groups ask about each word many times. */
enum word_class {
    AVOIR_PRESENT = 1u << 0,
    AVOIR_IMPARFAIT = 1u << 1,
    AVOIR_FUTURE = 1u << 2,
    AVOIR_COND = 1u << 3,
    ETRE_PRESENT = 1u << 4,
    ETRE_IMPARFAIT = 1u << 5,
    ETRE_FUTURE = 1u << 6,
    ETRE_COND = 1u << 7,
    ALLER_PRESENT = 1u << 8,
    ALLER_IMPARFAIT = 1u << 9,
    DEVOIR_PRESENT = 1u << 10,
    DEVOIR_IMPARFAIT = 1u << 11,
    PASSE_SIMPLE = 1u << 12,
    MODAL_COND = 1u << 13,
    MODAL_FUTURE = 1u << 14,
    PRESENT_FORMS = 1u << 15,         /* present forms frequent in news copy, no subject needed */
    ETRE_PARTICIPLES = 1u << 16,      /* past participles of verbs conjugated with etre */
    IRREGULAR_PARTICIPLES = 1u << 17,
    NOT_PARTICIPLES = 1u << 18,       /* look like participles, are not (or follow a preposition) */
    SKIPPABLE = 1u << 19,             /* adverbs and clitics between an auxiliary and its verb */
    SUBJECT_CLITICS = 1u << 20,
    OBJECT_CLITICS = 1u << 21,
    CLAUSE_WORDS = 1u << 22,
    /* endings of the conditional, future, imparfait, passe simple and
     * infinitive that also end other words: the exceptions */
    NOT_CONDITIONAL = 1u << 23,
    NOT_FUTURE = 1u << 24,
    NOT_IMPARFAIT = 1u << 25,
    NOT_PASSE_SIMPLE = 1u << 26,
    NOT_INF = 1u << 27
};

#define AVOIR_FORMS (AVOIR_PRESENT | AVOIR_IMPARFAIT | AVOIR_FUTURE | AVOIR_COND)
#define ETRE_FORMS (ETRE_PRESENT | ETRE_IMPARFAIT | ETRE_FUTURE | ETRE_COND)
#define PERIPHRASTIC_FORMS (ALLER_PRESENT | ALLER_IMPARFAIT | DEVOIR_PRESENT | DEVOIR_IMPARFAIT)
#define AUXILIARY_FORMS (AVOIR_FORMS | ETRE_FORMS | PERIPHRASTIC_FORMS)

typedef struct word_entry {
    const char *word;
    uint32_t classes;
} word_entry;

/* Sorted by bytes (syevp_tense_words_sorted checks it); a word of several
 * lists has all their classes. */
static const word_entry WORDS[] = {
    {"abstrait", NOT_CONDITIONAL | NOT_IMPARFAIT}, {"acceleraient", NOT_CONDITIONAL},
    {"accuse", PRESENT_FORMS}, {"accusent", PRESENT_FORMS}, {"acquis", IRREGULAR_PARTICIPLES},
    {"adherent", NOT_PASSE_SIMPLE}, {"admis", IRREGULAR_PARTICIPLES}, {"affirme", PRESENT_FORMS},
    {"affirment", PRESENT_FORMS}, {"affront", NOT_FUTURE}, {"afin", CLAUSE_WORDS},
    {"agit", PRESENT_FORMS}, {"ai", AVOIR_PRESENT}, {"ailleurs", SKIPPABLE | NOT_INF},
    {"ainsi", NOT_PARTICIPLES | SKIPPABLE}, {"ajoute", PRESENT_FORMS}, {"ajoutent", PRESENT_FORMS},
    {"alep", NOT_PARTICIPLES}, {"alexandra", NOT_FUTURE}, {"allaient", ALLER_IMPARFAIT},
    {"allait", ALLER_IMPARFAIT}, {"allez", ALLER_PRESENT}, {"allons", ALLER_PRESENT},
    {"alors", SKIPPABLE}, {"amman", NOT_PARTICIPLES}, {"ankara", NOT_PARTICIPLES | NOT_FUTURE},
    {"annonce", PRESENT_FORMS}, {"annoncent", PRESENT_FORMS}, {"apparemment", SKIPPABLE},
    {"apparu", ETRE_PARTICIPLES}, {"apparue", ETRE_PARTICIPLES}, {"apparus", ETRE_PARTICIPLES},
    {"appelle", PRESENT_FORMS}, {"appellent", PRESENT_FORMS}, {"appris", IRREGULAR_PARTICIPLES},
    {"apres-midi", NOT_PARTICIPLES}, {"arabie", NOT_PARTICIPLES}, {"arrive", ETRE_PARTICIPLES},
    {"arrivee", ETRE_PARTICIPLES}, {"arrivees", ETRE_PARTICIPLES}, {"arrives", ETRE_PARTICIPLES},
    {"as", AVOIR_PRESENT}, {"assez", SKIPPABLE}, {"assiege", PRESENT_FORMS},
    {"assiegent", PRESENT_FORMS}, {"assis", IRREGULAR_PARTICIPLES}, {"assure", PRESENT_FORMS},
    {"assurent", PRESENT_FORMS}, {"astana", NOT_PARTICIPLES}, {"atteint", IRREGULAR_PARTICIPLES},
    {"atteinte", IRREGULAR_PARTICIPLES}, {"attend", PRESENT_FORMS}, {"attendent", PRESENT_FORMS},
    {"attrait", NOT_CONDITIONAL | NOT_IMPARFAIT}, {"aujourd", SKIPPABLE}, {"aura", AVOIR_FUTURE},
    {"aurai", AVOIR_FUTURE}, {"auraient", AVOIR_COND}, {"aurais", AVOIR_COND},
    {"aurait", AVOIR_COND}, {"auras", AVOIR_FUTURE}, {"aurez", AVOIR_FUTURE},
    {"auriez", AVOIR_COND}, {"aurions", AVOIR_COND}, {"aurons", AVOIR_FUTURE},
    {"auront", AVOIR_FUTURE}, {"aussi", NOT_PARTICIPLES | SKIPPABLE},
    {"autre", NOT_PARTICIPLES | NOT_INF}, {"autres", NOT_PARTICIPLES}, {"avaient", AVOIR_IMPARFAIT},
    {"avais", AVOIR_IMPARFAIT}, {"avait", AVOIR_IMPARFAIT}, {"avez", AVOIR_PRESENT},
    {"aviez", AVOIR_IMPARFAIT}, {"avions", AVOIR_IMPARFAIT}, {"avons", AVOIR_PRESENT},
    {"beaucoup", SKIPPABLE}, {"beyrouth", NOT_PARTICIPLES}, {"bien", SKIPPABLE},
    {"bienfait", NOT_IMPARFAIT}, {"bruit", NOT_PARTICIPLES}, {"bus", NOT_PARTICIPLES},
    {"camera", NOT_FUTURE}, {"cancer", NOT_INF}, {"car", CLAUSE_WORDS}, {"cause", NOT_PARTICIPLES},
    {"ce", NOT_PARTICIPLES}, {"cependant", SKIPPABLE}, {"certainement", SKIPPABLE},
    {"cette", NOT_PARTICIPLES}, {"chaque", NOT_PARTICIPLES}, {"cherche", PRESENT_FORMS},
    {"cherchent", PRESENT_FORMS}, {"cholera", NOT_FUTURE}, {"circuit", NOT_PARTICIPLES},
    {"clairement", SKIPPABLE}, {"coherent", NOT_PASSE_SIMPLE}, {"comme", NOT_PARTICIPLES},
    {"commis", IRREGULAR_PARTICIPLES}, {"completement", SKIPPABLE},
    {"compris", IRREGULAR_PARTICIPLES}, {"compte", PRESENT_FORMS}, {"comptent", PRESENT_FORMS},
    {"concerne", PRESENT_FORMS}, {"concernent", PRESENT_FORMS}, {"concert", NOT_PARTICIPLES},
    {"condition", NOT_PARTICIPLES}, {"conduit", IRREGULAR_PARTICIPLES},
    {"conduite", IRREGULAR_PARTICIPLES}, {"confirme", PRESENT_FORMS}, {"confirment", PRESENT_FORMS},
    {"conflit", NOT_PARTICIPLES}, {"conquis", IRREGULAR_PARTICIPLES},
    {"conquise", IRREGULAR_PARTICIPLES}, {"consideraient", NOT_CONDITIONAL},
    {"considerait", NOT_CONDITIONAL}, {"constate", PRESENT_FORMS}, {"constatent", PRESENT_FORMS},
    {"construit", IRREGULAR_PARTICIPLES}, {"continue", PRESENT_FORMS},
    {"continuent", PRESENT_FORMS}, {"contre", NOT_PARTICIPLES | NOT_INF},
    {"controle", PRESENT_FORMS}, {"controlent", PRESENT_FORMS}, {"cooperait", NOT_CONDITIONAL},
    {"couvert", IRREGULAR_PARTICIPLES}, {"couverte", IRREGULAR_PARTICIPLES},
    {"craignent", PRESENT_FORMS}, {"craint", PRESENT_FORMS | IRREGULAR_PARTICIPLES},
    {"credit", NOT_PARTICIPLES}, {"critique", PRESENT_FORMS}, {"critiquent", PRESENT_FORMS},
    {"d", SKIPPABLE}, {"damas", NOT_PARTICIPLES}, {"de", NOT_PARTICIPLES},
    {"debut", NOT_PARTICIPLES}, {"decede", ETRE_PARTICIPLES}, {"decedee", ETRE_PARTICIPLES},
    {"decedes", ETRE_PARTICIPLES}, {"declare", PRESENT_FORMS}, {"declarent", PRESENT_FORMS},
    {"defait", NOT_IMPARFAIT}, {"deja", SKIPPABLE}, {"deliberait", NOT_CONDITIONAL},
    {"dement", PRESENT_FORMS}, {"dementent", PRESENT_FORMS}, {"demeure", PRESENT_FORMS},
    {"demeurent", PRESENT_FORMS}, {"depuis", NOT_PARTICIPLES}, {"deraa", NOT_PARTICIPLES},
    {"dernier", NOT_INF}, {"descendu", ETRE_PARTICIPLES}, {"descendue", ETRE_PARTICIPLES},
    {"descendus", ETRE_PARTICIPLES}, {"desert", NOT_PARTICIPLES}, {"desirait", NOT_CONDITIONAL},
    {"desormais", SKIPPABLE}, {"detiennent", PRESENT_FORMS}, {"detient", PRESENT_FORMS},
    {"detruit", IRREGULAR_PARTICIPLES}, {"detruite", IRREGULAR_PARTICIPLES},
    {"detruits", IRREGULAR_PARTICIPLES}, {"devaient", DEVOIR_IMPARFAIT},
    {"devait", DEVOIR_IMPARFAIT}, {"devenu", ETRE_PARTICIPLES}, {"devenue", ETRE_PARTICIPLES},
    {"devenus", ETRE_PARTICIPLES}, {"devez", DEVOIR_PRESENT}, {"devons", DEVOIR_PRESENT},
    {"devra", MODAL_FUTURE}, {"devraient", MODAL_COND}, {"devrais", MODAL_COND},
    {"devrait", MODAL_COND}, {"devront", MODAL_FUTURE}, {"dieu", NOT_PARTICIPLES},
    {"different", NOT_PASSE_SIMPLE}, {"directement", SKIPPABLE}, {"discute", PRESENT_FORMS},
    {"discutent", PRESENT_FORMS}, {"disent", PRESENT_FORMS},
    {"distrait", NOT_CONDITIONAL | NOT_IMPARFAIT}, {"dit", PASSE_SIMPLE | IRREGULAR_PARTICIPLES},
    {"dite", IRREGULAR_PARTICIPLES}, {"dites", IRREGULAR_PARTICIPLES},
    {"dits", IRREGULAR_PARTICIPLES}, {"dois", DEVOIR_PRESENT}, {"doit", DEVOIR_PRESENT},
    {"doivent", DEVOIR_PRESENT}, {"donc", SKIPPABLE}, {"dont", CLAUSE_WORDS}, {"doute", SKIPPABLE},
    {"droit", NOT_PARTICIPLES}, {"du", IRREGULAR_PARTICIPLES}, {"ecrit", IRREGULAR_PARTICIPLES},
    {"ecrite", IRREGULAR_PARTICIPLES}, {"effectivement", SKIPPABLE}, {"egalement", SKIPPABLE},
    {"elle", NOT_PARTICIPLES | SKIPPABLE | SUBJECT_CLITICS},
    {"elles", NOT_PARTICIPLES | SKIPPABLE | SUBJECT_CLITICS}, {"emis", IRREGULAR_PARTICIPLES},
    {"en", SKIPPABLE | OBJECT_CLITICS}, {"encercle", PRESENT_FORMS}, {"encerclent", PRESENT_FORMS},
    {"encore", SKIPPABLE}, {"enfin", SKIPPABLE}, {"ensuite", SKIPPABLE},
    {"entre", ETRE_PARTICIPLES | NOT_PARTICIPLES | NOT_INF}, {"entree", ETRE_PARTICIPLES},
    {"entrees", ETRE_PARTICIPLES}, {"entrepris", IRREGULAR_PARTICIPLES},
    {"entres", ETRE_PARTICIPLES}, {"esperaient", NOT_CONDITIONAL}, {"esperait", NOT_CONDITIONAL},
    {"espere", PRESENT_FORMS}, {"esperent", PRESENT_FORMS}, {"esprit", NOT_PARTICIPLES},
    {"est", ETRE_PRESENT}, {"estime", PRESENT_FORMS}, {"estiment", PRESENT_FORMS},
    {"etaient", ETRE_IMPARFAIT}, {"etais", ETRE_IMPARFAIT}, {"etait", ETRE_IMPARFAIT},
    {"ete", IRREGULAR_PARTICIPLES}, {"etes", ETRE_PRESENT}, {"etiez", ETRE_IMPARFAIT},
    {"etions", ETRE_IMPARFAIT}, {"eu", IRREGULAR_PARTICIPLES}, {"eurent", PASSE_SIMPLE},
    {"eut", PASSE_SIMPLE}, {"exagerait", NOT_CONDITIONAL}, {"exige", PRESENT_FORMS},
    {"exigent", PRESENT_FORMS}, {"expert", NOT_PARTICIPLES}, {"explique", PRESENT_FORMS},
    {"expliquent", PRESENT_FORMS}, {"extrait", NOT_CONDITIONAL | NOT_IMPARFAIT},
    {"fait", PRESENT_FORMS | IRREGULAR_PARTICIPLES | NOT_IMPARFAIT},
    {"faite", IRREGULAR_PARTICIPLES}, {"faites", IRREGULAR_PARTICIPLES},
    {"faits", IRREGULAR_PARTICIPLES}, {"faudra", MODAL_FUTURE}, {"faudrait", MODAL_COND},
    {"faut", PRESENT_FORMS}, {"fermement", SKIPPABLE}, {"feu", NOT_PARTICIPLES},
    {"fin", NOT_PARTICIPLES}, {"finalement", SKIPPABLE}, {"firent", PASSE_SIMPLE},
    {"fit", PASSE_SIMPLE}, {"fois", NOT_PARTICIPLES}, {"font", PRESENT_FORMS},
    {"forfait", NOT_IMPARFAIT}, {"formellement", SKIPPABLE}, {"front", NOT_FUTURE},
    {"frontiere", NOT_PARTICIPLES}, {"fruit", NOT_PARTICIPLES}, {"furent", PASSE_SIMPLE},
    {"fut", PASSE_SIMPLE}, {"generait", NOT_CONDITIONAL}, {"geneve", NOT_PARTICIPLES},
    {"gerait", NOT_CONDITIONAL}, {"grande", NOT_PARTICIPLES}, {"guere", SKIPPABLE},
    {"hama", NOT_PARTICIPLES}, {"hauteur", NOT_PARTICIPLES}, {"hier", NOT_INF}, {"hiver", NOT_INF},
    {"homs", NOT_PARTICIPLES}, {"hui", NOT_PARTICIPLES | SKIPPABLE}, {"huis", NOT_PARTICIPLES},
    {"huit", NOT_PARTICIPLES}, {"hydra", NOT_FUTURE}, {"ici", NOT_PARTICIPLES},
    {"idlib", NOT_PARTICIPLES}, {"il", SKIPPABLE | SUBJECT_CLITICS},
    {"ils", SKIPPABLE | SUBJECT_CLITICS}, {"imparfait", NOT_IMPARFAIT}, {"indique", PRESENT_FORMS},
    {"indiquent", PRESENT_FORMS}, {"indirectement", SKIPPABLE}, {"inherent", NOT_PASSE_SIMPLE},
    {"interdit", IRREGULAR_PARTICIPLES}, {"intervenu", ETRE_PARTICIPLES},
    {"intervenue", ETRE_PARTICIPLES}, {"intervenus", ETRE_PARTICIPLES},
    {"introduit", IRREGULAR_PARTICIPLES}, {"jamais", SKIPPABLE},
    {"je", NOT_PARTICIPLES | SUBJECT_CLITICS}, {"jeu", NOT_PARTICIPLES}, {"jeudi", NOT_PARTICIPLES},
    {"joint", IRREGULAR_PARTICIPLES}, {"jordanie", NOT_PARTICIPLES}, {"juge", PRESENT_FORMS},
    {"jugent", PRESENT_FORMS}, {"kandra", NOT_FUTURE}, {"kobane", NOT_PARTICIPLES},
    {"l", SKIPPABLE | OBJECT_CLITICS}, {"la", NOT_PARTICIPLES | SKIPPABLE | OBJECT_CLITICS},
    {"lait", NOT_IMPARFAIT}, {"largement", SKIPPABLE},
    {"le", NOT_PARTICIPLES | SKIPPABLE | OBJECT_CLITICS}, {"leader", NOT_INF},
    {"legiferait", NOT_CONDITIONAL}, {"les", SKIPPABLE | OBJECT_CLITICS},
    {"leur", SKIPPABLE | OBJECT_CLITICS | NOT_INF}, {"liberait", NOT_CONDITIONAL},
    {"lieu", NOT_PARTICIPLES}, {"lira", NOT_FUTURE}, {"longtemps", SKIPPABLE},
    {"lorsqu", CLAUSE_WORDS}, {"lorsque", CLAUSE_WORDS},
    {"lui", NOT_PARTICIPLES | SKIPPABLE | OBJECT_CLITICS}, {"lundi", NOT_PARTICIPLES},
    {"m", SKIPPABLE | OBJECT_CLITICS}, {"maintenant", SKIPPABLE}, {"mais", CLAUSE_WORDS},
    {"mardi", NOT_PARTICIPLES}, {"me", NOT_PARTICIPLES | SKIPPABLE | OBJECT_CLITICS},
    {"meme", NOT_PARTICIPLES | SKIPPABLE}, {"menace", PRESENT_FORMS}, {"menacent", PRESENT_FORMS},
    {"mene", PRESENT_FORMS}, {"menent", PRESENT_FORMS}, {"mercredi", NOT_PARTICIPLES},
    {"mi", NOT_PARTICIPLES}, {"midi", NOT_PARTICIPLES}, {"mieux", SKIPPABLE},
    {"milieu", NOT_PARTICIPLES}, {"minerai", NOT_IMPARFAIT}, {"minuit", NOT_PARTICIPLES},
    {"mira", NOT_FUTURE}, {"mirent", PASSE_SIMPLE}, {"mis", IRREGULAR_PARTICIPLES},
    {"mise", IRREGULAR_PARTICIPLES}, {"mises", IRREGULAR_PARTICIPLES}, {"mit", PASSE_SIMPLE},
    {"moderait", NOT_CONDITIONAL}, {"moins", SKIPPABLE}, {"monte", ETRE_PARTICIPLES},
    {"montee", ETRE_PARTICIPLES}, {"montes", ETRE_PARTICIPLES},
    {"mort", ETRE_PARTICIPLES | IRREGULAR_PARTICIPLES},
    {"morte", ETRE_PARTICIPLES | IRREGULAR_PARTICIPLES}, {"mortes", ETRE_PARTICIPLES},
    {"morts", ETRE_PARTICIPLES | IRREGULAR_PARTICIPLES}, {"moscou", NOT_PARTICIPLES},
    {"mossoul", NOT_PARTICIPLES}, {"n", SKIPPABLE | OBJECT_CLITICS},
    {"ne", ETRE_PARTICIPLES | IRREGULAR_PARTICIPLES | NOT_PARTICIPLES | SKIPPABLE | OBJECT_CLITICS},
    {"nee", ETRE_PARTICIPLES}, {"negocie", PRESENT_FORMS}, {"negocient", PRESENT_FORMS},
    {"nes", ETRE_PARTICIPLES}, {"ni", NOT_PARTICIPLES}, {"notamment", SKIPPABLE},
    {"notre", NOT_PARTICIPLES | NOT_INF}, {"nous", NOT_PARTICIPLES | SKIPPABLE | SUBJECT_CLITICS},
    {"nouveau", NOT_PARTICIPLES}, {"nuit", NOT_PARTICIPLES}, {"offert", IRREGULAR_PARTICIPLES},
    {"offerte", IRREGULAR_PARTICIPLES}, {"officiellement", SKIPPABLE},
    {"on", SKIPPABLE | SUBJECT_CLITICS}, {"ont", AVOIR_PRESENT}, {"opera", NOT_FUTURE},
    {"operaient", NOT_CONDITIONAL}, {"operait", NOT_CONDITIONAL}, {"ou", NOT_PARTICIPLES},
    {"oui", NOT_PARTICIPLES}, {"ouvert", IRREGULAR_PARTICIPLES}, {"ouverte", IRREGULAR_PARTICIPLES},
    {"ouvre", PRESENT_FORMS}, {"ouvrent", PRESENT_FORMS}, {"palmyre", NOT_PARTICIPLES},
    {"par", NOT_INF}, {"parfait", NOT_IMPARFAIT}, {"parfois", SKIPPABLE},
    {"paris", NOT_PARTICIPLES}, {"parmi", NOT_PARTICIPLES}, {"parti", ETRE_PARTICIPLES},
    {"particulierement", SKIPPABLE}, {"partie", ETRE_PARTICIPLES}, {"partiellement", SKIPPABLE},
    {"parties", ETRE_PARTICIPLES}, {"partir", NOT_PARTICIPLES}, {"partis", ETRE_PARTICIPLES},
    {"parvenu", ETRE_PARTICIPLES}, {"parvenue", ETRE_PARTICIPLES}, {"parvenus", ETRE_PARTICIPLES},
    {"pas", SKIPPABLE}, {"passe", ETRE_PARTICIPLES}, {"passee", ETRE_PARTICIPLES},
    {"passees", ETRE_PARTICIPLES}, {"passes", ETRE_PARTICIPLES}, {"pays", NOT_PARTICIPLES},
    {"peine", NOT_PARTICIPLES}, {"peint", IRREGULAR_PARTICIPLES}, {"permis", IRREGULAR_PARTICIPLES},
    {"petit", NOT_PARTICIPLES}, {"peu", NOT_PARTICIPLES | SKIPPABLE}, {"peut", PRESENT_FORMS},
    {"peuvent", PRESENT_FORMS}, {"pire", NOT_INF}, {"plait", NOT_IMPARFAIT},
    {"plus", NOT_PARTICIPLES | SKIPPABLE}, {"plusieurs", NOT_PARTICIPLES | NOT_INF},
    {"point", NOT_PARTICIPLES | SKIPPABLE}, {"portrait", NOT_CONDITIONAL | NOT_IMPARFAIT},
    {"pour", NOT_INF}, {"pourra", MODAL_FUTURE}, {"pourraient", MODAL_COND},
    {"pourrais", MODAL_COND}, {"pourrait", MODAL_COND}, {"pourront", MODAL_FUTURE},
    {"poursuit", PRESENT_FORMS}, {"poursuivent", PRESENT_FORMS}, {"pourtant", SKIPPABLE},
    {"precise", PRESENT_FORMS}, {"precisent", PRESENT_FORMS}, {"preferait", NOT_CONDITIONAL},
    {"premier", NOT_INF}, {"prevoient", PRESENT_FORMS}, {"prevoit", PRESENT_FORMS},
    {"prirent", PASSE_SIMPLE}, {"pris", IRREGULAR_PARTICIPLES}, {"prise", IRREGULAR_PARTICIPLES},
    {"prises", IRREGULAR_PARTICIPLES}, {"prit", PASSE_SIMPLE}, {"probablement", SKIPPABLE},
    {"produit", IRREGULAR_PARTICIPLES}, {"profit", NOT_PARTICIPLES}, {"progressivement", SKIPPABLE},
    {"promis", IRREGULAR_PARTICIPLES}, {"propos", NOT_PARTICIPLES}, {"proximite", NOT_PARTICIPLES},
    {"pu", IRREGULAR_PARTICIPLES}, {"puis", NOT_PARTICIPLES}, {"puisque", CLAUSE_WORDS},
    {"qu", CLAUSE_WORDS}, {"quand", CLAUSE_WORDS}, {"quartier", NOT_INF},
    {"que", NOT_PARTICIPLES | CLAUSE_WORDS}, {"quelque", NOT_PARTICIPLES},
    {"quelques", NOT_PARTICIPLES}, {"qui", NOT_PARTICIPLES | SUBJECT_CLITICS | CLAUSE_WORDS},
    {"rapidement", SKIPPABLE}, {"rappelle", PRESENT_FORMS}, {"rappellent", PRESENT_FORMS},
    {"rapporte", PRESENT_FORMS}, {"rapportent", PRESENT_FORMS}, {"raqqa", NOT_PARTICIPLES},
    {"recemment", SKIPPABLE}, {"reclame", PRESENT_FORMS}, {"reclament", PRESENT_FORMS},
    {"reduit", IRREGULAR_PARTICIPLES}, {"refait", NOT_IMPARFAIT}, {"referent", NOT_PASSE_SIMPLE},
    {"refuse", PRESENT_FORMS}, {"refusent", PRESENT_FORMS}, {"reiterait", NOT_CONDITIONAL},
    {"rejoint", IRREGULAR_PARTICIPLES}, {"rejointe", IRREGULAR_PARTICIPLES},
    {"rentre", ETRE_PARTICIPLES}, {"rentree", ETRE_PARTICIPLES}, {"rentres", ETRE_PARTICIPLES},
    {"reparti", ETRE_PARTICIPLES}, {"repartie", ETRE_PARTICIPLES}, {"repartis", ETRE_PARTICIPLES},
    {"repris", IRREGULAR_PARTICIPLES}, {"reprise", IRREGULAR_PARTICIPLES},
    {"requis", IRREGULAR_PARTICIPLES}, {"reste", PRESENT_FORMS | ETRE_PARTICIPLES},
    {"restee", ETRE_PARTICIPLES}, {"restees", ETRE_PARTICIPLES}, {"restent", PRESENT_FORMS},
    {"restes", ETRE_PARTICIPLES}, {"retombe", ETRE_PARTICIPLES}, {"retombee", ETRE_PARTICIPLES},
    {"retombes", ETRE_PARTICIPLES}, {"retourne", ETRE_PARTICIPLES}, {"retournee", ETRE_PARTICIPLES},
    {"retournes", ETRE_PARTICIPLES}, {"retrait", NOT_CONDITIONAL | NOT_IMPARFAIT},
    {"reunissent", PRESENT_FORMS}, {"reunit", PRESENT_FORMS}, {"revenu", ETRE_PARTICIPLES},
    {"revenue", ETRE_PARTICIPLES}, {"revenus", ETRE_PARTICIPLES}, {"rien", SKIPPABLE},
    {"riyad", NOT_PARTICIPLES}, {"rome", NOT_PARTICIPLES}, {"russie", NOT_PARTICIPLES},
    {"rythme", NOT_PARTICIPLES}, {"s", SKIPPABLE | OBJECT_CLITICS}, {"s'ouvre", PRESENT_FORMS},
    {"sahara", NOT_FUTURE}, {"saint", NOT_PARTICIPLES}, {"sait", NOT_IMPARFAIT},
    {"samarra", NOT_FUTURE}, {"samedi", NOT_PARTICIPLES}, {"sandra", NOT_FUTURE},
    {"sans", SKIPPABLE}, {"satisfait", NOT_IMPARFAIT}, {"saurait", MODAL_COND},
    {"savoir", NOT_PARTICIPLES}, {"se", NOT_PARTICIPLES | SKIPPABLE | OBJECT_CLITICS},
    {"selon", CLAUSE_WORDS}, {"semble", PRESENT_FORMS}, {"semblent", PRESENT_FORMS},
    {"sera", ETRE_FUTURE}, {"serai", ETRE_FUTURE}, {"seraient", ETRE_COND}, {"serais", ETRE_COND},
    {"serait", ETRE_COND}, {"seras", ETRE_FUTURE}, {"serez", ETRE_FUTURE}, {"seriez", ETRE_COND},
    {"serions", ETRE_COND}, {"serons", ETRE_FUTURE}, {"seront", ETRE_FUTURE},
    {"si", NOT_PARTICIPLES | CLAUSE_WORDS}, {"sommes", ETRE_PRESENT}, {"sont", ETRE_PRESENT},
    {"sorti", ETRE_PARTICIPLES}, {"sortie", ETRE_PARTICIPLES}, {"sorties", ETRE_PARTICIPLES},
    {"sortis", ETRE_PARTICIPLES}, {"sotchi", NOT_PARTICIPLES}, {"souhait", NOT_IMPARFAIT},
    {"souhaite", PRESENT_FORMS}, {"souhaitent", PRESENT_FORMS}, {"souligne", PRESENT_FORMS},
    {"soulignent", PRESENT_FORMS}, {"soumis", IRREGULAR_PARTICIPLES}, {"sous", NOT_PARTICIPLES},
    {"soustrait", NOT_CONDITIONAL}, {"souvent", SKIPPABLE}, {"su", IRREGULAR_PARTICIPLES},
    {"subissent", PRESENT_FORMS}, {"subit", PRESENT_FORMS}, {"suis", ETRE_PRESENT},
    {"suite", NOT_PARTICIPLES}, {"sur", NOT_INF}, {"surpris", IRREGULAR_PARTICIPLES},
    {"survenu", ETRE_PARTICIPLES}, {"survenue", ETRE_PARTICIPLES}, {"survenus", ETRE_PARTICIPLES},
    {"syrie", NOT_PARTICIPLES}, {"t", SKIPPABLE}, {"table", NOT_PARTICIPLES},
    {"tandis", CLAUSE_WORDS}, {"te", NOT_PARTICIPLES | SKIPPABLE | OBJECT_CLITICS},
    {"teheran", NOT_PARTICIPLES}, {"tente", PRESENT_FORMS}, {"tentent", PRESENT_FORMS},
    {"terme", NOT_PARTICIPLES}, {"tete", NOT_PARTICIPLES}, {"tiennent", PRESENT_FORMS},
    {"tient", PRESENT_FORMS}, {"titre", NOT_PARTICIPLES}, {"tolerait", NOT_CONDITIONAL},
    {"tombe", ETRE_PARTICIPLES}, {"tombee", ETRE_PARTICIPLES}, {"tombees", ETRE_PARTICIPLES},
    {"tombes", ETRE_PARTICIPLES}, {"totalement", SKIPPABLE}, {"toujours", SKIPPABLE},
    {"tous", NOT_PARTICIPLES | SKIPPABLE}, {"tout", SKIPPABLE}, {"toute", NOT_PARTICIPLES},
    {"toutefois", SKIPPABLE}, {"toutes", NOT_PARTICIPLES}, {"traduit", IRREGULAR_PARTICIPLES},
    {"trait", NOT_CONDITIONAL | NOT_IMPARFAIT}, {"transfert", NOT_PARTICIPLES},
    {"transmis", IRREGULAR_PARTICIPLES}, {"travers", NOT_PARTICIPLES}, {"tres", SKIPPABLE},
    {"trop", SKIPPABLE}, {"trouve", PRESENT_FORMS}, {"trouvent", PRESENT_FORMS},
    {"turquie", NOT_PARTICIPLES}, {"une", NOT_PARTICIPLES}, {"us", NOT_PARTICIPLES},
    {"usage", NOT_PARTICIPLES}, {"va", ALLER_PRESENT}, {"vais", ALLER_PRESENT},
    {"vas", ALLER_PRESENT}, {"vendredi", NOT_PARTICIPLES}, {"venu", ETRE_PARTICIPLES},
    {"venue", ETRE_PARTICIPLES}, {"venues", ETRE_PARTICIPLES}, {"venus", ETRE_PARTICIPLES},
    {"vert", NOT_PARTICIPLES}, {"veulent", PRESENT_FORMS}, {"veut", PRESENT_FORMS},
    {"vienne", NOT_PARTICIPLES}, {"viennent", PRESENT_FORMS}, {"vient", PRESENT_FORMS},
    {"ville", NOT_PARTICIPLES}, {"vinrent", PASSE_SIMPLE}, {"vint", PASSE_SIMPLE},
    {"vise", PRESENT_FORMS}, {"visent", PRESENT_FORMS}, {"visiblement", SKIPPABLE},
    {"vite", SKIPPABLE}, {"vont", ALLER_PRESENT}, {"votre", NOT_PARTICIPLES | NOT_INF},
    {"voudra", MODAL_FUTURE}, {"voudraient", MODAL_COND}, {"voudrait", MODAL_COND},
    {"voulu", IRREGULAR_PARTICIPLES}, {"vous", NOT_PARTICIPLES | SKIPPABLE | SUBJECT_CLITICS},
    {"vraisemblablement", SKIPPABLE}, {"vu", IRREGULAR_PARTICIPLES}, {"vue", IRREGULAR_PARTICIPLES},
    {"vus", IRREGULAR_PARTICIPLES}, {"y", SKIPPABLE | OBJECT_CLITICS},
    {"zabadani", NOT_PARTICIPLES}, {"zahra", NOT_FUTURE},
};

#define WORD_COUNT (sizeof WORDS / sizeof *WORDS)

/* memcmp order of the n bytes of w and the string entry. */
static int S_word_cmp(const char *w, size_t n, const char *entry)
{
    for (size_t j = 0; j < n; j++) {
        const unsigned char a = (unsigned char)w[j], b = (unsigned char)entry[j];
        if (a != b)
            return b == 0 ? 1 : a < b ? -1 : 1;
    }
    return entry[n] ? -1 : 0;
}

/* The classes of w (n bytes) from a binary search in WORDS[lo, hi): what
 * the hash table below must find (syevp_word_index_agrees checks it). */
static uint32_t S_search_words(const char *w, size_t n, size_t lo, size_t hi)
{
    while (lo < hi) {
        const size_t mid = (lo + hi) / 2;
        const int c = S_word_cmp(w, n, WORDS[mid].word);
        if (c == 0)
            return WORDS[mid].classes;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return 0;
}

_Static_assert(WORD_COUNT < SYEVP_WORD_SLOTS / 4, "syevp_word_index keeps its slots sparse");

#define HEAD_BYTES 8 /* the bytes of a word that syevp_word_index keeps whole */


/* The first HEAD_BYTES bytes of w (n >= 1 bytes; NUL bytes beyond n), byte
 * k as bits 8k..8k+7, read at once when `readable` bytes (at least n) lie
 * at w. */
static inline uint64_t S_word_head(const char *w, size_t n, size_t readable)
{
    /* [k]: the low k bytes */
    static const uint64_t low_bytes[HEAD_BYTES + 1] = {
        0, 0xFF, 0xFFFF, 0xFFFFFF, 0xFFFFFFFF, UINT64_C(0xFFFFFFFFFF), UINT64_C(0xFFFFFFFFFFFF),
        UINT64_C(0xFFFFFFFFFFFFFF), UINT64_MAX};
    uint64_t head = 0;
    if (readable >= HEAD_BYTES && syevp_little_endian()) {
        memcpy(&head, w, HEAD_BYTES);
        return head & low_bytes[n < HEAD_BYTES ? n : HEAD_BYTES];
    }
    for (size_t k = 0; k < n && k < HEAD_BYTES; k++)
        head |= (uint64_t)(unsigned char)w[k] << (8 * k);
    return head;
}

/* The slot where the search for a word starts: a multiplicative hash of its
 * head and length. */
static size_t S_word_hash(uint64_t head, size_t n)
{
    _Static_assert(SYEVP_WORD_SLOTS == 1u << 12, "the hash keeps the top 12 bits");
    return (size_t)(((head ^ (uint64_t)n << 56) * UINT64_C(0x9E3779B97F4A7C15)) >> 52);
}

/* memcmp(a, b, n) == 0 for the few bytes of a word, without the call. */
static bool S_same_bytes(const char *a, const char *b, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (a[k] != b[k])
            return false;
    return true;
}

/* The slot of x that holds w (n >= 1 bytes, its head `head`), or
 * SYEVP_WORD_SLOTS when WORDS does not hold it. */
static inline size_t S_word_slot(const syevp_word_index *x, const char *w, size_t n,
                                 uint64_t head)
{
    for (size_t h = S_word_hash(head, n);; h = (h + 1) & (SYEVP_WORD_SLOTS - 1)) {
        const uint32_t slot = x->slot[h];
        if (!slot)
            return SYEVP_WORD_SLOTS;
        if (slot >> 16 == n && x->head[h] == head) {
            const word_entry *entry = &WORDS[(slot & 0xFFFFu) - 1];
            if (n <= HEAD_BYTES ||
                S_same_bytes(entry->word + HEAD_BYTES, w + HEAD_BYTES, n - HEAD_BYTES))
                return h;
        }
    }
}

/* The classes of the word of slot h of x. */
static uint32_t S_slot_classes(const syevp_word_index *x, size_t h)
{
    tok t;
    t.told = x->told[h];
    return t.classes;
}

/* The classes of w (n >= 1 bytes, `readable` bytes at w) in WORDS, 0 for a
 * word it does not hold; without an index (the probes of the unit tests),
 * from the binary search. */
static uint32_t S_word_classes(const syevp_word_index *x, const char *w, size_t n,
                               size_t readable)
{
    if (!x)
        return S_search_words(w, n, 0, WORD_COUNT);
    const size_t h = S_word_slot(x, w, n, S_word_head(w, n, readable));
    return h < SYEVP_WORD_SLOTS ? S_slot_classes(x, h) : 0;
}

/* Stems of the verbs that announce, decide or agree on a date: a past form
 * of these may govern a date still to come ("a convoque ... le 7 mars").
 * In byte order: a word is compared only with the stems of its letter. */
static const affix ANNOUNCE_STEMS[] = {
    A("accept"), A("accord"), A("adopt"), A("affirm"), A("annonc"), A("appel"), A("arret"),
    A("assur"), A("confirm"), A("conven"), A("convien"), A("convoqu"), A("decid"), A("declar"),
    A("decret"), A("demand"), A("dit"), A("entendu"), A("envisag"), A("estim"), A("exig"),
    A("expliqu"), A("fix"), A("indiqu"), A("invit"), A("ordon"), A("planifi"), A("precis"),
    A("prevoi"), A("prevu"), A("program"), A("prolong"), A("promet"), A("promi"), A("propos"),
    A("reclam"), A("report"), A("repouss"), A("resolu"), A("souhait"), A("vot")};

#define STEM_COUNT (sizeof ANNOUNCE_STEMS / sizeof *ANNOUNCE_STEMS)
#define STEM_MIN 3 /* the bytes of the shortest stem (syevp_tense_words_sorted checks it) */
_Static_assert(STEM_COUNT < 256, "syevp_word_index holds 8-bit stem indexes");

bool syevp_tense_words_sorted(void)
{
    for (size_t i = 1; i < WORD_COUNT; i++)
        if (S_word_cmp(WORDS[i - 1].word, strlen(WORDS[i - 1].word), WORDS[i].word) >= 0)
            return false;
    for (size_t i = 1; i < STEM_COUNT; i++)
        if (strcmp(ANNOUNCE_STEMS[i - 1].s, ANNOUNCE_STEMS[i].s) >= 0)
            return false;
    for (size_t i = 0; i < STEM_COUNT; i++)
        if (ANNOUNCE_STEMS[i].n < STEM_MIN)
            return false;
    return true;
}

/* Every word of WORDS in the slot its hash leads to, or the first free one
 * after it.  Likewise the stems by the low five bits of their first byte
 * (a binary search would find the same entries: both tables are sorted). */
static void S_tails_build(syevp_word_index *x);
static bool S_tails_agree(const syevp_word_index *x);
static void S_slot_told(syevp_word_index *x, size_t h);

void syevp_word_index_build(syevp_word_index *x)
{
    memset(x, 0, sizeof *x);
    for (size_t i = 0; i < WORD_COUNT; i++) {
        const size_t n = strlen(WORDS[i].word);
        const uint64_t head = S_word_head(WORDS[i].word, n, n);
        size_t h = S_word_hash(head, n);
        while (x->slot[h])
            h = (h + 1) & (SYEVP_WORD_SLOTS - 1);
        x->slot[h] = (uint32_t)(i + 1) | (uint32_t)n << 16;
        x->head[h] = head;
        S_slot_told(x, h);
    }
    S_tails_build(x);
    for (size_t i = 0; i < STEM_COUNT; i++) {
        const size_t k = (unsigned char)ANNOUNCE_STEMS[i].s[0] & 31u;
        if (x->stem_lo[k] == x->stem_hi[k])
            x->stem_lo[k] = (uint8_t)i;
        x->stem_hi[k] = (uint8_t)(i + 1);
    }
}

/* The checks of syevp_word_index_agrees on the index x. */
static bool S_words_agree(const syevp_word_index *x)
{
    for (size_t i = 0; i < WORD_COUNT; i++) {
        char w[64];
        const size_t n = strlen(WORDS[i].word);
        if (n + 2 > sizeof w)
            return false;
        memcpy(w, WORDS[i].word, n);
        w[n] = 'x'; /* the word extended by a letter, then cut short */
        for (size_t m = 1; m <= n + 1; m++) /* the head read at once, then byte by byte */
            if (S_word_classes(x, w, m, sizeof w) != S_search_words(w, m, 0, WORD_COUNT) ||
                S_word_classes(x, w, m, m) != S_search_words(w, m, 0, WORD_COUNT))
                return false;
        if (S_word_classes(x, w, n, sizeof w) != WORDS[i].classes)
            return false;
    }
    return S_tails_agree(x);
}

bool syevp_word_index_agrees(void)
{
    syev_allocator a;
    syevp_allocator_init(&a, NULL);
    syevp_word_index *x = syevp_malloc(&a, sizeof *x); /* tens of kilobytes: not on the stack */
    if (!x)
        return false;
    syevp_word_index_build(x);
    const bool agree = S_words_agree(x);
    syevp_free(&a, x);
    return agree;
}

/* ------------------------------------------------------------------ */
/* Tokens                                                              */
/* ------------------------------------------------------------------ */


/* A byte of a word (a table, as every byte of the text comes here). */
static bool S_word_byte(unsigned char c)
{
    return syevp_word_bytes[c];
}

/* Where S_tokenize(st, b, e) starts: never in the middle of a word. */
static size_t S_tokens_start(const char *s, size_t b, size_t e)
{
    while (b > 0 && b < e && S_word_byte((unsigned char)s[b]) &&
           S_word_byte((unsigned char)s[b - 1]))
        b++;
    return b;
}

typedef struct word word;
static void S_props_compute(const syevp_word_index *words, const word *x, tok *t);
static void S_word_props(const syevp_word_index *words, const char *w, size_t n, tok *t);
static bool S_may_head_verb(const char *s, const tok *t, bool subject_before);
static unsigned S_token_boundary(const tok *t);

#if defined(__SSE2__)
/* 0xFF in each byte of v in [lo, hi], 0 in the others: x - lo, moved by
 * 0x80 into the signed range, is below hi - lo + 1 - 0x80 exactly then. */
static __m128i S_in_range16(__m128i v, unsigned char lo, unsigned char hi)
{
    const __m128i shifted = _mm_add_epi8(v, _mm_set1_epi8((char)(0x80 - lo)));
    return _mm_cmplt_epi8(shifted, _mm_set1_epi8((char)(hi - lo + 1 - 0x80)));
}

/* Bit k set when byte k of v is a byte of a word (syevp_word_bytes): beyond
 * ASCII (negative as a signed byte), a digit or a lower-case letter. */
static unsigned S_word_bits16(__m128i v)
{
    const __m128i of_word =
        _mm_or_si128(_mm_cmplt_epi8(v, _mm_setzero_si128()),
                     _mm_or_si128(S_in_range16(v, '0', '9'), S_in_range16(v, 'a', 'z')));
    return (unsigned)_mm_movemask_epi8(of_word);
}
#endif

/* Bit k set when byte base + k of s is a byte of a word (syevp_word_bytes), for
 * the 64 bytes from base; none at or past `readable`.  With SSE2 (every
 * x86-64) sixteen bytes are told at once. */
static uint64_t S_word_mask64(const char *s, size_t base, size_t readable)
{
    if (base >= readable)
        return 0;
    uint64_t mask = 0;
    size_t k = 0;
#if defined(__SSE2__)
    for (; k < 64 && readable - base - k >= 16; k += 16) {
        const __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + base + k));
        mask |= (uint64_t)S_word_bits16(v) << k;
    }
#endif
    for (; k < 64 && base + k < readable; k++)
        mask |= (uint64_t)S_word_byte((unsigned char)s[base + k]) << k;
    return mask;
}

/* The bytes of words among the 64 from `base`, as S_tokenize moves on:
 * a word's end is then the lowest bit of a mask, not a walk byte by byte. */
typedef struct word_scan {
    const char *s;
    size_t readable;
    size_t base;
    uint64_t mask; /* S_word_mask64(s, base, readable) */
} word_scan;

static void S_scan_from(word_scan *ws, size_t base)
{
    ws->base = base;
    ws->mask = S_word_mask64(ws->s, base, ws->readable);
}

/* The bits of the mask from byte i (i >= ws->base) on: bit 0 tells
 * whether byte i is of a word.  The mask moves on to i first if i lies past
 * its 64 bytes. */
static inline uint64_t S_scan_at(word_scan *ws, size_t i)
{
    if (i - ws->base >= 64)
        S_scan_from(ws, i);
    return ws->mask >> (i - ws->base);
}

/* S_scan_word_end for a word that runs on to the end of the mask's bytes
 * (out of line: one word in ten or so). */
static size_t S_scan_long_word(word_scan *ws, size_t e)
{
    size_t j = ws->base + 64;
    while (j < e) {
        S_scan_from(ws, j);
        if (~ws->mask)
            return j + syevp_lowest_bit64(~ws->mask);
        j += 64;
    }
    return j;
}

/* The end of the word that starts at i, `rest` being S_scan_at(ws, i) (bit
 * 0 set), cut at e: its first byte that is not of a word. */
static inline size_t S_scan_word_end(word_scan *ws, size_t i, uint64_t rest, size_t e)
{
    const uint64_t stop = ~rest; /* the bits shifted in count as stops */
    size_t j = stop ? i + syevp_lowest_bit64(stop) : ws->base + 64;
    if (j == ws->base + 64)
        j = S_scan_long_word(ws, e);
    return j < e ? j : e;
}

static inline void S_word_token_indexed(const syevp_word_index *x, const char *s,
                                        size_t readable, tok *t, size_t i, size_t j,
                                        bool subject_before);
static void S_word_token_direct(const sent *st, tok *t, size_t i, size_t j, bool subject_before);

/* Extra distance for crossing a token on the way between verb and pos:
 * by its character for a punctuation token, 8 for a clause word. */
static const uint8_t PUNCT_BOUNDARY[256] = {[','] = 3, [';'] = 8, [':'] = 8, ['('] = 8, [')'] = 8,
                                            ['"'] = 8, ['.'] = 8, ['!'] = 8, ['?'] = 8};

/* The punctuation token of byte c at i. */
static inline tok S_punct_token(size_t i, unsigned char c)
{
    return (tok){i, i + 1, {{0, 0, 0, (char)c, (uint8_t)(1 + PUNCT_BOUNDARY[c])}}};
}

/* The bytes that only part tokens. */
static bool S_is_blank(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* S_subject_before for the token after a word of these classes, given
 * what it tells for that word: a subject clitic, or one before the object
 * clitics (and apostrophes) up to it.  The words that may head a verb group
 * only by a subject before them are told as they are cut. */
static inline bool S_subject_after(uint32_t classes, bool subject_before)
{
    return classes & OBJECT_CLITICS ? subject_before : (classes & SUBJECT_CLITICS) != 0;
}

/* S_tokenize without an index (the probes of the unit tests): byte by
 * byte, each word looked up by a binary search. */
static void S_tokenize_direct(sent *st, size_t b, size_t e)
{
    const char *s = st->s;
    size_t n = 0, head_count = 0, i = S_tokens_start(s, b, e);
    bool subject_before = false; /* S_subject_before for the next token */
    while (i < e && n < st->cap) {
        const unsigned char c = (unsigned char)s[i];
        if (S_word_byte(c)) {
            size_t j = i + 1;
            while (j < e && S_word_byte((unsigned char)s[j]))
                j++;
            tok *t = &st->tk[n++];
            S_word_token_direct(st, t, i, j, subject_before);
            if (t->props & PROP_MAY_HEAD)
                st->heads[head_count++] = (uint32_t)(n - 1);
            subject_before = S_subject_after(t->classes, subject_before);
            i = j;
        } else {
            if (!S_is_blank(c)) {
                st->tk[n++] = S_punct_token(i, c);
                subject_before = c == '\'' && subject_before;
            }
            i++;
        }
    }
    st->n = n;
    st->head_count = head_count;
}

/* S_tokenize with the index of st->words: the words found from masks of
 * the bytes of words (S_scan_word_end), looked up in the hash table. */
static void S_tokenize_indexed(sent *st, size_t b, size_t e)
{
    /* (in locals: the tokens written could alias the fields of st) */
    const char *const s = st->s;
    const size_t readable = st->len;
    const syevp_word_index *const words = st->words;
    tok *const tk = st->tk, *const tk_end = st->tk + st->cap;
    uint32_t *const heads = st->heads;
    tok *t = tk; /* the next token (a pointer, not an index: one register less) */
    size_t head_count = 0, i = S_tokens_start(s, b, e);
    bool subject_before = false; /* S_subject_before for the next token */
    word_scan ws = {s, readable, 0, 0};
    S_scan_from(&ws, i);
    while (i < e && t < tk_end) {
        const uint64_t rest = S_scan_at(&ws, i);
        if (rest & 1u) {
            const size_t j = S_scan_word_end(&ws, i, rest, e);
            S_word_token_indexed(words, s, readable, t, i, j, subject_before);
            if (t->props & PROP_MAY_HEAD)
                heads[head_count++] = (uint32_t)(t - tk);
            subject_before = S_subject_after(t->classes, subject_before);
            t++;
            i = j < e && s[j] == ' ' ? j + 1 : j; /* the space after a word, at once */
            continue;
        }
        const unsigned char c = (unsigned char)s[i];
        if (!S_is_blank(c)) {
            *t++ = S_punct_token(i, c);
            subject_before = c == '\'' && subject_before;
        }
        i++;
    }
    st->n = (size_t)(t - tk);
    st->head_count = head_count;
}

/* Cuts [b, e) into st's tokens, and works out the properties of the words
 * (S_props reads them); the heads of verb groups they may be go to
 * st->heads. */
static void S_tokenize(sent *st, size_t b, size_t e)
{
    if (st->words)
        S_tokenize_indexed(st, b, e);
    else
        S_tokenize_direct(st, b, e);
}

static size_t S_len(const sent *st, size_t i)
{
    return st->tk[i].e - st->tk[i].b;
}

static bool S_in(const sent *st, size_t i, uint32_t classes)
{
    return i < st->n && (st->tk[i].classes & classes);
}

/* Is token i the word w (n bytes)?  Called as S_is(st, i, "literal"). */
#define S_is(st, i, lit) S_is_n(st, i, lit, sizeof lit - 1)

static inline bool S_is_n(const sent *st, size_t i, const char *w, size_t n)
{
    return i < st->n && !st->tk[i].punct && S_len(st, i) == n &&
           memcmp(st->s + st->tk[i].b, w, S_len(st, i)) == 0;
}

/* Index of the first token after i that is not an adverb or clitic. */
static size_t S_skip(const sent *st, size_t i)
{
    size_t j = i + 1;
    while (j < st->n && (S_in(st, j, SKIPPABLE) || st->tk[j].punct == '\'' ||
                         st->tk[j].punct == '-'))
        j++;
    return j;
}

/* ------------------------------------------------------------------ */
/* Word classes                                                        */
/* ------------------------------------------------------------------ */

/* A word token seen by itself: the properties below depend on its bytes and
 * classes only. */
struct word {
    const char *w;
    size_t n;
    uint32_t classes;
};

/* The byte k places before the end of x (k = 1: the last byte); the caller
 * checks that the word is that long. */
static unsigned char S_back(const word *x, size_t k)
{
    return (unsigned char)x->w[x->n - k];
}

static bool S_ends_with(const word *x, const char *suffix, size_t k)
{
    if (x->n <= k)
        return false;
    const char *w = x->w + x->n - k;
    for (size_t j = k; j-- > 0;) /* the last letters differ most often */
        if (w[j] != suffix[j])
            return false;
    return true;
}

#define S_ends(x, lit) S_ends_with(x, lit, sizeof lit - 1)

static bool S_ends_among(const word *x, const affix *affixes, size_t count)
{
    for (size_t k = 0; k < count; k++)
        if (S_ends_with(x, affixes[k].s, affixes[k].n))
            return true;
    return false;
}

/* The endings of a past participle: -e -es -ee -ees -i -is -ie -ies, -u
 * -us -ue -ues after d n v t p (and -u after s r l c b too), -it -ite -its
 * -ites, -int -inte, -ert -erte (an ending in e or es takes in all those
 * that end so); each a proper ending of the word (S_ends_with), on 3 bytes
 * or more.  But not -ois.  (Read only to build syevp_word_index's table of
 * the last bytes, and by the probes without one.) */
static const affix PARTICIPLE_ENDINGS[] = {
    A("e"),  A("i"),  A("du"), A("nu"),  A("vu"),  A("tu"),  A("pu"),  A("su"),
    A("ru"), A("lu"), A("cu"), A("bu"),  A("es"),  A("is"),  A("dus"), A("nus"),
    A("vus"), A("tus"), A("pus"), A("its"), A("it"), A("int"), A("ert")};
static const affix NOT_PARTICIPLE_ENDINGS[] = {A("ois")};

#define S_ends_any(x, affixes) S_ends_among(x, affixes, sizeof affixes / sizeof *affixes)
static bool S_ends_among(const word *x, const affix *affixes, size_t count);

/* Does x, of 3 bytes or more, end as a past participle? */
static bool S_participle_ending(const word *x)
{
    return S_ends_any(x, PARTICIPLE_ENDINGS) && !S_ends_any(x, NOT_PARTICIPLE_ENDINGS);
}

/* -er -ir -re -oir, on 3 bytes or more */
static bool S_infinitive_ending(const word *x)
{
    const unsigned char last = S_back(x, 1), before = S_back(x, 2);
    return (last == 'r' && (before == 'e' || before == 'i')) || (last == 'e' && before == 'r');
}

/* The endings of a past participle used as an adjective, on 4 bytes or
 * more: only those that neither a present tense nor a plural noun ("les
 * forces", "les parties") can have, -ee -ees -u -ue -us -ues. */
static bool S_bare_ending(const word *x)
{
    const unsigned char before = S_back(x, 2);
    switch (S_back(x, 1)) {
    case 'u':
        return true;
    case 'e':
        return before == 'e' || before == 'u';
    case 's':
        return before == 'u' || (before == 'e' && (S_back(x, 3) == 'e' || S_back(x, 3) == 'u'));
    default:
        return false;
    }
}

/* Does w (n bytes) start with one of ANNOUNCE_STEMS?  Its stems by first
 * byte come from x when it is there. */
static bool S_stem_announces(const syevp_word_index *x, const char *w, size_t n)
{
    const size_t key = (unsigned char)w[0] & 31u;
    const size_t lo = x ? x->stem_lo[key] : 0, hi = x ? x->stem_hi[key] : STEM_COUNT;
    for (size_t k = lo; k < hi; k++) {
        const affix *p = &ANNOUNCE_STEMS[k];
        if (p->n > n || w[0] != p->s[0] || w[1] != p->s[1]) /* (mostly told at once) */
            continue;
        size_t j = 2;
        while (j < p->n && w[j] == p->s[j])
            j++;
        if (j == p->n)
            return true;
    }
    return false;
}

/* Does word i start with one of ANNOUNCE_STEMS? */
static bool S_word_announce(const sent *st, size_t i)
{
    if (i >= st->n || st->tk[i].punct)
        return false;
    return S_stem_announces(st->words, st->s + st->tk[i].b, S_len(st, i));
}

static syevp_tense S_word_ending(const word *x);
static bool S_tense_tail_possible(const word *x);

/* What the last bytes of a word tell, before its classes are looked at. */
enum {
    TAIL_PARTICIPLE = 1u << 0, /* S_participle_ending, on 3 bytes or more */
    TAIL_INFINITIVE = 1u << 1,
    TAIL_BARE = 1u << 2,       /* the endings of S_word_bare_participle */
    TAIL_TENSE = 1u << 3       /* S_tense_tail_possible */
};

/* The TAIL_* bits other than TAIL_PARTICIPLE of x. */
static unsigned S_tail_rest(const word *x)
{
    unsigned tail = 0;
    if (x->n >= 3 && S_infinitive_ending(x))
        tail |= TAIL_INFINITIVE;
    if (x->n >= 4 && S_bare_ending(x))
        tail |= TAIL_BARE;
    if (S_tense_tail_possible(x))
        tail |= TAIL_TENSE;
    return tail;
}

/* The TAIL_* bits of x, from its bytes. */
static unsigned S_tail_direct(const word *x)
{
    return S_tail_rest(x) | (x->n >= 3 && S_participle_ending(x) ? TAIL_PARTICIPLE : 0u);
}

/* The rank of a byte among the tails of syevp_word_index: a lower-case
 * letter's in the alphabet, 0 for any other byte (the endings above name
 * letters only, so every other byte answers alike). */
static size_t S_tail_rank(unsigned char c)
{
    return c >= 'a' && c <= 'z' ? (size_t)(c - 'a' + 1) : 0;
}

_Static_assert(SYEVP_TAIL_RANKS == 27, "a rank for each letter and one for the other bytes");

/* The slot of the last three bytes of x (3 bytes or more) in the tails:
 * their ranks as digits in base SYEVP_TAIL_RANKS, read from the weights
 * of the index. */
static size_t S_tail_slot(const syevp_word_index *words, const word *x)
{
    const unsigned char *end = (const unsigned char *)x->w + x->n;
    return (size_t)words->tail_weight[2][end[-3]] + words->tail_weight[1][end[-2]] +
           words->tail_weight[0][end[-1]];
}

/* The TAIL_* bits of x, from the table of the index when there is one: the
 * endings look three bytes back at most, and at the length only to tell 3
 * bytes from more. */
static inline unsigned S_tail(const syevp_word_index *words, const word *x)
{
    if (!words)
        return S_tail_direct(x);
    if (x->n < 3)
        return 0;
    const unsigned both = words->tails[S_tail_slot(words, x)];
    return x->n == 3 ? both & 15u : both >> 4;
}

/* The byte of rank r among the tails (an arbitrary one for 0). */
static char S_tail_byte(size_t r)
{
    return r ? (char)('a' + r - 1) : '0';
}

/* Sets (or clears, when !on) TAIL_PARTICIPLE in the slots of the tails
 * whose last bytes are one of the count endings: each ending covers every
 * slot that ends in its ranks, for the words of 3 bytes when it is shorter
 * than 3 bytes and for those of 4 bytes when it is shorter than 4
 * (S_ends_with takes proper endings only). */
static void S_tails_mark(uint8_t *tails, const affix *endings, size_t count, bool on)
{
    for (size_t k = 0; k < count; k++) {
        const size_t n = endings[k].n;
        if (n >= 4)
            continue; /* no proper ending of a word of 3 or 4 bytes */
        size_t low = 0, stride = 1;
        for (size_t j = 0; j < n; j++, stride *= SYEVP_TAIL_RANKS)
            low += S_tail_rank((unsigned char)endings[k].s[n - 1 - j]) * stride;
        const unsigned bits = (n < 3 ? TAIL_PARTICIPLE : 0u) | TAIL_PARTICIPLE << 4;
        for (size_t slot = low; slot < SYEVP_TAIL_RANKS * SYEVP_TAIL_RANKS * SYEVP_TAIL_RANKS;
             slot += stride)
            tails[slot] = (uint8_t)(on ? tails[slot] | bits : tails[slot] & ~bits);
    }
}

/* The tails of x, worked out from words of 3 and 4 bytes that end in each
 * three ranks; but TAIL_PARTICIPLE from the slots each participle ending
 * covers, rather than by asking every slot against every ending (the same
 * table at a fifth of the cost; S_tails_agree checks it against
 * S_tail_direct, slot by slot). */
static void S_tails_build(syevp_word_index *x)
{
    for (size_t c = 0; c < 256; c++) {
        const size_t r = S_tail_rank((unsigned char)c);
        x->tail_weight[0][c] = (uint16_t)r;
        x->tail_weight[1][c] = (uint16_t)(r * SYEVP_TAIL_RANKS);
        x->tail_weight[2][c] = (uint16_t)(r * SYEVP_TAIL_RANKS * SYEVP_TAIL_RANKS);
    }
    for (size_t slot = 0; slot < sizeof x->tails; slot++) {
        const size_t r1 = slot % SYEVP_TAIL_RANKS, r2 = slot / SYEVP_TAIL_RANKS % SYEVP_TAIL_RANKS,
                     r3 = slot / (SYEVP_TAIL_RANKS * SYEVP_TAIL_RANKS);
        const char w[4] = {'x', S_tail_byte(r3), S_tail_byte(r2), S_tail_byte(r1)};
        const word three = {w + 1, 3, 0}, four = {w, 4, 0};
        x->tails[slot] = (uint8_t)(S_tail_rest(&three) | S_tail_rest(&four) << 4);
    }
    S_tails_mark(x->tails, PARTICIPLE_ENDINGS, sizeof PARTICIPLE_ENDINGS / sizeof *PARTICIPLE_ENDINGS,
                 true);
    S_tails_mark(x->tails, NOT_PARTICIPLE_ENDINGS,
                 sizeof NOT_PARTICIPLE_ENDINGS / sizeof *NOT_PARTICIPLE_ENDINGS, false);
}

/* Words of 1 to 6 bytes ending in every three ranks, the other bytes being
 * a digit, a byte of a multibyte character or a letter. */
static bool S_tails_agree(const syevp_word_index *x)
{
    static const char others[] = {'7', (char)0xA9, 'q'};
    for (size_t slot = 0; slot < sizeof x->tails; slot++)
        for (size_t o = 0; o < sizeof others; o++)
            for (size_t n = 1; n <= 6; n++) {
                char w[6];
                memset(w, others[o], sizeof w);
                for (size_t k = 0, rest = slot; k < 3; k++, rest /= SYEVP_TAIL_RANKS) {
                    const size_t r = rest % SYEVP_TAIL_RANKS;
                    w[5 - k] = r ? S_tail_byte(r) : others[o] == 'q' ? '7' : others[o];
                }
                const word v = {w + 6 - n, n, 0};
                if (S_tail(x, &v) != S_tail_direct(&v))
                    return false;
            }
    return true;
}

/* Works out the properties of word x and keeps them in its token t. */
_Static_assert((unsigned)TAIL_PARTICIPLE == (unsigned)PROP_PARTICIPLE &&
                   (unsigned)TAIL_INFINITIVE == (unsigned)PROP_INFINITIVE,
               "a word of no class takes these properties from its tail as they are");

static void S_props_compute(const syevp_word_index *words, const word *x, tok *t)
{
    const unsigned tail = S_tail(words, x);
    const uint32_t c = x->classes;
    if (!c) { /* most words: what follows, with no class to ask about */
        unsigned p = tail & (TAIL_PARTICIPLE | TAIL_INFINITIVE);
        if ((tail & (TAIL_PARTICIPLE | TAIL_BARE)) == (TAIL_PARTICIPLE | TAIL_BARE))
            p |= PROP_BARE_PARTICIPLE; /* (TAIL_BARE holds for 4 bytes or more only) */
        t->props = (uint8_t)p;
        t->ending = (int8_t)(tail & TAIL_TENSE ? S_word_ending(x) : SYEVP_TENSE_UNKNOWN);
        return;
    }
    unsigned p = 0;
    const bool participle = !(c & NOT_PARTICIPLES) &&
                            ((c & (IRREGULAR_PARTICIPLES | ETRE_PARTICIPLES)) ||
                             (tail & TAIL_PARTICIPLE));
    if (participle)
        p |= PROP_PARTICIPLE;
    if ((tail & TAIL_INFINITIVE) && !(c & NOT_INF))
        p |= PROP_INFINITIVE;
    /* a past participle used as an adjective right before a date ("une
     * treve instauree fin decembre", "un accord conclu lundi") */
    if (participle && x->n >= 4 && !(c & PRESENT_FORMS) &&
        ((c & IRREGULAR_PARTICIPLES) || (tail & TAIL_BARE)))
        p |= PROP_BARE_PARTICIPLE;
    t->props = (uint8_t)p;
    if (c & MODAL_COND)
        t->ending = (int8_t)SYEVP_TENSE_CONDITIONAL;
    else if (c & MODAL_FUTURE)
        t->ending = (int8_t)SYEVP_TENSE_FUTURE;
    else if (!(tail & TAIL_TENSE)) /* no ending of S_word_ending can match */
        t->ending = (int8_t)(c & PASSE_SIMPLE ? SYEVP_TENSE_PAST : SYEVP_TENSE_UNKNOWN);
    else
        t->ending = (int8_t)S_word_ending(x);
}

static void S_word_props(const syevp_word_index *words, const char *w, size_t n, tok *t)
{
    const word x = {w, n, t->classes};
    S_props_compute(words, &x, t);
}

/* The word token [i, j) into *t, from the index:
 * a word of WORDS takes what its slot tells (PROP_MAY_HEAD too, but after
 * a clitic); any other word has no class, and its properties come from
 * its last bytes. */
static inline void S_word_token_indexed(const syevp_word_index *x, const char *s,
                                        size_t readable, tok *t, size_t i, size_t j,
                                        bool subject_before)
{
    const char *w = s + i;
    const size_t n = j - i;
    const size_t h = S_word_slot(x, w, n, S_word_head(w, n, readable - i));
    if (h < SYEVP_WORD_SLOTS) {
        t->b = i;
        t->e = j;
        t->told = x->told[h];
        if (subject_before && n >= 2 && !(t->classes & (OBJECT_CLITICS | SUBJECT_CLITICS)))
            t->props |= PROP_MAY_HEAD;
        return;
    }
    const unsigned tail = S_tail(x, &(const word){w, n, 0});
    unsigned p = tail & (TAIL_PARTICIPLE | TAIL_INFINITIVE);
    if ((tail & (TAIL_PARTICIPLE | TAIL_BARE)) == (TAIL_PARTICIPLE | TAIL_BARE))
        p |= PROP_BARE_PARTICIPLE; /* (TAIL_BARE holds for 4 bytes or more only) */
    /* (the word is made again for the call: kept in memory only for the few
     * words that make it) */
    const syevp_tense ending =
        tail & TAIL_TENSE ? S_word_ending(&(const word){w, n, 0}) : SYEVP_TENSE_UNKNOWN;
    if (ending != SYEVP_TENSE_UNKNOWN || (p & PROP_BARE_PARTICIPLE) ||
        (n == 1 ? w[0] == 'a' : subject_before))
        p |= PROP_MAY_HEAD;
    *t = (tok){i, j, {{0, (uint8_t)p, (int8_t)ending, 0, 1}}};
}

/* The same without an index: the word looked up by a binary search, its
 * properties worked out from its bytes. */
static void S_word_token_direct(const sent *st, tok *t, size_t i, size_t j, bool subject_before)
{
    const char *s = st->s;
    *t = (tok){i, j, {{S_word_classes(NULL, s + i, j - i, st->len - i), 0, 0, 0, 0}}};
    t->step = (uint8_t)(1 + S_token_boundary(t));
    S_word_props(NULL, s + i, j - i, t);
    if (S_may_head_verb(s, t, subject_before))
        t->props |= PROP_MAY_HEAD;
}

/* What the word of slot h of x tells by itself, worked out without the
 * index as S_word_token_direct does after a token that is no clitic, and
 * whether it announces (S_is_announce). */
static void S_slot_told(syevp_word_index *x, size_t h)
{
    const word_entry *entry = &WORDS[(x->slot[h] & 0xFFFFu) - 1];
    const size_t n = strlen(entry->word);
    tok t = {0, n, {{entry->classes, 0, 0, 0, 0}}};
    t.step = (uint8_t)(1 + S_token_boundary(&t));
    S_word_props(NULL, entry->word, n, &t);
    if (S_may_head_verb(entry->word, &t, false))
        t.props |= PROP_MAY_HEAD;
    /* (the stems by first byte are not there yet) */
    t.props |= PROP_ANNOUNCE_KNOWN | (S_stem_announces(NULL, entry->word, n) ? PROP_ANNOUNCE : 0);
    x->told[h] = t.told;
}

/* The properties of token i (none for a punctuation token). */
static unsigned S_props(const sent *st, size_t i)
{
    return st->tk[i].props;
}

static bool S_is_participle(const sent *st, size_t i)
{
    return i < st->n && (S_props(st, i) & PROP_PARTICIPLE);
}

static bool S_is_infinitive(const sent *st, size_t i)
{
    return i < st->n && (S_props(st, i) & PROP_INFINITIVE);
}

static bool S_is_bare_participle(const sent *st, size_t i)
{
    return i < st->n && (S_props(st, i) & PROP_BARE_PARTICIPLE);
}

static bool S_is_announce(const sent *st, size_t i)
{
    if (i >= st->n)
        return false;
    tok *t = &st->tk[i];
    if (!(t->props & PROP_ANNOUNCE_KNOWN))
        t->props |= (uint8_t)(PROP_ANNOUNCE_KNOWN | (S_word_announce(st, i) ? PROP_ANNOUNCE : 0));
    return t->props & PROP_ANNOUNCE;
}

/* Tense from the ending alone; UNKNOWN when the ending says nothing. */
static syevp_tense S_ending_tense(const sent *st, size_t i)
{
    return (syevp_tense)st->tk[i].ending;
}

/* Index of the infinitive after a modal or aller, skipping clitics. */
static bool S_infinitive_follows(const sent *st, size_t i)
{
    size_t j = S_skip(st, i);
    return S_is_infinitive(st, j);
}

/* Does the original text hold the preposition "à" where the fold has "a"? */
static bool S_is_preposition_a(const sent *st, size_t i)
{
    if (!st->t)
        return false;
    size_t o = syevp_orig_off(st->t, st->tk[i].b);
    const unsigned char *u = (const unsigned char *)st->t->orig;
    return o + 1 < st->t->orig_len && u[o] == 0xC3 && (u[o + 1] == 0xA0 || u[o + 1] == 0x80);
}

static bool S_reflexive_before(const sent *st, size_t i)
{
    for (size_t k = i; k > 0 && i - k < 4; k--) {
        size_t p = k - 1;
        if (S_is(st, p, "se") || S_is(st, p, "s") || S_is(st, p, "me") || S_is(st, p, "m") ||
            S_is(st, p, "nous") || S_is(st, p, "vous"))
            return true;
        if (st->tk[p].punct != '\'' && !S_is(st, p, "ne") && !S_is(st, p, "n"))
            return false;
    }
    return false;
}

static inline bool S_subject_before(const sent *st, size_t i)
{
    size_t k = i;
    while (k > 0 && (S_in(st, k - 1, OBJECT_CLITICS) || st->tk[k - 1].punct == '\''))
        k--;
    return k > 0 && S_in(st, k - 1, SUBJECT_CLITICS);
}

/* Could x end as a conditional, future, passe simple or imparfait below,
 * by its last three bytes?  Those endings are -ra, -ait, -ent and -ont, on
 * 4 bytes or more (what syevp_word_index's table of the last bytes keeps). */
static bool S_tense_tail_possible(const word *x)
{
    if (x->n < 4)
        return false;
    const unsigned char before = S_back(x, 2), third = S_back(x, 3);
    switch (S_back(x, 1)) {
    case 'a':
        return before == 'r';
    case 't':
        return (before == 'i' && third == 'a') || (before == 'n' && (third == 'e' || third == 'o'));
    default:
        return false;
    }
}

/* ... and by the byte before those: -ent only as -aient or -rent, -ont only
 * as -ront (most words in -ent, "-ment", can then be left at once). */
static bool S_tense_ending_possible(const word *x)
{
    if (!S_tense_tail_possible(x))
        return false;
    if (S_back(x, 1) != 't' || S_back(x, 2) != 'n')
        return true;
    const unsigned char fourth = S_back(x, 4);
    return fourth == 'r' || (fourth == 'i' && S_back(x, 3) == 'e');
}

/* Tense from the ending alone; UNKNOWN when the ending says nothing. */
/* Endings of the conditional, future, passe simple and imparfait.  An
 * ending added here must also pass S_tense_ending_possible
 * (syevp_tense_endings_screened checks it). */
static const affix cond[] = {A("erait"), A("eraient"), A("irait"), A("iraient"), A("drait"),
                             A("draient"), A("rrait"), A("rraient"), A("ttrait"), A("ttraient")};
static const affix fut[] = {A("eront"), A("iront"), A("dront"), A("rront"), A("vront"),
                            A("tront"), A("era"), A("ira"), A("dra"), A("rra"), A("ttra")};
static const affix ps[] = {A("erent"), A("irent"), A("urent")};
static const affix impf[] = {A("ait"), A("aient")};

bool syevp_tense_endings_screened(void)
{
    const struct {
        const affix *v;
        size_t n;
    } tables[] = {{cond, sizeof cond / sizeof *cond},
                  {fut, sizeof fut / sizeof *fut},
                  {ps, sizeof ps / sizeof *ps},
                  {impf, sizeof impf / sizeof *impf}};
    for (size_t t = 0; t < sizeof tables / sizeof *tables; t++)
        for (size_t k = 0; k < tables[t].n; k++) {
            char w[32] = "xxxx"; /* long enough for every length test */
            memcpy(w + 4, tables[t].v[k].s, tables[t].v[k].n + 1);
            const word x = {w, 4 + tables[t].v[k].n, 0};
            if (!S_tense_ending_possible(&x))
                return false;
        }
    return true;
}

static syevp_tense S_word_ending(const word *x)
{
    const uint32_t c = x->classes;
    if (c & MODAL_COND)
        return SYEVP_TENSE_CONDITIONAL;
    if (c & MODAL_FUTURE)
        return SYEVP_TENSE_FUTURE;
    if (!S_tense_ending_possible(x)) /* no ending below can match */
        return c & PASSE_SIMPLE ? SYEVP_TENSE_PAST : SYEVP_TENSE_UNKNOWN;
    if (S_ends_any(x, cond) && !(c & NOT_CONDITIONAL) && !S_ends(x, "tirait") &&
        !S_ends(x, "pirait") && !S_ends(x, "mirait"))
        return SYEVP_TENSE_CONDITIONAL;
    if (x->n >= 4 && S_ends_any(x, fut) && !(c & NOT_FUTURE))
        return SYEVP_TENSE_FUTURE;
    if ((c & PASSE_SIMPLE) || (S_ends_any(x, ps) && !(c & NOT_PASSE_SIMPLE)))
        return SYEVP_TENSE_PAST;
    if (x->n >= 5 && S_ends_any(x, impf) && !(c & NOT_IMPARFAIT))
        return SYEVP_TENSE_PAST;
    return SYEVP_TENSE_UNKNOWN;
}

/* ------------------------------------------------------------------ */
/* Checks of the fast paths (unit tests)                               */
/* ------------------------------------------------------------------ */

/* Does S_word_mask64 tell every byte as syevp_word_bytes does, at every place of
 * its 64 bytes, however many of them may be read? */
static bool S_word_masks_agree(void)
{
    static const char filler[] = "ab.9 \xc3\xa9_Z'-";
    unsigned char buf[96];
    for (size_t k = 0; k < sizeof buf; k++)
        buf[k] = (unsigned char)filler[k % (sizeof filler - 1)];
    for (unsigned c = 0; c < 256; c++)
        for (size_t k = 0; k < 64; k++) {
            const unsigned char kept = buf[k + 3];
            buf[k + 3] = (unsigned char)c;
            const size_t readables[] = {k + 4, 64, sizeof buf};
            for (size_t r = 0; r < sizeof readables / sizeof *readables; r++) {
                const uint64_t mask = S_word_mask64((const char *)buf, 3, readables[r]);
                for (size_t j = 0; j < 64; j++) {
                    const bool expected = 3 + j < readables[r] && syevp_word_bytes[buf[3 + j]];
                    if (((mask >> j) & 1u) != expected)
                        return false;
                }
            }
            buf[k + 3] = kept;
        }
    return true;
}

/* Do the two ways of cutting tokens agree on [b, e) of s (`readable`
 * bytes), tokens, properties and heads alike? */
static bool S_tokens_agree(const syev_allocator *a, const char *s, size_t readable,
                           const syevp_word_index *x, size_t b, size_t e)
{
    const size_t cap = e - b + 1;
    tok *tk = syevp_malloc(a, 2 * cap * sizeof *tk);
    uint32_t *heads = syevp_malloc(a, 2 * cap * sizeof *heads);
    bool agree = tk && heads;
    if (agree) {
        sent direct = {NULL, s, readable, tk, 0, cap, NULL, heads, 0};
        sent indexed = {NULL, s, readable, tk + cap, 0, cap, x, heads + cap, 0};
        S_tokenize(&direct, b, e);
        S_tokenize(&indexed, b, e);
        agree = direct.n == indexed.n && direct.head_count == indexed.head_count &&
                memcmp(heads, heads + cap, direct.head_count * sizeof *heads) == 0;
        /* PROP_ANNOUNCE is worked out on the first question, or at once
         * for a word of the table: then it must be right */
        const unsigned asked = PROP_ANNOUNCE | PROP_ANNOUNCE_KNOWN;
        for (size_t k = 0; agree && k < direct.n; k++) {
            const tok *u = &direct.tk[k], *v = &indexed.tk[k];
            agree = u->b == v->b && u->e == v->e && u->classes == v->classes &&
                    (u->props & ~asked) == (v->props & ~asked) && u->ending == v->ending &&
                    u->punct == v->punct && u->step == v->step &&
                    (!(v->props & PROP_ANNOUNCE_KNOWN) ||
                     !!(v->props & PROP_ANNOUNCE) == S_word_announce(&direct, k));
        }
    }
    syevp_free(a, tk);
    syevp_free(a, heads);
    return agree;
}

bool syevp_tense_tokens_agree(const char *fold, const syevp_word_index *x, size_t b, size_t e)
{
    syev_allocator a;
    syevp_allocator_init(&a, NULL);
    return S_tokens_agree(&a, fold, strlen(fold) + 1, x, b, e);
}

/* Every word of WORDS alone, after a subject clitic, after an apostrophe,
 * before a hyphen and a comma: cut with and without the index. */
static bool S_words_cut_alike(const syev_allocator *a, const syevp_word_index *x)
{
    static const char *const contexts[] = {"", "il ", "l'", "-t-il "};
    size_t size = 1;
    for (size_t i = 0; i < WORD_COUNT; i++)
        size += 4 * (strlen(WORDS[i].word) + 8);
    char *text = syevp_malloc(a, size);
    if (!text)
        return false;
    size_t n = 0;
    for (size_t i = 0; i < WORD_COUNT; i++)
        for (size_t k = 0; k < 4; k++) {
            const size_t c = strlen(contexts[k]), w = strlen(WORDS[i].word);
            memcpy(text + n, contexts[k], c);
            memcpy(text + n + c, WORDS[i].word, w);
            memcpy(text + n + c + w, k == 3 ? "-a, " : ", ", k == 3 ? 4 : 2);
            n += c + w + (k == 3 ? 4 : 2);
        }
    text[n] = '\0';
    const bool agree = S_tokens_agree(a, text, n + 1, x, 0, n);
    syevp_free(a, text);
    return agree;
}

bool syevp_tense_scan_agrees(void)
{
    syev_allocator a;
    syevp_allocator_init(&a, NULL);
    syevp_word_index *x = syevp_malloc(&a, sizeof *x);
    if (!x)
        return false;
    syevp_word_index_build(x);
    const bool agree = S_word_masks_agree() && S_words_cut_alike(&a, x);
    syevp_free(&a, x);
    return agree;
}

/* ------------------------------------------------------------------ */
/* Verb groups                                                         */
/* ------------------------------------------------------------------ */

/* Sets *v for an auxiliary of avoir at token i; false when it is none. */
static bool S_avoir(const sent *st, size_t i, syevp_verb *v)
{
    if (!S_in(st, i, AVOIR_FORMS) && !S_is(st, i, "a"))
        return false; /* the common case, before the look at the next words */
    size_t j = S_skip(st, i);
    bool part = S_is_participle(st, j);
    if (S_is(st, i, "a")) {
        if (S_is_preposition_a(st, i))
            return false;
        if (part)
            v->tense = SYEVP_TENSE_PAST;
        else if (st->t || S_is(st, i + 1, "lieu"))
            v->tense = SYEVP_TENSE_PRESENT;
        else
            return false; /* without the original text "a" is likely "à" */
    } else if (S_in(st, i, AVOIR_PRESENT)) {
        v->tense = part ? SYEVP_TENSE_PAST : SYEVP_TENSE_PRESENT;
    } else if (S_in(st, i, AVOIR_IMPARFAIT)) {
        v->tense = SYEVP_TENSE_PAST;
    } else if (S_in(st, i, AVOIR_FUTURE)) {
        v->tense = SYEVP_TENSE_FUTURE;
        v->perfect = part;
    } else if (S_in(st, i, AVOIR_COND)) {
        v->tense = SYEVP_TENSE_CONDITIONAL;
        v->perfect = part;
    } else {
        return false;
    }
    if (part) {
        v->end = st->tk[j].e;
        v->announce = S_is_announce(st, j) || (S_is(st, j, "ete") && S_is_announce(st, S_skip(st, j)));
    }
    return true;
}

static bool S_etre(const sent *st, size_t i, syevp_verb *v)
{
    if (!S_in(st, i, ETRE_FORMS))
        return false;
    size_t j = S_skip(st, i);
    bool part = S_is_participle(st, j);
    bool active_past = part && (S_in(st, j, ETRE_PARTICIPLES) || S_reflexive_before(st, i));
    if (S_in(st, i, ETRE_PRESENT))
        v->tense = active_past ? SYEVP_TENSE_PAST : SYEVP_TENSE_PRESENT;
    else if (S_in(st, i, ETRE_IMPARFAIT))
        v->tense = SYEVP_TENSE_PAST;
    else if (S_in(st, i, ETRE_FUTURE))
        v->tense = SYEVP_TENSE_FUTURE;
    else if (S_in(st, i, ETRE_COND)) {
        v->tense = SYEVP_TENSE_CONDITIONAL;
        v->perfect = active_past;
    } else
        return false;
    if (part) {
        v->end = st->tk[j].e;
        v->announce = S_is_announce(st, j);
    }
    return true;
}

/* aller / devoir + infinitive: the future ("va signer", "doivent debuter"). */
static bool S_periphrastic(const sent *st, size_t i, syevp_verb *v)
{
    if (!S_in(st, i, PERIPHRASTIC_FORMS))
        return false;
    if (S_infinitive_follows(st, i))
        v->tense = SYEVP_TENSE_FUTURE;
    else if (S_in(st, i, ALLER_IMPARFAIT) || S_in(st, i, DEVOIR_IMPARFAIT))
        v->tense = SYEVP_TENSE_PAST;
    else
        v->tense = SYEVP_TENSE_PRESENT;
    return true;
}

/* The verb group of the auxiliary at word token i into *v, if it heads one
 * (out of line: most words are no auxiliary). */
static bool S_auxiliary_at(const sent *st, size_t i, syevp_verb *v)
{
    memset(v, 0, sizeof *v);
    v->begin = st->tk[i].b;
    v->end = st->tk[i].e;
    return S_avoir(st, i, v) || S_etre(st, i, v) || S_periphrastic(st, i, v);
}

/* The verb group of the word token i into *v.  The auxiliaries are tried
 * first; every other word is a verb by its ending, its classes or the
 * subject before it. */
static inline bool S_verb_at(const sent *st, size_t i, syevp_verb *v)
{
    const tok *t = &st->tk[i];
    if (((t->classes & AUXILIARY_FORMS) || S_is(st, i, "a")) && S_auxiliary_at(st, i, v))
        return true;
    syevp_tense tense = S_ending_tense(st, i);
    if (tense == SYEVP_TENSE_UNKNOWN) {
        if (t->classes & PRESENT_FORMS)
            tense = SYEVP_TENSE_PRESENT;
        else if (!(t->classes & (OBJECT_CLITICS | SUBJECT_CLITICS)) && S_len(st, i) >= 2 &&
                 S_subject_before(st, i))
            tense = SYEVP_TENSE_PRESENT;
        else
            return false;
    }
    memset(v, 0, sizeof *v);
    v->begin = t->b;
    v->end = t->e;
    v->tense = tense;
    v->announce = S_is_announce(st, i);
    return true;
}

/* ------------------------------------------------------------------ */
/* The governing verb                                                  */
/* ------------------------------------------------------------------ */

/* The verb group starting at token *i, if any; *i moves past it.  A past
 * participle without auxiliary is returned as a bare one. */
static inline bool S_next_verb(const sent *st, size_t *i, syevp_verb *v)
{
    if (st->tk[*i].punct) { /* neither a verb group nor a participle */
        (*i)++;
        return false;
    }
    if (!S_verb_at(st, *i, v)) {
        if (!S_is_bare_participle(st, *i)) {
            (*i)++;
            return false;
        }
        memset(v, 0, sizeof *v);
        v->tense = SYEVP_TENSE_PAST;
        v->bare = true;
        v->begin = st->tk[*i].b;
        v->end = st->tk[*i].e;
    }
    while (*i < st->n && st->tk[*i].e <= v->end)
        (*i)++;
    return true;
}

/* Could word token t (its props worked out) head a verb group, or stand as
 * a bare participle?  No, when S_next_verb turns it down whatever follows:
 * no auxiliary nor "a", no tense from its classes or ending, no bare
 * participle, and (subject_before false) no subject before it as
 * S_subject_before finds one. */
static bool S_may_head_verb(const char *s, const tok *t, bool subject_before)
{
    const size_t len = t->e - t->b;
    if ((t->classes & (AUXILIARY_FORMS | PRESENT_FORMS)) || t->ending != SYEVP_TENSE_UNKNOWN ||
        (t->props & PROP_BARE_PARTICIPLE) || (len == 1 && s[t->b] == 'a'))
        return true;
    return subject_before && len >= 2 && !(t->classes & (OBJECT_CLITICS | SUBJECT_CLITICS));
}

/* Index in st->heads of the first head at or after token k. */
static size_t S_first_head_at(const sent *st, size_t k)
{
    size_t a = 0, z = st->head_count;
    while (a < z) {
        const size_t mid = (a + z) / 2;
        if (st->heads[mid] < k)
            a = mid + 1;
        else
            z = mid;
    }
    return a;
}

/* The verb groups from token *i on, up to `room` of them, while *i is
 * before token `stop`; *i moves past them.  (The one walk over the tokens,
 * with S_next_verb inlined in it.)  It goes from head to head of st->heads:
 * over the other tokens a walk one token at a time would only step. */
static size_t S_walk(const sent *st, size_t *i, size_t stop, syevp_verb *out, size_t room)
{
    size_t n = 0, k = *i;
    for (size_t h = S_first_head_at(st, k); k < stop && n < room; h++) {
        while (h < st->head_count && st->heads[h] < k) /* within a verb group found */
            h++;
        if (h == st->head_count || st->heads[h] >= stop) {
            k = stop;
            break;
        }
        k = st->heads[h];
        if (S_next_verb(st, &k, &out[n]))
            n++;
    }
    *i = k;
    return n;
}

static unsigned S_token_boundary(const tok *t)
{
    return t->punct ? PUNCT_BOUNDARY[(unsigned char)t->punct] : t->classes & CLAUSE_WORDS ? 8 : 0;
}

/* Distance over the tokens of [b, e). */
static unsigned S_gap_cost(const syevp_text *t, const char *fold, const syevp_word_index *words,
                           size_t b, size_t e)
{
    tok tk[MAX_TOKENS];
    uint32_t heads[MAX_TOKENS]; /* (not read) */
    sent st = {t, fold, S_readable(t, fold), tk, 0, MAX_TOKENS, words, heads, 0};
    S_tokenize(&st, b, e);
    unsigned cost = st.n == MAX_TOKENS ? 1000u : 0u;
    for (size_t k = 0; k < st.n; k++)
        cost += st.tk[k].step;
    return cost;
}

/* The tokens between pos and the verbs on one side of it, cut once for all
 * of them: the gap of a verb before pos is a tail of the tokens of [b, pos)
 * (b: the end of the first verb), the gap of a verb after pos a head of the
 * tokens of [pos, e) (e: the begin of the last verb).  A gap costs then what
 * S_gap_cost finds on it, from sums over the tokens. */
typedef struct gap_tokens {
    bool cut;
    size_t b, e; /* the span cut */
    tok tk[MAX_TOKENS];
    uint32_t heads[MAX_TOKENS]; /* (not read) */
    sent st;
    unsigned sum[MAX_TOKENS + 1]; /* sum[k]: the distance over the tokens before k */
} gap_tokens;

static void S_gap_tokens_cut(gap_tokens *g, size_t b, size_t e)
{
    g->st.tk = g->tk;
    g->st.heads = g->heads;
    g->st.cap = MAX_TOKENS;
    S_tokenize(&g->st, b, e);
    g->sum[0] = 0;
    for (size_t k = 0; k < g->st.n; k++)
        g->sum[k + 1] = g->sum[k] + g->tk[k].step;
    g->cut = true;
    g->b = b;
    g->e = e;
}

/* Index of the first token of st that starts at or after x. */
static size_t S_first_token_at(const sent *st, size_t x)
{
    size_t a = 0, z = st->n;
    while (a < z) {
        const size_t mid = (a + z) / 2;
        if (st->tk[mid].b < x)
            a = mid + 1;
        else
            z = mid;
    }
    return a;
}

/* S_gap_cost(x, pos) for a verb that ends at x <= pos: the tokens of
 * [x, pos) are those of the cut [b, pos) that start where S_tokenize would
 * start from x (a word token never spans that start). */
static unsigned S_gap_before(gap_tokens *g, size_t x, size_t pos)
{
    if (!g->cut || g->e != pos || g->b > x)
        S_gap_tokens_cut(g, x, pos);
    if (g->st.n == MAX_TOKENS) /* the cut is not all the tokens: cut this gap alone */
        return S_gap_cost(g->st.t, g->st.s, g->st.words, x, pos);
    const size_t k = S_first_token_at(&g->st, S_tokens_start(g->st.s, x, pos));
    return g->sum[g->st.n] - g->sum[k];
}

/* S_gap_cost(pos, y) for a verb that begins at y > pos, the cut reaching
 * `last` (the begin of the last verb after pos): the tokens of the cut that
 * start before y, when none of them reaches past y. */
static unsigned S_gap_after(gap_tokens *g, size_t pos, size_t y, size_t last)
{
    if (!g->cut || g->b != pos || g->e < y)
        S_gap_tokens_cut(g, pos, last > y ? last : y);
    const size_t k = S_first_token_at(&g->st, y);
    if (g->st.n == MAX_TOKENS || (k > 0 && g->tk[k - 1].e > y))
        return S_gap_cost(g->st.t, g->st.s, g->st.words, pos, y);
    return g->sum[k];
}

/* Tokens kept by the cache, all of them in [b, e). */
typedef struct known_gaps {
    const syevp_gap_run *run;
    size_t b, e;
    const char *s; /* the folded text, of len bytes */
    size_t len;
} known_gaps;

/* The sum of the distances of the kept tokens from index k (to the end). */
static uint32_t S_known_before(const syevp_gap_run *r, size_t k)
{
    return k < r->n ? r->tk[k].before : r->total;
}

/* Index of the first kept token that starts at or after x, known to lie in
 * [a, z] (z when none of [a, z) does). */
static size_t S_known_at(const syevp_gap_run *r, size_t x, size_t a, size_t z)
{
    while (a < z) {
        const size_t mid = (a + z) / 2;
        if (r->tk[mid].b < x)
            a = mid + 1;
        else
            z = mid;
    }
    return a;
}

/* S_gap_cost(x, y) from the kept tokens, when they know it: [x, y) lies
 * where they are all kept, and no word runs past y (S_gap_cost would cut
 * it, and look the cut word up).  One of x and y is pos, whose index among
 * the kept tokens *pos_at keeps (SIZE_MAX until it is looked for); the
 * other lies at most y - x tokens away (a token takes a byte at least). */
static bool S_known_gap(const known_gaps *known, size_t x, size_t y, size_t pos, size_t *pos_at,
                        unsigned *cost)
{
    if (!known || x < known->b || y > known->e)
        return false;
    const syevp_gap_run *r = known->run;
    if (*pos_at == SIZE_MAX)
        *pos_at = S_known_at(r, pos, 0, r->n);
    const size_t span = y - x;
    size_t k0, k1;
    if (x == pos) {
        k0 = *pos_at;
        k1 = S_known_at(r, y, k0, span < r->n - k0 ? k0 + span : r->n);
    } else {
        k1 = *pos_at;
        k0 = S_known_at(r, x, span < k1 ? k1 - span : 0, k1);
    }
    if (k1 > k0 && y < known->len && S_word_byte((unsigned char)known->s[y]) &&
        S_word_byte((unsigned char)known->s[y - 1]))
        return false; /* a word runs on past y */
    const size_t n = k1 - k0 < MAX_TOKENS ? k1 - k0 : MAX_TOKENS; /* as S_tokenize stops */
    const uint32_t sum = (uint32_t)(S_known_before(r, k0 + n) - S_known_before(r, k0));
    *cost = (n == MAX_TOKENS ? 1000u : 0u) + sum;
    return true;
}

/* Is v a verb that S_pick weighs for pos in the window [lo, hi)? */
static bool S_candidate(const syevp_verb *v, size_t lo, size_t hi, size_t pos)
{
    return v->begin >= lo && v->end <= hi && !(v->begin <= pos && pos < v->end);
}

/* The verb of `verbs` (in text order) nearest to pos in the sentence; the
 * one before the date is the usual order and wins ties. */
static bool S_pick(const syevp_text *t, const char *fold, const syevp_word_index *words,
                   const known_gaps *known, const syevp_verb *verbs, size_t n,
                   size_t sent_begin, size_t sent_end, size_t pos, syevp_verb *out)
{
    const size_t lo = pos > sent_begin + WINDOW_BEFORE ? pos - WINDOW_BEFORE : sent_begin;
    const size_t hi = pos + WINDOW_AFTER < sent_end ? pos + WINDOW_AFTER : sent_end;
    /* first verb that ends after lo */
    size_t a = 0, z = n;
    while (a < z) {
        size_t mid = (a + z) / 2;
        if (verbs[mid].end <= lo)
            a = mid + 1;
        else
            z = mid;
    }
    size_t last_after = pos; /* the begin of the last verb after pos */
    for (size_t i = a; i < n && verbs[i].begin < hi; i++)
        if (S_candidate(&verbs[i], lo, hi, pos) && !verbs[i].bare && verbs[i].end > pos)
            last_after = verbs[i].begin > last_after ? verbs[i].begin : last_after;
    gap_tokens gaps;
    gaps.cut = false;
    gaps.st = (sent){t, fold, S_readable(t, fold), gaps.tk, 0, MAX_TOKENS, words, gaps.heads, 0};
    unsigned best = ~0u;
    size_t pos_at = SIZE_MAX; /* (S_known_gap) */
    for (size_t i = a; i < n && verbs[i].begin < hi; i++) {
        const syevp_verb *v = &verbs[i];
        if (!S_candidate(v, lo, hi, pos))
            continue;
        unsigned c;
        if (v->bare)
            c = v->end <= pos && syevp_only_blanks(fold, v->end, pos) ? 0u : ~0u;
        else if (v->end <= pos)
            c = S_known_gap(known, v->end, pos, pos, &pos_at, &c) ? c
                                                                  : S_gap_before(&gaps, v->end, pos);
        else
            c = (S_known_gap(known, pos, v->begin, pos, &pos_at, &c)
                     ? c
                     : S_gap_after(&gaps, pos, v->begin, last_after)) +
                1;
        if (c < best) {
            best = c;
            *out = *v;
        }
    }
    return best != ~0u;
}

bool syevp_tense_probe(const syevp_text *t, const char *fold, size_t sent_begin,
                       size_t sent_end, size_t pos, syevp_verb *out)
{
    memset(out, 0, sizeof *out);
    if (!fold || sent_end <= sent_begin)
        return false;
    tok tk[MAX_TOKENS];
    uint32_t heads[MAX_TOKENS];
    syevp_verb verbs[MAX_TOKENS];
    sent st = {t, fold, S_readable(t, fold), tk, 0, MAX_TOKENS, NULL, heads, 0};
    size_t b = pos > sent_begin + WINDOW_BEFORE ? pos - WINDOW_BEFORE : sent_begin;
    size_t e = pos + WINDOW_AFTER < sent_end ? pos + WINDOW_AFTER : sent_end;
    S_tokenize(&st, b, e);
    size_t i = 0;
    const size_t n = S_walk(&st, &i, st.n, verbs, MAX_TOKENS); /* a verb group per token at most */
    return S_pick(t, fold, NULL, NULL, verbs, n, sent_begin, sent_end, pos, out);
}

#define INDEX_TOKENS 4096 /* tokens per chunk of the text */
#define INDEX_MARGIN 16   /* tokens of context kept on each side of a chunk */
#define SENTENCE_TOKENS 512 /* tokens of a stretch cut without allocating */
/* The room the arrays of a document's verb groups and tokens take at once:
 * about what most news texts need, so that they seldom grow (each growth
 * copies them). */
#define VERBS_FIRST 64
#define GAP_TOKENS_FIRST 512

/* Appends to *out the verb groups of v[0, n) that begin at or after the end
 * of its last one (an earlier walk over the same text found the others). */
static bool S_append_verbs(const syev_allocator *a, syevp_verb **out, size_t *count,
                           size_t *cap, const syevp_verb *v, size_t n)
{
    const size_t done = *count ? (*out)[*count - 1].end : 0;
    while (n && v->begin < done) {
        v++;
        n--;
    }
    if (!n)
        return true;
    const size_t need = *count + n;
    if (!syevp_grow(a, (void **)out, cap, need < VERBS_FIRST ? VERBS_FIRST : need, sizeof **out))
        return false;
    memcpy(*out + *count, v, n * sizeof *v);
    *count += n;
    return true;
}

/* Appends to r the tokens of st that start at or after the end of its last
 * one, with their distances. */
static bool S_keep_tokens(const syev_allocator *a, syevp_gap_run *r, const sent *st)
{
    const size_t done = r->last_e;
    size_t k = 0;
    while (k < st->n && st->tk[k].b < done)
        k++;
    if (k == st->n)
        return true;
    const size_t need = r->n + (st->n - k);
    if (!syevp_grow(a, (void **)&r->tk, &r->cap, need < GAP_TOKENS_FIRST ? GAP_TOKENS_FIRST : need,
                    sizeof *r->tk))
        return false;
    struct syevp_gap_token *out = r->tk + r->n;
    uint32_t total = r->total;
    for (const tok *t = st->tk + k, *end = st->tk + st->n; t < end; t++, out++) {
        *out = (struct syevp_gap_token){t->b, total};
        total += t->step;
    }
    r->last_e = st->tk[st->n - 1].e;
    r->n += st->n - k;
    r->total = total;
    return true;
}

/* Appends the verb groups of [b, e) to the *count of *out (*cap of them
 * allocated), but for those it holds already: the text is cut into chunks
 * of tokens that overlap by a margin, so that every verb group sees the
 * words around it and memory stays bounded.  With `gaps`, the tokens are
 * kept there too, and *kept tells whether they all were (they are not when
 * the text took more than one chunk).  Out of memory, *count is left as it
 * was. */
static syev_status S_index_range(const syevp_text *t, const syev_allocator *a,
                                 const syevp_word_index *words, size_t b, size_t e,
                                 syevp_verb **out, size_t *count, size_t *cap,
                                 syevp_gap_run *gaps, bool *kept)
{
    const size_t had = *count;
    if (kept)
        *kept = false;
    const size_t tokens = e - b < INDEX_TOKENS ? e - b + 1 : INDEX_TOKENS;
    tok on_stack[SENTENCE_TOKENS]; /* enough for a sentence: no allocation */
    uint32_t heads_on_stack[SENTENCE_TOKENS];
    sent st = {t, t->fold, t->fold_len + 1, on_stack, 0, tokens, words, heads_on_stack, 0};
    if (tokens > SENTENCE_TOKENS) { /* the heads after the tokens, in one block */
        st.tk = syevp_malloc(a, tokens * (sizeof *st.tk + sizeof *st.heads));
        st.heads = st.tk ? (uint32_t *)(void *)(st.tk + tokens) : NULL;
    }
    if (!st.tk)
        return SYEV_ERR_NOMEM;
    size_t chunk = b, from = b; /* from: first byte not yet classified */
    bool ok = true, first = true;
    while (ok && from < e) {
        S_tokenize(&st, chunk, e);
        const bool last = st.n < tokens;
        const size_t stop = last ? st.n : st.n - INDEX_MARGIN;
        size_t i = 0;
        while (i < st.n && st.tk[i].b < from)
            i++;
        while (ok && i < stop) {
            syevp_verb batch[64];
            const size_t got = S_walk(&st, &i, stop, batch, sizeof batch / sizeof *batch);
            ok = S_append_verbs(a, out, count, cap, batch, got);
        }
        if (ok && first && last && gaps) {
            ok = S_keep_tokens(a, gaps, &st);
            *kept = ok;
        }
        first = false;
        if (last || i >= st.n)
            break;
        from = st.tk[i].b;
        chunk = st.tk[i > INDEX_MARGIN ? i - INDEX_MARGIN : 0].b;
    }
    if (st.tk != on_stack)
        syevp_free(a, st.tk);
    if (!ok) {
        *count = had;
        return SYEV_ERR_NOMEM;
    }
    return SYEV_OK;
}

syev_status syevp_verbs_index(const syevp_text *t, const syev_allocator *a, syevp_verb **out,
                              size_t *count)
{
    *out = NULL;
    *count = 0;
    size_t cap = 0;
    const syev_status st = S_index_range(t, a, NULL, 0, t->fold_len, out, count, &cap, NULL, NULL);
    if (st != SYEV_OK) {
        syevp_free(a, *out);
        *out = NULL;
    }
    return st;
}

/* A punctuation token that no verb group spans (only apostrophes and
 * hyphens stand inside one, between an auxiliary and its participle): the
 * walk of S_next_verb over the whole text always stops on it, so a walk
 * started there finds the same verb groups. */
static inline bool S_is_sync_byte(unsigned char c)
{
    return !S_word_byte(c) && c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\'' &&
           c != '-';
}

/* How far beyond a stretch of text the search for a sync point goes.  Prose
 * has one every few words; without this bound a stretch that has none
 * ("mardi" repeated a million times) made every probe in it index the whole
 * stretch, quadratic time.  When the bound is reached the walk starts there
 * instead, and may pair the words of the stretch otherwise than the
 * whole-text walk (a different verb group can then win, in such a stretch
 * only). */
#define SYNC_REACH 256

/* The verb groups of [lo, hi), indexed from the last sync point at or before
 * lo to the first one at or after hi: each seen with all the words that
 * classify it (they never reach past a sync point).  With `gaps`, keeps
 * the tokens there and sets *known to the stretch where they are all kept
 * (empty when the walk does not start and end on sync points, as its
 * first and last words may then be cut). */
static syev_status S_index_around(const syevp_text *t, const syev_allocator *a,
                                  const syevp_word_index *words, size_t lo, size_t hi,
                                  syevp_verb **verbs, size_t *n, size_t *cap,
                                  syevp_gap_run *gaps, syevp_verb_span *known)
{
    const char *s = t->fold;
    const size_t lowest = lo > SYNC_REACH ? lo - SYNC_REACH : 0;
    size_t b = lo;
    while (b > lowest && (b >= t->fold_len || !S_is_sync_byte((unsigned char)s[b])))
        b--;
    const size_t highest =
        hi < t->fold_len && t->fold_len - hi > SYNC_REACH ? hi + SYNC_REACH : t->fold_len;
    size_t e = hi;
    if (e == 0 || e > t->fold_len || !S_is_sync_byte((unsigned char)s[e - 1])) {
        /* (a stretch that ends on a sync point needs nothing after it) */
        while (e < highest && !S_is_sync_byte((unsigned char)s[e]))
            e++;
        e = e < t->fold_len ? e + 1 : t->fold_len;
    }
    const size_t done = gaps ? gaps->last_e : 0;
    bool kept;
    const syev_status st = S_index_range(t, a, words, b, e, verbs, n, cap, gaps, &kept);
    if (gaps) {
        const bool sync_begin = b == 0 || (b < t->fold_len && S_is_sync_byte((unsigned char)s[b]));
        const bool sync_end = e == t->fold_len || S_is_sync_byte((unsigned char)s[e - 1]);
        if (st != SYEV_OK || !kept || !sync_begin || !sync_end) {
            gaps->known_b = gaps->known_e = 0;
        } else if (gaps->known_b < gaps->known_e && b <= gaps->known_e) {
            gaps->known_e = e; /* the tokens before b were all kept by the walk before */
        } else {
            gaps->known_b = done > b ? done : b; /* kept before, by a walk that may cut them */
            gaps->known_e = e;
        }
        /* a walk that ends on a sync point knows every verb group before it */
        const size_t known_end = st == SYEV_OK && sync_end && e > hi ? e : hi;
        *known = (syevp_verb_span){lo, known_end, gaps->known_b, gaps->known_e};
    }
    return st;
}

syev_status syevp_tense_near(const syevp_text *t, const syev_allocator *a, size_t sent_begin,
                             size_t sent_end, size_t pos, syevp_verb *out)
{
    memset(out, 0, sizeof *out);
    const size_t lo = pos > sent_begin + WINDOW_BEFORE ? pos - WINDOW_BEFORE : sent_begin;
    const size_t hi = pos + WINDOW_AFTER < sent_end ? pos + WINDOW_AFTER : sent_end;
    syevp_verb *verbs = NULL;
    size_t n = 0, cap = 0;
    if (S_index_around(t, a, NULL, lo, hi, &verbs, &n, &cap, NULL, NULL) != SYEV_OK) {
        syevp_free(a, verbs);
        return SYEV_ERR_NOMEM;
    }
    S_pick(t, t->fold, NULL, NULL, verbs, n, sent_begin, sent_end, pos, out);
    syevp_free(a, verbs);
    return SYEV_OK;
}

void syevp_verb_cache_init(syevp_verb_cache *c, const syevp_word_index *words)
{
    memset(c, 0, sizeof *c);
    c->words = words;
}

void syevp_verb_cache_release(syevp_verb_cache *c, const syev_allocator *a)
{
    const syev_allocator *own = c->alloc;
    if (own)
        a = own;
    syevp_free(a, c->verbs);
    syevp_free(a, c->tokens.tk);
    syevp_free(a, c->spans);
    syevp_free(a, c->aside_verbs);
    syevp_free(a, c->aside_tokens.tk);
    syevp_verb_cache_init(c, c->words);
    c->alloc = own;
}

/* Bytes of a long sentence indexed at once: the next windows (in text
 * order) fall inside.  A sentence no longer than this is indexed whole. */
#define CACHE_STRETCH 4096

/* The stretch indexed for a window that starts at lo in the sentence
 * [sent_begin, sent_end): the sentence, or a few kilobytes of it from lo. */
static syevp_verb_span S_stretch_for(size_t sent_begin, size_t sent_end, size_t lo)
{
    const size_t b = sent_end - sent_begin <= CACHE_STRETCH ? sent_begin : lo;
    const size_t e = sent_end - b > CACHE_STRETCH ? b + CACHE_STRETCH : sent_end;
    return (syevp_verb_span){b, e, 0, 0};
}

/* The last span of c that starts at or before lo, NULL when none does. */
static const syevp_verb_span *S_span_at(const syevp_verb_cache *c, size_t lo)
{
    size_t a = 0, z = c->span_count;
    while (a < z) {
        const size_t mid = (a + z) / 2;
        if (c->spans[mid].b <= lo)
            a = mid + 1;
        else
            z = mid;
    }
    return a ? &c->spans[a - 1] : NULL;
}

/* Extends span s (the last) to e, its tokens known where the walk that
 * extends it left them known. */
static void S_span_join(syevp_verb_span *s, size_t e, const syevp_verb_span *known)
{
    *s = (syevp_verb_span){s->b, e, known->tokens_b, known->tokens_e};
}

/* Indexes [x, e) after the spans of c, x at or after the last span's start
 * (the walk starts from the last sync point before x, so its verb groups
 * are those of the whole-text walk; the ones c already holds are skipped). */
static syev_status S_cache_append(const syevp_text *t, const syev_allocator *a,
                                  syevp_verb_cache *c, size_t x, size_t e)
{
    const bool joins = c->span_count && c->spans[c->span_count - 1].e >= x;
    if (!joins && !syevp_grow(a, (void **)&c->spans, &c->span_cap, c->span_count + 1,
                              sizeof *c->spans))
        return SYEV_ERR_NOMEM;
    syevp_verb_span known;
    if (S_index_around(t, a, c->words, x, e, &c->verbs, &c->count, &c->cap, &c->tokens,
                       &known) != SYEV_OK)
        return SYEV_ERR_NOMEM;
    if (joins)
        S_span_join(&c->spans[c->span_count - 1], known.e, &known);
    else
        c->spans[c->span_count++] = (syevp_verb_span){x, known.e, known.tokens_b, known.tokens_e};
    return SYEV_OK;
}

/* Replaces the stretch aside of c with [x, e). */
static syev_status S_cache_aside(const syevp_text *t, const syev_allocator *a,
                                 syevp_verb_cache *c, size_t x, size_t e)
{
    c->aside = (syevp_verb_span){0, 0, 0, 0};
    c->aside_count = 0;
    c->aside_tokens.n = 0;
    c->aside_tokens.total = 0;
    c->aside_tokens.known_b = c->aside_tokens.known_e = c->aside_tokens.last_e = 0;
    syevp_verb_span known;
    if (S_index_around(t, a, c->words, x, e, &c->aside_verbs, &c->aside_count, &c->aside_cap,
                       &c->aside_tokens, &known) != SYEV_OK)
        return SYEV_ERR_NOMEM;
    c->aside = (syevp_verb_span){x, known.e, known.tokens_b, known.tokens_e};
    return SYEV_OK;
}

static bool S_span_covers(const syevp_verb_span *s, size_t lo, size_t hi)
{
    return s && s->b <= lo && hi <= s->e;
}

syev_status syevp_tense_near_cached(const syevp_text *t, const syev_allocator *a,
                                    syevp_verb_cache *c, size_t sent_begin, size_t sent_end,
                                    size_t pos, syevp_verb *out)
{
    if (c->alloc)
        a = c->alloc;
    memset(out, 0, sizeof *out);
    const size_t lo = pos > sent_begin + WINDOW_BEFORE ? pos - WINDOW_BEFORE : sent_begin;
    const size_t hi = pos + WINDOW_AFTER < sent_end ? pos + WINDOW_AFTER : sent_end;
    if (hi <= lo) /* no verb group fits in the window */
        return SYEV_OK;
    if (!S_span_covers(S_span_at(c, lo), lo, hi)) {
        const syevp_verb_span want = S_stretch_for(sent_begin, sent_end, lo);
        const syevp_verb_span *last = c->span_count ? &c->spans[c->span_count - 1] : NULL;
        if (!last || lo >= last->b) {
            const size_t x = last && last->e > want.b ? last->e : want.b;
            if (S_cache_append(t, a, c, x, want.e) != SYEV_OK)
                return SYEV_ERR_NOMEM;
        } else {
            if (!S_span_covers(&c->aside, lo, hi) &&
                S_cache_aside(t, a, c, want.b, want.e) != SYEV_OK)
                return SYEV_ERR_NOMEM;
            const known_gaps gaps = {&c->aside_tokens, c->aside.tokens_b, c->aside.tokens_e,
                                     t->fold, t->fold_len};
            S_pick(t, t->fold, c->words, &gaps, c->aside_verbs, c->aside_count, sent_begin,
                   sent_end, pos, out);
            return SYEV_OK;
        }
    }
    const syevp_verb_span *in = S_span_at(c, lo);
    const known_gaps gaps = {&c->tokens, in->tokens_b, in->tokens_e, t->fold, t->fold_len};
    S_pick(t, t->fold, c->words, &gaps, c->verbs, c->count, sent_begin, sent_end, pos, out);
    return SYEV_OK;
}

bool syevp_tense_lookup(const syevp_text *t, const syevp_verb *verbs, size_t count,
                        size_t sent_begin, size_t sent_end, size_t pos, syevp_verb *out)
{
    memset(out, 0, sizeof *out);
    return S_pick(t, t->fold, NULL, NULL, verbs, count, sent_begin, sent_end, pos, out);
}

syevp_tense syevp_tense_at(const char *fold, size_t sent_begin, size_t sent_end, size_t pos)
{
    syevp_verb v;
    syevp_tense_probe(NULL, fold, sent_begin, sent_end, pos, &v);
    return v.tense;
}
