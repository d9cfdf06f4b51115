/* actors.c — who takes part, where, and who reports it.
 *
 * Actors and places are found once per document with one alternation each
 * (built from the lexicon, compiled once per extractor).  Context patterns
 * then mark what each reference is:
 *   - a speaker: inside "selon X", "cite par X", ", a declare X", or the
 *     subject of "X a declare que" (the speaker is not a participant);
 *   - a supporter or an outsider: "appuye par X", "allie de X", "avec le
 *     soutien de X", "sans X", "en tenant a l'ecart X";
 *   - a place of the event: after a preposition of place ("a Alep", "dans la
 *     province d'Idleb", "la bataille de Qousseir"), unless it only
 *     qualifies an actor ("les rebelles de Deraa").
 * A capital used as a metonym ("Moscou a dementi") is an actor unless it is
 * reached as a place.
 */
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h> /* S_plain_run, S_next_mark */
#endif

#include "events_private.h"

/* The prefixes (up to 7 characters) the matches of a pattern can start
 * with, in a small hash set: the pattern runs only where one is. */
typedef struct start_keys {
    /** Open addressing; 0 is an empty slot (no key is 0).  The proper
     *  prefixes of the keys are there too, with PREFIX_ONLY: the look-up of
     *  the characters of a text stops at the first that is no prefix. */
    uint64_t *slots;
    size_t mask;
    unsigned levels;   /**< bit L: some key has L characters */
    int first_level;   /**< the length of the shortest key */
    /** Bit (a << 7 | b), for ASCII a and b: some key is "a" or starts with
     *  "ab" (all bits when `any`). */
    uint8_t pairs[128 * 128 / 8];
    /** For each ASCII character a: some bit (a << 7 | b) of `pairs` is set. */
    bool firsts[128];
    /** For each ASCII character: it is a key by itself (after a comma, the
     *  incise starts with any letter or blank: no look-up needed). */
    bool singles[128];
    /** Bit S_triple_bit() of the first three characters of each key, when
     *  every key has three (`short_keys` otherwise). */
    uint8_t triples[4096 / 8];
    bool short_keys;   /**< some key has fewer than three characters */
    bool any;          /**< the prefixes could not be told: try everywhere */
    /** Some key starts with a blank or a digit (\s and \d reach beyond
     *  ASCII) or a byte beyond ASCII: only then can a match start on a
     *  character beyond ASCII. */
    bool wide_first;
} start_keys;

/* A pattern tried only at the few places its matches can start (word
 * boundaries, commas) where one of its prefixes is: searched for, PCRE2
 * would try every byte, as none of these patterns starts with one literal
 * it could look for. */
typedef struct keyed_re {
    pcre2_code *re; /**< compiled anchored */
    start_keys keys;
} keyed_re;

/* The patterns tried on the text before a place (S_ends_with). */
typedef enum tail_kind { TAIL_LOCATIVE, TAIL_QUALIFIER, TAIL_LANDMARK, TAIL_REGION, TAIL_KINDS } tail_kind;

/* What the text before a place must end with for a pattern tried there
 * to match: a quick test in C, so that the pattern is not tried from every
 * word before most places.  The lists repeat the ends of the patterns
 * (test_events.c checks that they agree). */
typedef struct tail_words {
    /** The words the match can end with, each after a character other
     *  than [a-z] ("\b", or a blank in the pattern); at most 7 bytes. */
    const char *const *words;
    /** Those it can end with after any character ("a" then "la "). */
    const char *const *loose;
    /** Blanks (\s*) can follow the words: they are passed over. */
    bool blanks;
} tail_words;

static const char *const no_words[] = {NULL};
static const char *const articles[] = {"la", "le", "les", "l'", NULL};

static const tail_words tail_defs[] = {
    /* locative: "a", "dans la province de", "la bataille d'" */
    {(const char *const[]){"a", "au", "aux", "en", "dans", "vers", "sur", "depuis", "contre",
                           "pres", "proche", "autour", "de", "du", "des", "d'", NULL},
     articles, true},
    /* qualifier: "les rebelles de", "son ambassadeur au" */
    {(const char *const[]){"de", "du", "des", "d'", "la", "le", "les", "l'", "au", "aux", "en", "a",
                           NULL},
     no_words, true},
    /* landmark: "pres de la" */
    {(const char *const[]){"de", "du", "des", "d'", "la", "le", "les", "l'", NULL}, no_words, true},
    /* region: "dans le nord de la " (no blank after it) */
    {(const char *const[]){"de la ", "du ", "de l'", "d'", NULL}, no_words, false}};
_Static_assert(sizeof tail_defs / sizeof *tail_defs == TAIL_KINDS, "one tail_words a tail_kind");

#define TAIL_VOCABULARY 32 /* at most, the words of tail_defs that pass blanks over */
#define TAIL_SLOTS 64      /* of tail_vocabulary.slots: twice as many */

static size_t S_tail_slot(uint64_t key)
{
    return (size_t)((key * 0x9E3779B97F4A7C15u) >> 58);
}

/* The words of the tail_defs that pass blanks over, each once (a word and
 * the same word loose are two), packed as the last word of a text is (see
 * S_pack); the words of each tail_kind are bits of an index in it. */
typedef struct tail_vocabulary {
    /** The packed word, with its length in the top byte when not loose
     *  (a loose one is compared on its length only: the low bytes). */
    uint64_t key[TAIL_VOCABULARY];
    uint64_t low[TAIL_VOCABULARY]; /**< the bytes of the word: all for a word not loose */
    uint8_t len[TAIL_VOCABULARY];
    size_t n;
    uint32_t loose;               /**< bit i: the i-th word is loose */
    uint8_t loose_at[TAIL_VOCABULARY]; /**< the indices of the loose words */
    size_t loose_count;
    /** The other words by their key, open addressing: 1 + index, 0 empty. */
    uint8_t slots[TAIL_SLOTS];
    uint32_t of_kind[TAIL_KINDS]; /**< bit i: the i-th word is a word of the kind */
} tail_vocabulary;

/* s[b, e) (at most its last 8 bytes), one byte after the other from the
 * high ones: the last is in the low byte. */
static uint64_t S_pack(const char *s, size_t b, size_t e)
{
    uint64_t v = 0;
    for (size_t i = e - b > 8 ? e - 8 : b; i < e; i++)
        v = v << 8 | (unsigned char)s[i];
    return v;
}

/* The index in `v` of the word `key` (loose or not), filed if new;
 * SIZE_MAX when `v` is full. */
static size_t S_tail_word(tail_vocabulary *v, uint64_t key, size_t len, bool loose)
{
    for (size_t i = 0; i < v->n; i++)
        if (v->key[i] == key && v->len[i] == len && (bool)((v->loose >> i) & 1u) == loose)
            return i;
    if (v->n == TAIL_VOCABULARY)
        return SIZE_MAX;
    const size_t i = v->n++;
    v->key[i] = key;
    v->low[i] = loose ? (UINT64_C(1) << (8 * len)) - 1 : ~UINT64_C(0);
    v->len[i] = (uint8_t)len;
    v->loose |= (uint32_t)loose << i;
    if (loose) {
        v->loose_at[v->loose_count++] = (uint8_t)i;
    } else {
        size_t h = S_tail_slot(key);
        while (v->slots[h])
            h = (h + 1) % TAIL_SLOTS;
        v->slots[h] = (uint8_t)(i + 1);
    }
    return i;
}

/* Files the words of tail_defs that pass blanks over in `v`.  False when
 * there are too many or one is too long. */
static bool S_build_tails(tail_vocabulary *v)
{
    for (size_t k = 0; k < TAIL_KINDS; k++) {
        const char *const *lists[] = {tail_defs[k].words, tail_defs[k].loose};
        for (size_t l = 0; tail_defs[k].blanks && l < 2; l++)
            for (const char *const *w = lists[l]; *w; w++) {
                const size_t len = strlen(*w);
                const bool loose = l == 1;
                /* the length in the top byte tells a word from a longer one */
                const uint64_t key = S_pack(*w, 0, len) | (loose ? 0 : (uint64_t)len << 56);
                const size_t i = len == 0 || len > 7 ? SIZE_MAX : S_tail_word(v, key, len, loose);
                if (i == SIZE_MAX)
                    return false;
                v->of_kind[k] |= UINT32_C(1) << i;
            }
    }
    return true;
}

/* The words of a plain alternation ("a|au|aux"), for an exact look-up by
 * a hash of each: open addressing, 1 + index, 0 empty. */
#define WORD_TABLE_WORDS 96
#define WORD_TABLE_SLOTS 256
typedef struct word_table {
    const char *word[WORD_TABLE_WORDS]; /**< into the alternation: not NUL-terminated */
    uint8_t len[WORD_TABLE_WORDS];
    size_t count;
    uint8_t slots[WORD_TABLE_SLOTS];
} word_table;

#define SOURCE_COUNT 5 /* source_patterns */

/* The words of a plain alternation ("(?:dit|declare)"), as bits of a hash
 * of each: a word of a text whose bit is clear is none of them. */
typedef struct word_set {
    uint8_t bits[4096 / 8];
    /** Bit S_triple_bit() of the first three letters of each word: a
     *  quicker first test, where no word is shorter (`short_words`). */
    uint8_t triples[4096 / 8];
    bool short_words; /**< some word has fewer than three letters */
    bool any; /**< the alternation was not a plain list of [a-z] words */
} word_set;

/* The scans that look at word boundaries, as bits of a word_start: the
 * source patterns starting at a boundary (START_AT_BOUNDARY) or on the
 * blank before it (START_ON_BLANK), and the supporter phrases. */
#define AT_BOUNDARY_BIT 1u
#define ON_BLANK_BIT 2u
#define SUPPORTER_BIT 4u
#define SUPPORTER_KIND 2 /* SUPPORTER_BIT is 1 << SUPPORTER_KIND */

/* Where the matches of a source pattern can start (S_next_source). */
typedef enum source_start {
    START_AT_BOUNDARY, /**< "\b...", or "(?<= )" before a letter */
    START_ON_BLANK,    /**< "\s" before a word */
    START_AFTER_MARK,  /**< "(?<=[,\"])" */
    START_KINDS
} source_start;
_Static_assert(AT_BOUNDARY_BIT == 1u << START_AT_BOUNDARY && ON_BLANK_BIT == 1u << START_ON_BLANK &&
                   SUPPORTER_BIT == 1u << SUPPORTER_KIND,
               "the bit of a start is 1 << start");

struct syevp_actor_engine {
    const syevp_lexicon *lex;
    syevp_multi *actors;
    syevp_multi *places;
    keyed_re sources[SOURCE_COUNT]; /**< "selon X", ", a declare X", "X a declare que" */
    /** The heads of the source patterns whose tails are followed in C
     *  (S_source_tail), where PCRE2 would spend most of the match; NULL
     *  for the others. */
    pcre2_code *heads[SOURCE_COUNT];
    word_set source_verbs[SOURCE_COUNT]; /**< the words of source_shapes[i].verbs */
    /** The pairs of the source patterns of each start (see start_keys). */
    uint8_t start_pairs[START_KINDS][128 * 128 / 8];
    /** Their triples, when every key of those patterns has three
     *  characters (`start_short` otherwise): a sharper first test than the
     *  pairs, where most words of a text are looked at. */
    uint8_t start_triples[START_KINDS][4096 / 8];
    bool start_short[START_KINDS];
    /** All the keys of the source patterns of each start: where none is,
     *  none of those patterns is looked up (S_try_sources_at). */
    start_keys start_union[START_KINDS];
    /** The source patterns of each start, in table order. */
    uint8_t sources_of[START_KINDS][SOURCE_COUNT];
    size_t start_count[START_KINDS];
    /** For the first two characters (a << 7 | b, ASCII) of the word after
     *  a word boundary, the scans over word boundaries (AT_BOUNDARY_BIT...)
     *  whose matches may begin there (those of START_ON_BLANK on the
     *  character before). */
    uint8_t word_kinds[128 * 128];
    /** For the first character a of such a word, when the second is
     *  beyond ASCII: all the kinds of word_kinds[a << 7 | ...]. */
    uint8_t first_kinds[128];
    /** The boundaries to step over from one whose first byte is this ASCII
     *  character, in a text all ASCII: 2 after the start of a word when no
     *  scan may start at a word's end (a byte that is no word character),
     *  so the end that follows is skipped; else 1 (S_find_word_starts). */
    uint8_t ascii_bound_step[128];
    /** The first letters of AUXILIARIES: a word that starts otherwise
     *  is none, and the verb after it is its first or second word. */
    bool auxiliary_first[128];
    keyed_re supporters;    /**< "appuye par X", "allie de X" */
    /* tried on the text that ends at a place (S_ends_with) */
    keyed_re locative;      /**< "a", "dans la province de" */
    /* the plain lists of the patterns, for their readings in C */
    word_table locative_preps;     /**< LOCATIVE_PREPS, for S_locative_match */
    word_table locative_nouns;     /**< LOCATIVE_NOUNS */
    word_table locative_pairs;     /**< LOCATIVE_PAIRS */
    word_table locative_settings;  /**< LOCATIVE_SETTINGS */
    word_table saying_verbs;       /**< SAYING_VERB_LIST, for S_incise_head */
    word_table incise_suffixes;    /**< INCISE_VERB_SUFFIXES, in their order */
    word_table incise_days;        /**< INCISE_DAYS */
    word_table auxiliaries;        /**< AUXILIARIES, for them and S_said_match */
    word_table said_verbs;         /**< SAID_VERB_LIST, for S_said_match */
    word_table present_verbs;      /**< PRESENT_VERBS, for S_present_head */
    word_table according_openings; /**< ACCORDING_OPENINGS, for S_according_head */
    word_table according_articles; /**< ACCORDING_ARTICLES */
    word_table according_nouns;    /**< ACCORDING_NOUNS */
    keyed_re qualifier;     /**< "les rebelles de" */
    keyed_re landmark;      /**< "pres de", "a 15 km de" */
    keyed_re region;        /**< "dans le nord de la" (before a country) */
    tail_vocabulary tails;  /**< the words of tail_defs, packed */
    /** For the first byte of each word boundary before a place, what the
     *  walk of S_ends_with does there for each tail_kind: TAIL_STOP at a
     *  tail_barrier, TAIL_TRY where a key of the pattern may start (its
     *  `firsts`, or `wide_first` for a byte beyond ASCII), else TAIL_SKIP.
     *  One look-up instead of two where most boundaries are skipped. */
    uint8_t tail_steps[TAIL_KINDS][256];
    pcre2_code *military;   /**< military words */
    word_set military_words; /**< the same, told by C first */
    pcre2_code *ground;     /**< ground won or lost */
    word_set ground_words;  /**< the first letters [a-z] of each of its words */
    size_t *form_place;     /**< place index of each alternative of `places` */
    bool *form_capital;     /**< the alternative is written with a capital */
};

/* The verbs of saying of the incise, a plain list that S_incise_head
 * reads too (none is the start of another). */
#define SAYING_VERB_LIST                                                                       \
    "declare|dit|affirme|indique|precise|ajoute|estime|souligne|assure|rapporte|confirme|"    \
    "explique|ecrit|tweete|poursuivi|insiste|rencheri|regrette|reconnu|confie|releve|averti|" \
    "martele|commente|note|juge|raconte|temoigne|annonce|prevenu"
#define SAYING_VERBS "(?:" SAYING_VERB_LIST ")"

/* The verbs of "a declare que", a plain list that S_said_match reads too
 * (none is the start of another). */
#define SAID_VERB_LIST                                                                         \
    "declare|dit|affirme|indique|precise|ajoute|estime|souligne|assure|confirme|explique|"    \
    "ecrit|insiste|regrette|reconnu|juge|averti|prevenu"
#define SAID_VERBS "(?:" SAID_VERB_LIST ")"

/* The auxiliaries before a verb of saying ("a declare", "a-t-il dit"):
 * the verb is the third word of a match only after one of them. */
#define AUXILIARIES "a|ont|avait|avaient"

/* The days between a verb of saying and an infinitive ("a annonce mardi
 * avoir"), a plain list that S_incise_head reads too. */
#define INCISE_DAYS "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier"
/* The suffixes of a verb of the incise, in the order of the pattern. */
#define INCISE_VERB_SUFFIXES "-t-il|-t-elle|-ils|-elle"

/* The incise: a verb of saying after a comma or a quote, then (INCISE_TAIL)
 * what follows it up to 160 characters, the speaker ("M." does not end
 * it), unless the sentence goes on with a participle. */
#define INCISE_HEAD                                                                            \
    "(?<=[,\"])\\s*(?:(?:" AUXILIARIES ")(?:-t-(?:il|elle)|-t-ils)?\\s+)?(?:[a-z]+\\s+)?"      \
    SAYING_VERBS                                                                               \
    "(?:" INCISE_VERB_SUFFIXES ")?\\b(?!\\s*(?:que|qu'|:|\"))"                                  \
    /* not a main verb with its infinitive: ", ont annonce mardi avoir chasse" */              \
    "(?!\\s+(?:(?:" INCISE_DAYS ")\\s+)?"                                                     \
    "(?:avoir|etre|[a-z]{3,}(?:er|ir))\\b)"
#define INCISE_PARTICIPLES "precisant|ajoutant|soulignant|affirmant|expliquant|indiquant|estimant"
#define INCISE_TAIL                                                                            \
    "(?:(?!,\\s(?:" INCISE_PARTICIPLES ")\\b)(?:\\bm{1,2}\\.|[^.;\"])){0,160}"
#define INCISE_REPEATS 160 /* of INCISE_TAIL */

/* The words that open the locative pattern: a preposition, or a noun
 * before "de" (LOCATIVE_PAIRS too), as plain lists that S_locative_match
 * reads too; and the settings ("la ville de") that can follow them. */
#define LOCATIVE_PREPS "a|au|aux|en|dans|vers|sur|depuis|contre|pres|proche|autour"
#define LOCATIVE_PAIRS "aeroport militaire|base aerienne"
#define LOCATIVE_SETTINGS "ville|province|region|localite|village|capitale|station"
#define LOCATIVE_NOUNS                                                                         \
    "pres|autour|proche|abords|environs|peripherie|banlieue|limitrophe|nord|sud|est|ouest|"   \
    "nord-est|nord-ouest|sud-est|sud-ouest|ville|village|localite|province|region|quartier|"  \
    "quartiers|secteur|capitale|fief|bastion|enclave|aeroport|base|route|bataille|prise|"     \
    "reprise|siege|offensive|liberation|chute|conquete|bombardement|bombardements|frappe|"    \
    "frappes|evacuation|combats|assaut|front|conference|pourparlers|processus|accord|"        \
    "accords|negociations|round|rounds|sommet|reunion|rencontre|discussions|treve|"           \
    "cessez-le-feu|paix"

/* Ground won or lost, a plain list: C tells a text that holds none of
 * their first runs of letters (S_words_may). */
#define GROUND_WORDS                                                                            \
    "(?:ville|villes|village|villages|localite|localites|quartier|quartiers|position|positions|" \
    "controle|terrain|territoire|territoires|km2|kilometres carres|bastion|bastions|fief|"      \
    "fiefs|region|regions|zone|zones|aeroport|base|colline|collines|secteur|secteurs|"         \
    "district|districts|banlieue|centre-ville|province|route|autoroute|barrage|poste|postes|"   \
    "enclave|oasis|cite)"

/* Military words (a weak battle word needs one in its sentence), a plain
 * list: C tells a sentence that holds none (S_military_may). */
#define MILITARY_WORDS                                                                        \
    "(?:armee|armees|forces|troupes|soldats|militaire|militaires|rebelle|rebelles|insurges|" \
    "djihadistes|jihadistes|terroristes|combattants|milice|milices|aviation|avions|"          \
    "helicopteres|chars|artillerie|brigade|brigades|bataillon|bataillons|unites|front|"       \
    "frappes|bombardements|offensive|assaut|regime)"

/* "selon X": the head (matched in C by S_according_head, which reads its
 * plain lists too: the openings, none the start of another, and what
 * after them names no speaker, "selon un accord"), then (ACCORDING_TAIL,
 * followed in C by S_according_tail) the speaker up to a punctuation
 * mark or an auxiliary ("selon lui a ete"). */
#define ACCORDING_OPENINGS                                                                     \
    "selon|d'apres|cite par|citee par|cites par|citees par|rapporte par|rapportee par|"       \
    "rapportes par|rapportees par|a en croire"
#define ACCORDING_ARTICLES "un|l'|le|les|la|une|ce|cet|cette"
#define ACCORDING_NOUNS                                                                        \
    "accord|plan|terme|termes|resolution|texte|memorandum|projet|calendrier|version|chiffre|" \
    "chiffres|bilan|information|informations"
#define ACCORDING_HEAD                                                                         \
    "\\b(?:" ACCORDING_OPENINGS ")\\s+(?!(?:" ACCORDING_ARTICLES ") ?(?:" ACCORDING_NOUNS ")\\b)"
#define ACCORDING_TAIL "(?:(?!\\s(?:a|ont|avait|avaient)\\s)[^,.;:\"])+"

/* A verb of saying and what follows it within 40 characters: "que",
 * "qu'" or a colon (QUE_AHEAD, told in C by S_que_ahead; the whole of
 * SAID_HEAD QUE_AHEAD is matched in C by S_said_match, PRESENT_HEAD by
 * S_present_head). */
#define SAID_HEAD "\\s(?:" AUXILIARIES ")\\s+(?:[a-z]+\\s+)?" SAID_VERBS "\\b"
#define PRESENT_VERBS                                                                          \
    "affirment|affirme|assurent|assure|estiment|estime|indiquent|indique|declarent|declare|"  \
    "expliquent|explique|precisent|precise|soulignent|souligne|rapportent|rapporte|"          \
    "annoncent|martelent|pretendent|pretend"
#define PRESENT_HEAD "(?<= )(?:" PRESENT_VERBS ")\\b" /* matched in C: S_present_head */
#define QUE_AHEAD "(?=[^.;]{0,40}?(?:\\bque?\\b|\\bqu'|:))"

/* Speaker phrases: the whole match is the speaker ("M." does not end it). */
static const char *const source_patterns[] =
    {/* "selon l'OSDH", "cite par l'agence Interfax" (not "selon un accord") */
     ACCORDING_HEAD ACCORDING_TAIL,
     /* incise after a comma or a quote: ", a declare mardi le ministre X" */
     INCISE_HEAD INCISE_TAIL,
     /* a verb of saying followed by what was said: its subject, from the
      * start of the clause to the verb, is the speaker (see S_subject_span;
      * matching that subject in the pattern itself made PCRE2's JIT
      * compiler crash when an allocation failed) */
     SAID_HEAD QUE_AHEAD,
     /* the same in the present: "les rebelles affirment que l'armee a ..." */
     PRESENT_HEAD QUE_AHEAD,
     /* who calls for an event does not take part in it ("Paris a appele a une
      * treve", "Washington exhorte Ankara a cesser son offensive") */
     ("(?<= )(?:appele|appelle|appellent|appelait|exhorte|exhortent|exhortait)\\b"
      "(?=\\s+(?:[a-z'-]+\\s+){0,4}?(?:a|au|aux)\\b)")};

_Static_assert(sizeof source_patterns / sizeof *source_patterns == SOURCE_COUNT,
               "SOURCE_COUNT source patterns");

/* Index of "selon X", the incise, "a declare que" and "affirment que"
 * among the source patterns. */
#define SOURCE_ACCORDING 0
#define SOURCE_INCISE 1
#define SOURCE_SAID 2
#define SOURCE_PRESENT 3

/* Index of the first source pattern whose match is the verb, not the
 * speaker: it and those after it name their subject. */
#define SOURCE_SUBJECT_OF_VERB 2

/* What each source pattern's matches look like, to try it in few places. */
typedef struct source_shape {
    source_start start;
    /** NULL, or the verbs one of the first three words of a match starts
     *  with: most commas and most " a " are followed by no verb of saying. */
    const char *verbs;
    /** The verb, one of the first three words, is followed within 40
     *  characters of its clause by "que", "qu'" or a colon
     *  ("(?=[^.;]{0,40}?(?:\bque?\b|\bqu'|:))"): most verbs of saying are
     *  not, and the pattern would look for it character by character.
     *  The number of words the verb can be among; 0: no such test. */
    int que_follows;
} source_shape;

static const source_shape source_shapes[] = {
    {START_AT_BOUNDARY, NULL, 0},
    {START_AFTER_MARK, SAYING_VERBS, 0}, /* ", a-t-il ajoute", ", ont encore declare" */
    {START_ON_BLANK, SAID_VERBS, 3},     /* " a declare que", " a notamment dit :" */
    {START_AT_BOUNDARY, NULL, 1},        /* "affirment que" */
    {START_AT_BOUNDARY, NULL, 0}};
_Static_assert(sizeof source_shapes / sizeof *source_shapes == SOURCE_COUNT,
               "one shape for each source pattern");

static void S_build_tail_steps(syevp_actor_engine *eng);

static syev_status S_compile(const syev_extractor *ex, const char *pattern, uint32_t opts,
                             pcre2_code **out, syev_error *err)
{
    return syevp_regex_compile(&ex->re, pattern, opts, out, err);
}

static size_t S_key_slot(size_t mask, uint64_t key)
{
    return (size_t)((key * 0x9E3779B97F4A7C15u) >> 40) & mask;
}

/* The bit of three ASCII characters in start_keys.triples. */
static unsigned S_triple_bit(unsigned a, unsigned b, unsigned c)
{
    return (((a << 14 | b << 7 | c) * 2654435761u) >> 20) & 0xFFFu;
}

/* The flag of a slot that holds the prefix of a key, not a key (the top
 * byte of a key is its level, 1 to 7). */
#define PREFIX_ONLY (UINT64_C(1) << 63)

/* The slot of `key` (as a key or as a prefix), or the empty slot where it
 * would go. */
static size_t S_key_entry(const start_keys *k, uint64_t key)
{
    size_t i = S_key_slot(k->mask, key);
    while (k->slots[i] && (k->slots[i] & ~PREFIX_ONLY) != key)
        i = (i + 1) & k->mask;
    return i;
}

static void S_add_start_key(start_keys *k, uint64_t key)
{
    k->slots[S_key_entry(k, key)] = key; /* a prefix of another key is a key too */
    const uint64_t chars = key & ((UINT64_C(1) << 56) - 1);
    for (int level = 1; level < (int)(key >> 56); level++) {
        const uint64_t prefix =
            syevp_key(level, chars & ~((UINT64_C(1) << (8 * (7 - level))) - 1));
        const size_t i = S_key_entry(k, prefix);
        if (!k->slots[i])
            k->slots[i] = prefix | PREFIX_ONLY;
    }
    k->levels |= 1u << (key >> 56);
    if ((key >> 56) == 1 && ((key >> 48) & 0xFFu) < 0x80)
        k->singles[(key >> 48) & 0xFFu] = true;
    if (!k->first_level || (int)(key >> 56) < k->first_level)
        k->first_level = (int)(key >> 56);
    /* A text with a byte beyond ASCII there is always tried (S_may_start):
     * such keys need no pair.  One that has such a byte second has every
     * pair of its first character, so that the pairs tell all the first
     * characters of the keys (S_build_word_pairs). */
    const unsigned a = (key >> 48) & 0xFFu, b = (key >> 40) & 0xFFu;
    k->wide_first |= a >= 0x80 || a == ' ' || (a >= '\t' && a <= '\r') || (a >= '0' && a <= '9');
    for (unsigned c = 0; a < 0x80 && c < 0x80; c++) {
        const unsigned pair = a << 7 | c;
        if ((key >> 56) == 1 || c == b || b >= 0x80) {
            k->pairs[pair / 8] |= (uint8_t)(1u << pair % 8);
            k->firsts[a] = true;
        }
    }
    const unsigned c = (key >> 32) & 0xFFu;
    k->short_keys |= (key >> 56) < 3;
    if ((key >> 56) >= 3 && (a | b | c) < 0x80) {
        const unsigned bit = S_triple_bit(a, b, c);
        k->triples[bit / 8] |= (uint8_t)(1u << bit % 8);
    }
}

/* Is `key` a key (1), the prefix of one only (0), or neither (-1)? */
static int S_start_key_kind(const start_keys *k, uint64_t key)
{
    for (size_t i = S_key_slot(k->mask, key); k->slots[i]; i = (i + 1) & k->mask)
        if ((k->slots[i] & ~PREFIX_ONLY) == key)
            return k->slots[i] == key ? 1 : 0;
    return -1;
}

#define START_KEYS 256

/* Files the prefixes of `pattern`'s matches (the longest that can be told)
 * in k.  False when memory ran out. */
static bool S_find_start_keys(const syev_allocator *a, const char *pattern, start_keys *k)
{
    static const int lengths[] = {7, 5, 4, 3};
    uint64_t keys[START_KEYS];
    int n = 0;
    for (size_t i = 0; n == 0 && i < sizeof lengths / sizeof *lengths; i++)
        n = syevp_pattern_keys(a, pattern, lengths[i], keys, START_KEYS);
    if (n < 0)
        return false;
    k->any = n == 0;
    k->wide_first = k->any;
    if (k->any) {
        memset(k->pairs, 0xFF, sizeof k->pairs);
        memset(k->firsts, true, sizeof k->firsts);
    }
    size_t cap = 16;
    while (cap < 2 * 7 * (size_t)n) /* each key and its prefixes */
        cap *= 2;
    k->slots = syevp_calloc(a, cap, sizeof *k->slots);
    k->mask = cap - 1;
    for (int i = 0; k->slots && i < n; i++)
        S_add_start_key(k, keys[i]);
    return k->slots != NULL;
}

/* Files in u every key of the n start_keys of `parts` (a key of one
 * stays a key, never only a prefix): where u has none, none of them has.
 * False when memory ran out. */
static bool S_union_start_keys(const syev_allocator *a, const start_keys *const *parts, size_t n,
                               start_keys *u)
{
    size_t keys = 0;
    for (size_t i = 0; i < n; i++)
        keys += parts[i]->mask + 1;
    size_t cap = 16;
    while (cap < 2 * keys)
        cap *= 2;
    u->slots = syevp_calloc(a, cap, sizeof *u->slots);
    if (!u->slots)
        return false;
    u->mask = cap - 1;
    for (size_t i = 0; i < n; i++) {
        const start_keys *k = parts[i];
        if (k->any) {
            u->any = u->wide_first = true;
            memset(u->pairs, 0xFF, sizeof u->pairs);
            memset(u->firsts, true, sizeof u->firsts);
        }
        for (size_t j = 0; j <= k->mask; j++)
            if (k->slots[j] && !(k->slots[j] & PREFIX_ONLY))
                S_add_start_key(u, k->slots[j]);
    }
    return true;
}

/* Compiles `pattern` anchored, with the prefixes of its matches. */
static syev_status S_keyed(const syev_extractor *ex, const char *pattern, keyed_re *out,
                           syev_error *err)
{
    syev_status st = S_compile(ex, pattern, PCRE2_ANCHORED, &out->re, err);
    if (st == SYEV_OK && !S_find_start_keys(&ex->alloc, pattern, &out->keys))
        st = syevp_fail(err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory");
    return st;
}

static const char *S_actor_pattern(const void *table, size_t i)
{
    return ((const syevp_actor_entry *)table)[i].pattern;
}

/* ------------------------------------------------------------------ */
/* The place alternation: every form, longest first                    */
/* ------------------------------------------------------------------ */

typedef struct place_form {
    char *pattern;
    size_t place;
    size_t length; /**< length of the form as written: the longest is tried first */
    bool capital;  /**< the form is written with a capital letter */
} place_form;

static int S_longer_first(const void *a, const void *b)
{
    const place_form *x = a, *y = b;
    if (x->length != y->length)
        return x->length < y->length ? 1 : -1;
    return x->place < y->place ? -1 : x->place > y->place; /* stable: user entries first */
}

static const char *S_form_pattern(const void *table, size_t i)
{
    return ((const place_form *)table)[i].pattern;
}

static void S_free_forms(const syev_extractor *ex, place_form *forms, size_t count)
{
    for (size_t i = 0; i < count; i++)
        syevp_free(&ex->alloc, forms[i].pattern);
    syevp_free(&ex->alloc, forms);
}

/* A capital letter in UTF-8 text: A-Z or a Latin-1 capital (U+00C0-U+00DE). */
static bool S_has_capital(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if ((c >= 'A' && c <= 'Z') ||
            (c == 0xC3 && i + 1 < n && (unsigned char)s[i + 1] >= 0x80 &&
             (unsigned char)s[i + 1] <= 0x9E && (unsigned char)s[i + 1] != 0x97))
            return true;
    }
    return false;
}

/* "al-bab" -> "al[- ]bab": in names a hyphen and a space stand for each
 * other ("al-Bab", "al Bab").  NULL on allocation failure. */
static char *S_loose_separators(const syev_allocator *a, const char *p)
{
    size_t n = strlen(p), o = 0;
    char *out = syevp_malloc(a, 4 * n + 1);
    if (!out)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        bool escaped = i > 0 && p[i - 1] == '\\';
        if ((p[i] == ' ' || p[i] == '-') && !escaped) {
            memcpy(out + o, "[- ]", 4);
            o += 4;
        } else {
            out[o++] = p[i];
        }
    }
    out[o] = '\0';
    return out;
}

/* Appends the form [form, form + len) of place `place`. */
static bool S_add_form(const syev_extractor *ex, place_form **out, size_t *count, size_t *cap,
                       const char *form, size_t len, size_t place)
{
    char *raw = syevp_strndup(&ex->alloc, form, len);
    char *pattern = raw ? syevp_forms_to_pattern(&ex->alloc, raw) : NULL;
    char *loose = pattern ? S_loose_separators(&ex->alloc, pattern) : NULL;
    bool ok = loose && syevp_grow(&ex->alloc, (void **)out, cap, *count + 1, sizeof **out);
    if (ok && !*loose)
        syevp_free(&ex->alloc, loose); /* a blank form */
    else if (ok)
        (*out)[(*count)++] = (place_form){loose, place, strlen(pattern), S_has_capital(form, len)};
    else
        syevp_free(&ex->alloc, loose);
    syevp_free(&ex->alloc, pattern);
    syevp_free(&ex->alloc, raw);
    return ok;
}

/* Splits every entry's forms so that "Alep-Est" is tried before "Alep". */
static syev_status S_collect_forms(const syev_extractor *ex, place_form **out, size_t *count,
                                   syev_error *err)
{
    const syevp_lexicon *lex = ex->lexicon;
    size_t cap = 0;
    *out = NULL;
    *count = 0;
    for (size_t i = 0; i < lex->place_count; i++) {
        for (const char *f = lex->places[i].forms; *f;) {
            size_t flen = strcspn(f, "|");
            if (!S_add_form(ex, out, count, &cap, f, flen, i)) {
                S_free_forms(ex, *out, *count);
                *out = NULL;
                *count = 0;
                return syevp_fail(err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory");
            }
            f += flen + (f[flen] == '|');
        }
    }
    if (*count)
        qsort(*out, *count, sizeof **out, S_longer_first);
    return SYEV_OK;
}

static syev_status S_build_places(const syev_extractor *ex, syevp_actor_engine *eng,
                                  syev_error *err)
{
    place_form *forms = NULL;
    size_t count = 0;
    syev_status st = S_collect_forms(ex, &forms, &count, err);
    if (st == SYEV_OK) {
        eng->form_place = syevp_calloc(&ex->alloc, count ? count : 1, sizeof *eng->form_place);
        eng->form_capital = syevp_calloc(&ex->alloc, count ? count : 1, sizeof *eng->form_capital);
        if (!eng->form_place || !eng->form_capital)
            st = syevp_fail(err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory");
    }
    for (size_t i = 0; st == SYEV_OK && i < count; i++) {
        eng->form_place[i] = forms[i].place;
        eng->form_capital[i] = forms[i].capital;
    }
    if (st == SYEV_OK && count)
        st = syevp_multi_new(ex, count, S_form_pattern, forms, true, &eng->places, err);
    S_free_forms(ex, forms, count);
    return st;
}

/* ------------------------------------------------------------------ */
/* Engine                                                              */
/* ------------------------------------------------------------------ */

static bool S_bit(const uint8_t *bits, size_t i)
{
    return bits[i / 8] & (1u << i % 8);
}

/* Sets ON_BLANK_BIT in eng->word_kinds for the words that may follow the
 * first character of a key of `k` (a pattern that starts on the blank
 * before a word): its second and third characters are the word's first
 * two (all the words that start with the second when the third is beyond
 * ASCII).  Keys with a byte beyond ASCII second need no bit: such a word
 * is always tried (S_word_kinds), and so is one after such a byte. */
static void S_add_blank_word_kinds(syevp_actor_engine *eng, const start_keys *k)
{
    for (size_t i = 0; i <= k->mask; i++) {
        const uint64_t key = k->slots[i];
        const int level = (int)(key >> 56);
        const unsigned a = (key >> 40) & 0xFFu, b = (key >> 32) & 0xFFu;
        if (!key || (key & PREFIX_ONLY) || (level >= 2 && a >= 0x80))
            continue;
        /* the blank alone: every word; else the words that start with a
         * (and b, when it is ASCII) */
        const unsigned first = level == 1 ? 0 : a, last = level == 1 ? 127 : a;
        for (unsigned c = first; c <= last; c++)
            for (unsigned second = 0; second < 128; second++)
                if (level <= 2 || b >= 0x80 || second == b)
                    eng->word_kinds[c << 7 | second] |= ON_BLANK_BIT;
    }
}

static bool S_ascii_word_char(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

/* Fills eng->word_kinds from the keys of the scans over word boundaries. */
static void S_build_word_kinds(syevp_actor_engine *eng)
{
    for (size_t pair = 0; pair < sizeof eng->word_kinds; pair++)
        eng->word_kinds[pair] =
            (uint8_t)((S_bit(eng->start_pairs[START_AT_BOUNDARY], pair) ? AT_BOUNDARY_BIT : 0) |
                      (S_bit(eng->supporters.keys.pairs, pair) ? SUPPORTER_BIT : 0));
    for (size_t i = 0; i < eng->start_count[START_ON_BLANK]; i++) {
        const start_keys *k = &eng->sources[eng->sources_of[START_ON_BLANK][i]].keys;
        if (k->any)
            memset(eng->word_kinds, ON_BLANK_BIT | AT_BOUNDARY_BIT | SUPPORTER_BIT,
                   sizeof eng->word_kinds);
        else
            S_add_blank_word_kinds(eng, k);
    }
    for (size_t pair = 0; pair < sizeof eng->word_kinds; pair++)
        eng->first_kinds[pair >> 7] |= eng->word_kinds[pair];
    bool ends_idle = true;
    for (unsigned c = 0; c < 128; c++)
        ends_idle = ends_idle && (S_ascii_word_char((unsigned char)c) || !eng->first_kinds[c]);
    for (unsigned c = 0; c < 128; c++)
        eng->ascii_bound_step[c] = ends_idle && S_ascii_word_char((unsigned char)c) ? 2 : 1;
}

/* The bit of the word [a-z]+ at p in a word_set, and its end in *end
 * (p itself when no such letter is there). */
static unsigned S_word_bit(const char *s, size_t p, size_t n, size_t *end)
{
    uint32_t h = 0;
    for (; p < n && s[p] >= 'a' && s[p] <= 'z'; p++)
        h = (h ^ (unsigned char)s[p]) * 16777619u;
    *end = p;
    return (h >> 20) & 0xFFFu;
}

/* Fills `set` with the words of `alternation`, "(?:a|b|c)"; with
 * `first_runs`, with the letters [a-z] that open each of its phrases
 * ("km" of "km2", "centre" of "centre-ville"). */
static void S_build_word_set(const char *alternation, bool first_runs, word_set *set)
{
    const size_t n = strlen(alternation);
    set->any = n < 5 || strncmp(alternation, "(?:", 3) != 0 || alternation[n - 1] != ')';
    for (size_t p = 3; !set->any && p < n - 1; p++) {
        size_t end = p;
        const unsigned bit = S_word_bit(alternation, p, n - 1, &end);
        if (first_runs)
            while (end < n - 1 && alternation[end] != '|' && alternation[end] != '(' &&
                   alternation[end] != ')')
                end++; /* the rest of the phrase */
        set->any = end == p || (end < n - 1 && alternation[end] != '|');
        set->bits[bit / 8] |= (uint8_t)(1u << bit % 8);
        set->short_words |= end < p + 3 || alternation[p + 1] < 'a' || alternation[p + 1] > 'z' ||
                            alternation[p + 2] < 'a' || alternation[p + 2] > 'z';
        if (!set->short_words) {
            const unsigned triple = S_triple_bit((unsigned char)alternation[p],
                                                 (unsigned char)alternation[p + 1],
                                                 (unsigned char)alternation[p + 2]);
            set->triples[triple / 8] |= (uint8_t)(1u << triple % 8);
        }
        p = end;
    }
}

static size_t S_word_table_slot(const char *s, size_t len)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return (h >> 8) % WORD_TABLE_SLOTS;
}

/* Fills `t` with the words of `list` ("a|b|c").  False when they are too
 * many or too long. */
static bool S_build_word_table(const char *list, word_table *t)
{
    size_t count = 0;
    for (const char *w = list; *w; count++) {
        const size_t len = strcspn(w, "|");
        if (count == WORD_TABLE_WORDS || len == 0 || len > UINT8_MAX)
            return false;
        t->word[count] = w;
        t->len[count] = (uint8_t)len;
        size_t h = S_word_table_slot(w, len);
        while (t->slots[h])
            h = (h + 1) % WORD_TABLE_SLOTS;
        t->slots[h] = (uint8_t)(count + 1);
        w += len + (w[len] == '|');
    }
    t->count = count;
    return true;
}

/* Is s[b, e) one of the words of `t`? */
static bool S_in_word_table(const word_table *t, const char *s, size_t b, size_t e)
{
    const size_t len = e - b;
    for (size_t h = S_word_table_slot(s + b, len); t->slots[h]; h = (h + 1) % WORD_TABLE_SLOTS) {
        const size_t i = t->slots[h] - 1u;
        if (t->len[i] == len && memcmp(t->word[i], s + b, len) == 0)
            return true;
    }
    return false;
}

static syev_status S_build_context(const syev_extractor *ex, syevp_actor_engine *eng,
                                   syev_error *err)
{
    syev_status st = SYEV_OK;
    st = S_compile(ex, INCISE_HEAD, PCRE2_ANCHORED, &eng->heads[SOURCE_INCISE], err);
    if (st == SYEV_OK)
        st = S_compile(ex, ACCORDING_HEAD, PCRE2_ANCHORED, &eng->heads[SOURCE_ACCORDING], err);
    if (st == SYEV_OK)
        st = S_compile(ex, SAID_HEAD, PCRE2_ANCHORED, &eng->heads[SOURCE_SAID], err);
    if (st == SYEV_OK)
        st = S_compile(ex, PRESENT_HEAD, PCRE2_ANCHORED, &eng->heads[SOURCE_PRESENT], err);
    for (size_t i = 0; st == SYEV_OK && i < SOURCE_COUNT; i++) {
        st = S_keyed(ex, source_patterns[i], &eng->sources[i], err);
        const char *verbs = source_shapes[i].verbs;
        if (st == SYEV_OK && verbs)
            S_build_word_set(verbs, false, &eng->source_verbs[i]);
        const source_start start = source_shapes[i].start;
        const start_keys *k = &eng->sources[i].keys;
        eng->sources_of[start][eng->start_count[start]++] = (uint8_t)i;
        for (size_t b = 0; st == SYEV_OK && b < sizeof eng->start_pairs[0]; b++)
            eng->start_pairs[start][b] |= k->pairs[b];
        for (size_t b = 0; st == SYEV_OK && b < sizeof eng->start_triples[0]; b++)
            eng->start_triples[start][b] |= k->triples[b];
        eng->start_short[start] |= st == SYEV_OK && (k->short_keys || k->any);
    }
    for (size_t start = 0; st == SYEV_OK && start < START_KINDS; start++) {
        const start_keys *parts[SOURCE_COUNT];
        for (size_t i = 0; i < eng->start_count[start]; i++)
            parts[i] = &eng->sources[eng->sources_of[start][i]].keys;
        if (!S_union_start_keys(&ex->alloc, parts, eng->start_count[start],
                                &eng->start_union[start]))
            st = syevp_fail(err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory");
    }
    if (st == SYEV_OK)
        st = S_keyed(ex,
                     "\\b(?:(?:appuye|soutenu|finance|arme)e?s? par|avec (?:le soutien|l'aide) "
                     "d(?:e |es |u |')|allie(?:e|s|es)? d(?:e |es |u |')|en soutien (?:a|aux|au) |"
                     "sans (?:que )?|(?:tenant|laissant|tenus?|laisses?) a l'ecart )"
                     "\\s*+(?!(?:d'importantes |de nombreuses |des |les |l')?(?:forces|unites|aviation|"
                     "avions|troupes|bombardements|frappes|raids|milices|combattants|hommes)\\b)"
                     "[^,.;:\"]+",
                     &eng->supporters, err);
    if (st == SYEV_OK)
        st = S_keyed(ex,
                     "(?:\\b(?:" LOCATIVE_PREPS "|(?:" LOCATIVE_NOUNS "|" LOCATIVE_PAIRS ") "
                     "d(?:e|u|es|'))\\s*(?:la |le |les |l')?"
                     "(?:(?:" LOCATIVE_SETTINGS ") (?:[a-z]+ )?d(?:e |')\\s*)?)\\z",
                     &eng->locative, err);
    if (st == SYEV_OK)
        st = S_keyed(ex,
                     "\\b(?:rebelles?|opposition|opposants|insurges|groupes?|combattants|"
                     "habitants|civils|conseil local|gouverneur|delegation|representants?|"
                     "deputes?|universite|observatoire|agence|frontieres?|armee|brigades?|front|"
                     "ambassadeurs?|ambassades?|consulats?|consuls?|"
                     "bataillons?|liwa|jaich) (?:[a-z'-]+ ){0,2}?"
                     "d(?:e |u |es |')\\s*(?:la |le |les |l')?(?:(?:province|ville|region|"
                     "localite) d(?:e |'))?\\z|"
                     /* "son ambassadeur au Kazakhstan" */
                     "\\b(?:ambassadeurs?|ambassades?|consulats?|consuls?|representations?|"
                     "correspondante?s?|envoyee?s? speciale?s?|journalistes?|bureau) "
                     "(?:[a-z'-]+ ){0,2}?(?:au|aux|en|a)\\s+\\z",
                     &eng->qualifier, err);
    /* a landmark that situates the place of the event, not the place */
    if (st == SYEV_OK)
        st = S_keyed(ex,
                     "\\b(?:pres|non loin|proche|a proximite|aux portes|a l'exterieur|"
                     "a (?:une |quelques |plusieurs )?(?:\\d+|dizaines?|centaines?) "
                     "(?:de )?(?:km|kilometres|metres)(?: (?:au |a l')?[a-z-]+)?) "
                     "(?:de |d'|du |des )\\s*(?:la |le |les |l')?\\z",
                     &eng->landmark, err);
    if (st == SYEV_OK)
        st = S_keyed(ex,
                     "\\b(?:nord|sud|est|ouest|centre|nord-est|nord-ouest|sud-est|sud-ouest|"
                     "partie|regions?|provinces?|zones?|villes?|localites?) "
                     "(?:[a-z-]+ )?(?:de la |du |de l'|d')\\z",
                     &eng->region, err);
    if (st == SYEV_OK)
        st = S_compile(ex, "\\b" MILITARY_WORDS "\\b", 0, &eng->military, err);
    S_build_word_set(MILITARY_WORDS, false, &eng->military_words);
    if (st == SYEV_OK)
        st = S_compile(ex, "\\b" GROUND_WORDS "\\b", 0, &eng->ground, err);
    S_build_word_set(GROUND_WORDS, true, &eng->ground_words);
    if (st == SYEV_OK)
        S_build_word_kinds(eng);
    if (st == SYEV_OK)
        S_build_tail_steps(eng);
    for (const char *w = AUXILIARIES; *w; w += strcspn(w, "|"), w += *w == '|')
        eng->auxiliary_first[(unsigned char)*w & 0x7F] = true;
    if (st == SYEV_OK && !S_build_tails(&eng->tails))
        st = syevp_fail(err, SYEV_ERR_PATTERN, SIZE_MAX, 0, "too many tail words");
    if (st == SYEV_OK && (!S_build_word_table(LOCATIVE_PREPS, &eng->locative_preps) ||
                          !S_build_word_table(LOCATIVE_NOUNS, &eng->locative_nouns) ||
                          !S_build_word_table(LOCATIVE_PAIRS, &eng->locative_pairs) ||
                          !S_build_word_table(LOCATIVE_SETTINGS, &eng->locative_settings) ||
                          !S_build_word_table(PRESENT_VERBS, &eng->present_verbs) ||
                          !S_build_word_table(SAYING_VERB_LIST, &eng->saying_verbs) ||
                          !S_build_word_table(INCISE_DAYS, &eng->incise_days) ||
                          !S_build_word_table(SAID_VERB_LIST, &eng->said_verbs) ||
                          !S_build_word_table(ACCORDING_OPENINGS, &eng->according_openings) ||
                          !S_build_word_table(ACCORDING_ARTICLES, &eng->according_articles) ||
                          !S_build_word_table(ACCORDING_NOUNS, &eng->according_nouns) ||
                          !S_build_word_table(INCISE_VERB_SUFFIXES, &eng->incise_suffixes) ||
                          !S_build_word_table(AUXILIARIES, &eng->auxiliaries)))
        st = syevp_fail(err, SYEV_ERR_PATTERN, SIZE_MAX, 0, "too many words in a plain list");
    return st;
}

syev_status syevp_actor_engine_new(const syev_extractor *ex, syevp_actor_engine **out,
                                   syev_error *err)
{
    syevp_actor_engine *eng = syevp_calloc(&ex->alloc, 1, sizeof *eng);
    *out = NULL;
    if (!eng)
        return syevp_fail(err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory");
    eng->lex = ex->lexicon;
    syev_status st = syevp_multi_new(ex, eng->lex->actor_count, S_actor_pattern,
                                         eng->lex->actors, true, &eng->actors, err);
    if (st == SYEV_OK)
        st = S_build_places(ex, eng, err);
    if (st == SYEV_OK)
        st = S_build_context(ex, eng, err);
    if (st != SYEV_OK) {
        syevp_actor_engine_free(eng, &ex->alloc);
        return st;
    }
    *out = eng;
    return SYEV_OK;
}

void syevp_actor_engine_free(syevp_actor_engine *eng, const syev_allocator *a)
{
    if (!eng)
        return;
    syevp_multi_free(eng->actors, a);
    syevp_multi_free(eng->places, a);
    for (size_t i = 0; i < SOURCE_COUNT; i++)
        pcre2_code_free(eng->heads[i]);
    pcre2_code_free(eng->military);
    pcre2_code_free(eng->ground);
    keyed_re *keyed[SOURCE_COUNT + 5] = {&eng->supporters, &eng->locative, &eng->qualifier,
                                         &eng->landmark, &eng->region};
    for (size_t i = 0; i < SOURCE_COUNT; i++) {
        keyed[5 + i] = &eng->sources[i];
    }
    for (size_t i = 0; i < sizeof keyed / sizeof *keyed; i++) {
        pcre2_code_free(keyed[i]->re);
        syevp_free(a, keyed[i]->keys.slots);
    }
    for (size_t start = 0; start < START_KINDS; start++)
        syevp_free(a, eng->start_union[start].slots);
    syevp_free(a, eng->form_place);
    syevp_free(a, eng->form_capital);
    syevp_free(a, eng);
}

/* ------------------------------------------------------------------ */
/* Finding references                                                  */
/* ------------------------------------------------------------------ */

static size_t S_first_ref_of(const syevp_refs *refs, size_t si)
{
    return syevp_lower_bound(refs->v, refs->n, sizeof *refs->v, offsetof(syevp_ref, sentence), si);
}

/* Spans (in sentence order) asked whether they hold references, which are
 * asked in sentence order too (as the table scans find them): the first
 * span of a sentence is found by moving on, not by a search each time. */
typedef struct spans_cursor {
    const syevp_hits *spans;
    size_t next; /**< no span before it is of the sentences still to come */
} spans_cursor;

/* Is [b, e) of sentence si inside one of the spans? */
static bool S_inside_next(spans_cursor *c, size_t si, size_t b, size_t e)
{
    const syevp_hits *spans = c->spans;
    while (c->next < spans->n && spans->v[c->next].sentence < si)
        c->next++;
    for (size_t i = c->next; i < spans->n && spans->v[i].sentence == si; i++)
        if (spans->v[i].begin <= b && e <= spans->v[i].end)
            return true;
    return false;
}

/* Makes room in `refs` for the references of `found` at once: each is
 * pushed without growing the list step by step. */
static syev_status S_reserve_refs(const syevp_run *run, syevp_refs *refs, const syevp_hits *found)
{
    if (found->n && !syevp_pool_grow(run->scratch, (void **)&refs->v, &refs->cap,
                                      refs->n + found->n, sizeof *refs->v))
        return syevp_fail(run->err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory");
    return SYEV_OK;
}

static syev_status S_push_ref(const syevp_run *run, syevp_refs *refs, const syevp_ref *r)
{
    if (refs->n == refs->cap &&
        !syevp_pool_grow(run->scratch, (void **)&refs->v, &refs->cap, refs->n + 1,
                          sizeof *refs->v))
        return syevp_fail(run->err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory");
    refs->v[refs->n++] = *r;
    return SYEV_OK;
}

/* Could a key of at least three characters whose triple is in `triples`
 * (start_keys.triples) start at p (and end by `end`)?  A byte beyond ASCII
 * answers yes. */
static inline bool S_triple_may(const uint8_t *triples, const char *s, size_t p, size_t end)
{
    if (p + 3 > end)
        return false;
    const unsigned a = (unsigned char)s[p], b = (unsigned char)s[p + 1],
                   c = (unsigned char)s[p + 2];
    if ((a | b | c) >= 0x80)
        return true;
    const unsigned bit = S_triple_bit(a, b, c);
    return triples[bit / 8] & (1u << bit % 8);
}


#define BYTES8(b) (UINT64_C(0x0101010101010101) * (b))

/* The bytes at p (at most 7, before `end`) packed as syevp_key_char packs
 * them, up to the first beyond ASCII; their count in *count.  Eight
 * bytes are read at once where the text has them. */
static uint64_t S_ascii_chars_at(const char *s, size_t p, size_t end, int *count)
{
#if SYEVP_LOAD8_LITTLE
    if (end >= 8 && p <= end - 8) {
        uint64_t w;
        memcpy(&w, s + p, 8);
        const uint64_t highs = w & BYTES8(0x80) & ((UINT64_C(1) << 56) - 1);
        *count = highs ? (int)syevp_lowest_bit64(highs) / 8 : 7;
        /* byte k of the text to bits 48 - 8k, as syevp_key_char(k, ...) */
        const uint64_t chars = __builtin_bswap64(w) >> 8;
        return *count == 7 ? chars : chars & ~((UINT64_C(1) << (8 * (7 - *count))) - 1);
    }
#endif
    uint64_t chars = 0;
    int n = 0;
    for (; n < 7 && p + (size_t)n < end && (unsigned char)s[p + (size_t)n] < 0x80; n++)
        chars |= syevp_key_char(n, (unsigned char)s[p + (size_t)n]);
    *count = n;
    return chars;
}

/* Does one of the keys start the text at p (and end by `end`)?  Its first
 * characters are looked up at the lengths of the keys, the shortest
 * first, until they are a key or no prefix of one.  A byte beyond ASCII
 * before that answers yes: \s reaches there (UCP), the keys do not. */
static bool S_key_at(const start_keys *k, const char *s, size_t p, size_t end)
{
    if (k->any)
        return true;
    int ascii = 0;
    const uint64_t chars = S_ascii_chars_at(s, p, end, &ascii);
    const unsigned within = (2u << ascii) - 1u; /* the lengths up to `ascii` */
    for (unsigned levels = k->levels & within; levels; levels &= levels - 1u) {
        const unsigned level = syevp_lowest_bit(levels);
        const uint64_t prefix = chars & ~((UINT64_C(1) << (8 * (7 - level))) - 1);
        const int kind = S_start_key_kind(k, syevp_key((int)level, prefix));
        if (kind != 0)
            return kind > 0;
    }
    /* undecided: a byte beyond ASCII follows, or the text ends */
    return (size_t)ascii < (end - p < 7 ? end - p : 7);
}

/* Could a key of `pairs` (start_keys.pairs) start at p (before the end
 * of the text), by the first two characters there? */
static inline bool S_pair_may(const uint8_t *pairs, const char *s, size_t p)
{
    /* s[p + 1] can be read: the text ends with a NUL */
    const unsigned char a = (unsigned char)s[p], b = (unsigned char)s[p + 1];
    if ((a | b) >= 0x80)
        return true;
    const unsigned pair = (unsigned)a << 7 | b;
    return pairs[pair / 8] & (1u << pair % 8);
}

/* Could a match start at p (and end by `end`), by its first characters?
 * Most places are told by their first three, or their first two when some
 * key is shorter.  (When p + 1 is `end`, the byte read there is no part of
 * a match: a key of one character has its pairs with every byte, and no
 * longer key can be there.) */
static inline bool S_may_start(const start_keys *k, const char *s, size_t p, size_t end)
{
    if (p >= end)
        return k->any; /* every key has a character */
    if ((unsigned char)s[p] < 0x80 ? !k->firsts[(unsigned char)s[p]] : !k->wide_first)
        return false;
    if (k->singles[(unsigned char)s[p] & 0x7F] && (unsigned char)s[p] < 0x80)
        return true;
    if (!k->short_keys && !k->any)
        return S_triple_may(k->triples, s, p, end) && S_key_at(k, s, p, end);
    return S_pair_may(k->pairs, s, p) && S_key_at(k, s, p, end);
}

/* A blank for \s among ASCII: space, \t, \n, \v, \f, \r. */
static bool S_blank(unsigned char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

/* The text that ends at a reference, as far as the patterns tried on it
 * look back: up to 60 bytes, within the sentence.  Found once for the
 * several patterns tried there. */
typedef struct lookback {
    size_t pos;   /**< where the reference begins: a match must end there */
    size_t first; /**< index of the first word boundary of the text */
    size_t last;  /**< index of the first word boundary at or after pos */
    /** The words of eng->tails the text ends with (blanks passed over),
     *  as bits; all when a byte beyond ASCII ends it (\s* may reach it). */
    uint32_t tail;
} lookback;

/* The words of `v` that s[0, pos) ends with, blanks passed over (see
 * lookback.tail).  The last word there is its letters [a-z] and an
 * apostrophe after them ("d'"): a word of `v` must be it, a loose one its
 * end. */
static uint32_t S_tail_of(const tail_vocabulary *v, const char *s, size_t pos)
{
    size_t e = pos;
    while (e > 0 && S_blank((unsigned char)s[e - 1]))
        e--;
    if (e > 0 && (unsigned char)s[e - 1] >= 0x80)
        return ~UINT32_C(0);
    size_t b = e > 0 && s[e - 1] == '\'' ? e - 1 : e;
    while (b > 0 && s[b - 1] >= 'a' && s[b - 1] <= 'z')
        b--;
    const size_t len = e - b;
    if (len > 7) /* no word of `v` is that long; a loose one may end it */
        b = e - 7;
    const uint64_t word = S_pack(s, b, e), key = word | (uint64_t)(len > 7 ? 0 : len) << 56;
    uint32_t bits = 0;
    for (size_t h = S_tail_slot(key); v->slots[h]; h = (h + 1) % TAIL_SLOTS)
        if (v->key[v->slots[h] - 1] == key) {
            bits = UINT32_C(1) << (v->slots[h] - 1);
            break;
        }
    for (size_t j = 0; j < v->loose_count; j++) {
        const size_t i = v->loose_at[j];
        if (len >= v->len[i] && (word & v->low[i]) == v->key[i])
            bits |= UINT32_C(1) << i;
    }
    return bits;
}

static lookback S_lookback(const syevp_actor_engine *eng, const syevp_run *run, const syevp_hit *h)
{
    const syevp_text *t = &run->doc->text;
    const size_t pos = h->begin, sb = run->doc->sentences[h->sentence].begin;
    const size_t from = pos > sb + 60 ? pos - 60 : sb;
    return (lookback){pos, syevp_first_bound(t, from), syevp_first_bound(t, pos),
                      S_tail_of(&eng->tails, t->fold, pos)};
}

/* Does s[0, n) end with `word`, after a character other than [a-z]? */
static bool S_ends_in_word(const char *s, size_t n, const char *word)
{
    const size_t len = strlen(word);
    if (len > n || memcmp(s + n - len, word, len) != 0)
        return false;
    return n == len || s[n - len - 1] < 'a' || s[n - len - 1] > 'z';
}

/* Can the pattern of `kind` match up to the end of the text before a
 * place, by its last word? */
static bool S_tail_may(const syevp_actor_engine *eng, tail_kind kind, const char *s,
                       const lookback *lb)
{
    const tail_words *def = &tail_defs[kind];
    if (def->blanks)
        return lb->tail & eng->tails.of_kind[kind];
    for (const char *const *w = def->words; *w; w++) /* few places are asked */
        if (S_ends_in_word(s, lb->pos, *w))
            return true;
    return false;
}

/* An ASCII character of \w. */
/* Is there \b before a word that starts at b (with a letter)?  -1 when a
 * character beyond ASCII decides. */
static int S_bound_before(const char *s, size_t b)
{
    const unsigned char c = b > 0 ? (unsigned char)s[b - 1] : ' ';
    return c >= 0x80 ? -1 : !S_ascii_word_char(c);
}

/* The answers of the C readings of a pattern: 1 it matches, 0 it does
 * not, -1 a character beyond ASCII decides (PCRE2 is then asked).  One of
 * two ways matches if either does, else is undecided if either is. */
static int S_either(int a, int b)
{
    return a == 1 || b == 1 ? 1 : a < 0 || b < 0 ? -1 : 0;
}

/* Where the ASCII blanks that end s[from, e) begin; SIZE_MAX when a byte
 * beyond ASCII is before them (it may be a blank of \s too). */
static size_t S_blanks_begin(const char *s, size_t from, size_t e)
{
    while (e > from && S_blank((unsigned char)s[e - 1]))
        e--;
    return e > from && (unsigned char)s[e - 1] >= 0x80 ? SIZE_MAX : e;
}

/* Does the word i of `t` end s[from, e)? */
static bool S_ends_in(const word_table *t, size_t i, const char *s, size_t from, size_t e)
{
    const size_t len = t->len[i];
    return e >= from + len && s[e - 1] == t->word[i][len - 1] &&
           memcmp(s + e - len, t->word[i], len) == 0;
}

/* Does a noun of the locative opening ("\b(?:" LOCATIVE_NOUNS "|"
 * LOCATIVE_PAIRS ")") end at e, after `from`?  Nouns have hyphens
 * ("sud-est"): each part after a hyphen may be one ("est"). */
static int S_locative_noun(const syevp_actor_engine *eng, const char *s, size_t from, size_t e)
{
    int v = 0;
    for (size_t i = 0; i < eng->locative_pairs.count; i++)
        if (S_ends_in(&eng->locative_pairs, i, s, from, e))
            v = S_either(v, S_bound_before(s, e - eng->locative_pairs.len[i]));
    size_t m = e; /* the start of the run of letters and hyphens */
    while (m > from && ((s[m - 1] >= 'a' && s[m - 1] <= 'z') || s[m - 1] == '-'))
        m--;
    for (size_t b = m; b < e && v != 1; b++) {
        if ((b > m && s[b - 1] != '-') || s[b] < 'a' || s[b] > 'z' ||
            !S_in_word_table(&eng->locative_nouns, s, b, e))
            continue;
        v = S_either(v, b > m ? 1 : S_bound_before(s, b));
    }
    return v;
}

/* Is s[b, e) "de", "du" or "des"? */
static bool S_is_de(const char *s, size_t b, size_t e)
{
    return s[b] == 'd' && ((e - b == 2 && (s[b + 1] == 'e' || s[b + 1] == 'u')) ||
                           (e - b == 3 && s[b + 1] == 'e' && s[b + 2] == 's'));
}

/* Does the opening of the locative pattern ("\b(?:" LOCATIVE_PREPS ")",
 * or a noun then " d(?:e|u|es|')") end at e, after `from`? */
static int S_locative_opening(const syevp_actor_engine *eng, const char *s, size_t from, size_t e)
{
    size_t b = e;
    while (b > from && s[b - 1] >= 'a' && s[b - 1] <= 'z')
        b--;
    int v = 0;
    if (b < e && S_in_word_table(&eng->locative_preps, s, b, e))
        v = S_bound_before(s, b);
    size_t noun_end = SIZE_MAX; /* the blank between the noun and "de" */
    if (b == e && e >= from + 3 && s[e - 1] == '\'' && s[e - 2] == 'd' && s[e - 3] == ' ')
        noun_end = e - 3;
    else if (b > from && s[b - 1] == ' ' && S_is_de(s, b, e))
        noun_end = b - 1;
    if (v == 1 || noun_end == SIZE_MAX)
        return v;
    return S_either(v, S_locative_noun(eng, s, from, noun_end));
}

/* The length of the article ("la ", "le ", "les ", "l'") that ends
 * s[from, e), 0 when none does. */
static size_t S_article_before(const char *s, size_t from, size_t e)
{
    if (e >= from + 2 && s[e - 1] == '\'' && s[e - 2] == 'l')
        return 2;
    if (e < from + 3 || s[e - 1] != ' ')
        return 0;
    if (s[e - 3] == 'l' && (s[e - 2] == 'a' || s[e - 2] == 'e'))
        return 3;
    return e >= from + 4 && s[e - 4] == 'l' && s[e - 3] == 'e' && s[e - 2] == 's' ? 4 : 0;
}

/* Does "OPENING\s*" of the locative pattern end at e? */
static int S_locative_opening_blanks(const syevp_actor_engine *eng, const char *s, size_t from,
                                     size_t e)
{
    const size_t o = S_blanks_begin(s, from, e);
    return o == SIZE_MAX ? -1 : S_locative_opening(eng, s, from, o);
}

/* Does "OPENING\s*(?:la |le |les |l')?" of the locative pattern end at e? */
static int S_locative_head(const syevp_actor_engine *eng, const char *s, size_t from, size_t e)
{
    const int v = S_locative_opening_blanks(eng, s, from, e);
    const size_t article = v == 1 ? 0 : S_article_before(s, from, e);
    return article ? S_either(v, S_locative_opening_blanks(eng, s, from, e - article)) : v;
}

/* Does the head of the locative pattern end before a setting
 * ("(?:" LOCATIVE_SETTINGS ")") that ends at x? */
static int S_locative_before_setting(const syevp_actor_engine *eng, const char *s, size_t from,
                                     size_t x)
{
    const word_table *t = &eng->locative_settings;
    int v = 0;
    for (size_t i = 0; i < t->count && v != 1; i++)
        if (S_ends_in(t, i, s, from, x))
            v = S_either(v, S_locative_head(eng, s, from, x - t->len[i]));
    return v;
}

/* Does the locative pattern match s[b, pos) for a word boundary b at or
 * after `from`?  Read back from the end: the setting "(?:ville|...)
 * (?:[a-z]+ )?d(?:e |')\s*" if any, the article, the blanks, the opening.
 * 1, 0, or -1 when a character beyond ASCII decides (\s, \b). */
static int S_locative_match(const syevp_actor_engine *eng, const char *s, size_t from, size_t pos)
{
    int v = S_locative_head(eng, s, from, pos);
    const size_t g = v == 1 ? pos : S_blanks_begin(s, from, pos);
    if (v == 1 || g == SIZE_MAX)
        return g == SIZE_MAX ? -1 : v;
    /* "de " (the blank after it a space) or "d'", after a blank */
    if (g < from + 3 || s[g - 2] != 'd' || s[g - 3] != ' ' ||
        !(s[g - 1] == '\'' || (s[g - 1] == 'e' && g < pos && s[g] == ' ')))
        return v;
    const size_t x = g - 3; /* the blank after the setting, or after a word after it */
    v = S_either(v, S_locative_before_setting(eng, s, from, x));
    size_t w = x;
    while (w > from && s[w - 1] >= 'a' && s[w - 1] <= 'z')
        w--;
    if (w < x && w > from && s[w - 1] == ' ')
        v = S_either(v, S_locative_before_setting(eng, s, from, w - 1));
    return v;
}

/* The ASCII punctuation that no pattern tried before a place (tail_kind)
 * holds: all but "'", "-" and "_" (a comma, a period, a quote, a
 * parenthesis...).  test_events.c checks that no match holds one. */
static const bool tail_barrier[256] = {
    ['!'] = true, ['"'] = true, ['#'] = true, ['$'] = true, ['%'] = true, ['&'] = true,
    ['('] = true, [')'] = true, ['*'] = true, ['+'] = true, [','] = true, ['.'] = true,
    ['/'] = true, [':'] = true, [';'] = true, ['<'] = true, ['='] = true, ['>'] = true,
    ['?'] = true, ['@'] = true, ['['] = true, ['\\'] = true, [']'] = true, ['^'] = true,
    ['`'] = true, ['{'] = true, ['|'] = true, ['}'] = true, ['~'] = true};

/* What S_ends_with does at a word boundary (engine.tail_steps). */
enum { TAIL_SKIP, TAIL_TRY, TAIL_STOP };

/* Fills eng->tail_steps from tail_barrier and the keys of the patterns
 * tried before a place. */
static void S_build_tail_steps(syevp_actor_engine *eng)
{
    const keyed_re *const res[] = {&eng->locative, &eng->qualifier, &eng->landmark, &eng->region};
    for (size_t kind = 0; kind < TAIL_KINDS; kind++)
        for (unsigned c = 0; c < 256; c++) {
            const start_keys *k = &res[kind]->keys;
            const bool first = k->any || (c < 0x80 ? k->firsts[c] : k->wide_first);
            eng->tail_steps[kind][c] = tail_barrier[c] ? TAIL_STOP : first ? TAIL_TRY : TAIL_SKIP;
        }
}

/* Does the pattern of `kind` match the text that ends at lb->pos (within
 * 60 bytes)?  The same answer as an unanchored search from 60 bytes
 * before.  The starts nearest the end are tried first: where there is a
 * match, one of them is most often it. */
static int S_ends_with(const syevp_actor_engine *eng, const syevp_run *run, tail_kind kind,
                       const lookback *lb)
{
    const syevp_text *t = &run->doc->text;
    if (!S_tail_may(eng, kind, t->fold, lb))
        return 0;
    if (kind == TAIL_LOCATIVE) {
        const int v = lb->first < lb->last
                          ? S_locative_match(eng, t->fold, t->bounds[lb->first], lb->pos)
                          : 0;
        if (v >= 0)
            return v;
    }
    const keyed_re *const res[] = {&eng->locative, &eng->qualifier, &eng->landmark, &eng->region};
    const keyed_re *w = res[kind];
    const uint8_t *steps = eng->tail_steps[kind];
    const char *fold = t->fold;
    const uint32_t *bounds = t->bounds;
    for (size_t i = lb->last, first = lb->first; i-- > first;) {
        const size_t p = bounds[i];
        const uint8_t step = steps[(unsigned char)fold[p]];
        /* a match from here or before would hold this mark: none can */
        if (step == TAIL_STOP)
            break;
        if (step == TAIL_SKIP || !S_may_start(&w->keys, fold, p, lb->pos))
            continue;
        int rc = syevp_find(run, w->re, p, lb->pos, NULL, NULL);
        if (rc != 0)
            return rc;
    }
    return 0;
}

/* For tests (test_events.c): does the quick test of the end of the
 * locative (0), qualifier (1), landmark (2) or region (3) pattern agree
 * with the pattern, on `text` taken as the folded text before a place?
 * It may let the pattern be tried, never skip a match; and a locative
 * found sure in C must be a match. */
int syevp_tail_agrees(const syevp_actor_engine *eng, int which, const char *text)
{
    const keyed_re *const res[] = {&eng->locative, &eng->qualifier, &eng->landmark, &eng->region};
    const size_t len = strlen(text);
    if (which < 0 || which >= TAIL_KINDS)
        return -1;
    pcre2_match_data *md = pcre2_match_data_create(4, NULL);
    if (!md)
        return -1;
    int rc = PCRE2_ERROR_NOMATCH;
    for (size_t at = 0; at <= len && rc == PCRE2_ERROR_NOMATCH; at++)
        if (((unsigned char)text[at] & 0xC0) != 0x80) /* a character starts there */
            rc = pcre2_match(res[which]->re, (PCRE2_SPTR)text, len, at, 0, md, NULL);
    const size_t start = rc >= 0 ? pcre2_get_ovector_pointer(md)[0] : len;
    pcre2_match_data_free(md);
    if (rc < 0 && rc != PCRE2_ERROR_NOMATCH)
        return -1;
    for (size_t i = start; i < len; i++) /* S_ends_with stops at the first barrier */
        if (tail_barrier[(unsigned char)text[i]])
            return 0;
    const lookback lb = {len, 0, 0, S_tail_of(&eng->tails, text, len)};
    if (which == TAIL_LOCATIVE) {
        const int exact = S_locative_match(eng, text, 0, len);
        if (exact >= 0 && exact != (rc >= 0))
            return 0;
    }
    return rc < 0 || S_tail_may(eng, (tail_kind)which, text, &lb);
}

/* The first byte at or after p (n at most) that is no ASCII character
 * above ' ' (a blank, a control character, a byte beyond ASCII): where
 * the run of a word's usual bytes ends.  Eight bytes at a time: a byte
 * below 0x21 borrows in w - 0x21.., one beyond ASCII has its high bit;
 * the lowest byte so marked is exact (no borrow reaches it). */
static size_t S_printable_end(const char *s, size_t p, size_t n)
{
    for (; SYEVP_LOAD8_LITTLE && p + 8 <= n; p += 8) {
        uint64_t w;
        memcpy(&w, s + p, 8);
        const uint64_t stops = ((w - BYTES8(0x21)) | w) & BYTES8(0x80);
        if (stops)
            return p + syevp_lowest_bit64(stops) / 8;
    }
    while (p < n && (unsigned char)s[p] > ' ' && (unsigned char)s[p] < 0x80)
        p++;
    return p;
}

/* Could a word of `words` be the letters [a-z] that open the text at p,
 * by the first three?  (The text ends with a NUL: a byte after the first
 * letters can be read.) */
static bool S_word_may_open(const word_set *words, const char *s, size_t p)
{
    if (words->short_words)
        return true;
    const unsigned char a = (unsigned char)s[p], b = (unsigned char)s[p + 1];
    if (a < 'a' || a > 'z' || b < 'a' || b > 'z')
        return false;
    const unsigned char c = (unsigned char)s[p + 2];
    if (c < 'a' || c > 'z')
        return false;
    const unsigned bit = S_triple_bit(a, b, c);
    return words->triples[bit / 8] & (1u << bit % 8);
}

/* Could one of the first words from p (runs between blanks) be one of
 * the verbs?  The matches open with "\s*(?:AUXILIARY...\s+)?(?:[a-z]+\s+)?
 * VERB": the verb is the third word only after an auxiliary.  A verb is
 * the whole of the letters [a-z] that open its word (\b, or "-t-il",
 * follows it).  A byte beyond ASCII answers yes: \s reaches there (UCP). */
static bool S_verb_in_three_words(const syevp_actor_engine *eng, const word_set *verbs,
                                  const char *s, size_t p, size_t n)
{
    if (verbs->any)
        return true;
    int words = 3;
    for (int word = 0; word < words; word++) {
        for (; p < n && S_blank((unsigned char)s[p]); p++)
            ;
        if (p >= n)
            return false;
        if (word == 0 && !eng->auxiliary_first[(unsigned char)s[p] & 0x7F])
            words = 2; /* (a byte beyond ASCII is found below) */
        if (S_word_may_open(verbs, s, p)) {
            size_t end = p;
            const unsigned bit = S_word_bit(s, p, n, &end);
            if (end > p && (verbs->bits[bit / 8] & (1u << bit % 8)))
                return true;
            p = end;
        }
        /* The last word that may hold the verb opens with ASCII and not
         * with it: none after it may (a Unicode blank inside it would only
         * start a word beyond reach), so its end is not looked for. */
        if (word + 1 == words && (unsigned char)s[p] < 0x80)
            return false;
        for (;; p++) { /* to the end of the word; most of its bytes are ASCII above ' ' */
            p = S_printable_end(s, p, n);
            const unsigned char c = (unsigned char)s[p];
            if (c >= 0x80)
                return true;
            if (p >= n || S_blank(c))
                break;
        }
    }
    return false;
}

#define QUE_WORDS 3 /* at most source_shape.que_follows */

/* Could one of the first `words` words from p ([a-z] runs between ASCII
 * blanks) be a verb followed, at most 40 characters after it and before
 * any '.' or ';', by a "qu" or a colon (what "(?=[^.;]{0,40}?(?:\bque?\b|
 * \bqu'|:))" needs)?  A verb ends where its letters do (\b follows it).
 * One scan from the end of the first word serves them all: at each
 * character, the distance that counts is from the last word end passed.
 * A byte beyond ASCII where a blank is looked for answers yes: \s
 * reaches there (UCP). */
static bool S_que_after_word(const char *s, size_t p, size_t n, int words)
{
    size_t ends[QUE_WORDS];
    int count = 0;
    for (; count < words && count < QUE_WORDS; count++) {
        for (; p < n && S_blank((unsigned char)s[p]); p++)
            ;
        if (p < n && (unsigned char)s[p] >= 0x80)
            return true;
        if (p >= n || s[p] < 'a' || s[p] > 'z')
            break;
        while (p < n && s[p] >= 'a' && s[p] <= 'z')
            p++;
        ends[count] = p;
    }
    /* the ASCII characters that end the scan */
    static const bool special[128] = {[':'] = true, ['q'] = true, ['.'] = true, [';'] = true};
    int next = 1, k = 0; /* k: characters from the last word end passed */
    for (size_t j = count ? ends[0] : n; j < n; k++) {
        if (next < count && j == ends[next]) {
            next++;
            k = 0;
        }
        const unsigned char c = (unsigned char)s[j];
        if (k == 40 && next >= count)
            return c == ':' || (c == 'q' && s[j + 1] == 'u');
        if (c < 0x80 && !special[c]) {
            j++;
            continue;
        }
        if (c == ':' || (c == 'q' && s[j + 1] == 'u')) /* the text ends with a NUL */
            return true;
        if (c == '.' || c == ';')
            return false;
        for (j++; j < n && ((unsigned char)s[j] & 0xC0) == 0x80; j++)
            ;
    }
    return false;
}

/* Can source pattern e match at p, where one of its prefixes is, by the
 * words that follow (its verbs, what follows them)? */
static inline bool S_source_words_may(const syevp_actor_engine *eng, size_t e, const char *s,
                                      size_t p, size_t n)
{
    if (source_shapes[e].verbs && !S_verb_in_three_words(eng, &eng->source_verbs[e], s, p, n))
        return false;
    return !source_shapes[e].que_follows || S_que_after_word(s, p, n, source_shapes[e].que_follows);
}

/* Does ",\s(?:INCISE_PARTICIPLES)\b" match at j (s[j] is a comma)?  1, 0,
 * or -1 when a character beyond ASCII decides (\s and \w are Unicode's). */
static int S_participle_at(const char *s, size_t j, size_t n)
{
    const unsigned char blank = (unsigned char)s[j + 1]; /* the text ends with a NUL */
    if (blank >= 0x80)
        return -1;
    if (j + 1 >= n || !S_blank(blank))
        return 0;
    for (const char *w = INCISE_PARTICIPLES; *w;) {
        const size_t len = strcspn(w, "|"), e = j + 2 + len;
        if (e <= n && memcmp(s + j + 2, w, len) == 0) {
            if (e < n && (unsigned char)s[e] >= 0x80)
                return -1;
            if (e == n || !S_ascii_word_char((unsigned char)s[e]))
                return 1;
        }
        w += len + (w[len] == '|');
    }
    return 0;
}

/* The ASCII characters a step of INCISE_TAIL does more with than take them. */
#define INCISE_STOPS ",m.;\""

/* How many of the bytes at j (before n) are ASCII and none of `stops`
 * before the first that is: sixteen bytes are read at once where SSE2 is,
 * else eight (that many when none is), 0 where they are not there.  (In
 * eight bytes read as a word, the lowest byte marked is exact: no borrow
 * reaches below a byte that is one of them.) */
static size_t S_plain_run(const char *s, size_t j, size_t n, const char *stops)
{
#if defined(__SSE2__)
    if (n >= 16 && j <= n - 16) {
        const __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + j));
        __m128i marked = v; /* the high bit: a byte beyond ASCII */
        for (const char *c = stops; *c; c++)
            marked = _mm_or_si128(marked, _mm_cmpeq_epi8(v, _mm_set1_epi8(*c)));
        const unsigned bits = (unsigned)_mm_movemask_epi8(marked);
        return bits ? syevp_lowest_bit(bits) : 16;
    }
#endif
#if SYEVP_LOAD8_LITTLE
    if (j + 8 <= n) {
        uint64_t w;
        memcpy(&w, s + j, 8);
        uint64_t marked = w; /* the high bit: a byte beyond ASCII */
        for (const char *c = stops; *c; c++) {
            const uint64_t x = w ^ BYTES8((unsigned char)*c); /* a zero byte where it is */
            marked |= (x - BYTES8(1)) & ~x;
        }
        marked &= BYTES8(0x80);
        return marked ? syevp_lowest_bit64(marked) / 8 : 8;
    }
#else
    (void)s, (void)j, (void)n, (void)stops;
#endif
    return 0;
}

/* Where INCISE_TAIL, matched from j (the end of INCISE_HEAD), ends, as
 * PCRE2 would match it: each of at most INCISE_REPEATS steps takes "m." or
 * "mm." at the start of a word, else one character but '.', ';' and '"',
 * and none is taken at ", precisant" and the like.  Nothing follows the
 * repeat in the pattern: it is never given back.  SIZE_MAX when a
 * character beyond ASCII decides (\b, \s): PCRE2 is then asked. */
static size_t S_incise_tail(const char *s, size_t j, size_t n)
{
    /* the ASCII characters a step does more with than take them (as
     * INCISE_STOPS lists them) */
    static const bool special[128] = {[','] = true, ['m'] = true, ['.'] = true, [';'] = true,
                                      ['"'] = true};
    for (int step = 0; step < INCISE_REPEATS && j < n; step++) {
        const size_t plain = S_plain_run(s, j, n, INCISE_STOPS);
        if (plain > 0) { /* as many steps, each of which takes its byte */
            const int steps = (int)plain < INCISE_REPEATS - step ? (int)plain : INCISE_REPEATS - step;
            j += (size_t)steps;
            step += steps - 1;
            continue;
        }
        const unsigned char c = (unsigned char)s[j];
        if (c < 0x80 && !special[c]) {
            j++;
            continue;
        }
        if (c == ',') {
            const int stop = S_participle_at(s, j, n);
            if (stop != 0)
                return stop > 0 ? j : SIZE_MAX;
        }
        if (c == 'm') { /* "\bm{1,2}\." (j > 0: the head took a verb) */
            const unsigned char before = (unsigned char)s[j - 1];
            if (before >= 0x80)
                return SIZE_MAX;
            /* "mm" then a dot, or "m" then a dot (s[j + 2] can be read when s[j + 1] is 'm') */
            const size_t dot = s[j + 1] == 'm' ? j + 2 : j + 1;
            if (!S_ascii_word_char(before) && dot < n && s[dot] == '.') {
                j = dot + 1;
                continue;
            }
        }
        if (c == '.' || c == ';' || c == '"')
            break;
        for (j++; j < n && ((unsigned char)s[j] & 0xC0) == 0x80; j++)
            ;
    }
    return j;
}

/* Does "\\s(?:a|ont|avait|avaient)\\s" match at j (s[j] an ASCII blank)?
 * 1, 0, or -1 when a character beyond ASCII decides. */
static int S_blank_aux_at(const char *s, size_t j, size_t n)
{
    static const char *const aux[] = {"a", "ont", "avait", "avaient"};
    for (size_t i = 0; i < sizeof aux / sizeof *aux; i++) {
        if (s[j + 1] != aux[i][0]) /* most blanks: no auxiliary's first letter follows */
            continue;
        const size_t len = strlen(aux[i]), e = j + 1 + len;
        if (e < n && memcmp(s + j + 1, aux[i], len) == 0) {
            const unsigned char c = (unsigned char)s[e];
            if (c >= 0x80)
                return -1;
            if (S_blank(c))
                return 1;
        }
    }
    return 0;
}

/* Where ACCORDING_TAIL, matched from j (the end of ACCORDING_HEAD), ends,
 * as PCRE2 would match it: one character after the other but ',', '.',
 * ';', ':' and '"', up to a blank that an auxiliary and a blank follow.
 * Nothing follows the repeat: it is never given back.  SIZE_MAX when it
 * takes nothing (PCRE2 would then give back blanks of the head) or when a
 * character beyond ASCII that may be a blank (\s) decides. */
static size_t S_according_tail(const char *s, size_t j, size_t n)
{
    static const bool special[128] = {[','] = true, ['.'] = true, [';'] = true, [':'] = true,
                                      ['"'] = true, [' '] = true, ['\t'] = true, ['\n'] = true,
                                      ['\v'] = true, ['\f'] = true, ['\r'] = true};
    const size_t from = j;
    while (j < n) {
        const unsigned char c = (unsigned char)s[j];
        if (c < 0x80 && !special[c]) {
            j++;
            continue;
        }
        /* U+0080-U+00BF, U+1680, U+2000-U+206F, U+3000 hold the blanks beyond ASCII */
        if (c == 0xC2 || c == 0xE1 || c == 0xE2 || c == 0xE3)
            return SIZE_MAX;
        if (c >= 0x80) {
            for (j++; j < n && ((unsigned char)s[j] & 0xC0) == 0x80; j++)
                ;
            continue;
        }
        if (!S_blank(c))
            break; /* a punctuation mark */
        const int aux = S_blank_aux_at(s, j, n);
        if (aux < 0)
            return SIZE_MAX;
        if (aux > 0)
            break;
        j++;
    }
    return j > from ? j : SIZE_MAX;
}

/* Is there \\b at j, between s[j - 1] and s[j] (the subject is s[0, n))?
 * -1 when a character beyond ASCII decides. */
static int S_bound_at(const char *s, size_t j, size_t n)
{
    const unsigned char before = j > 0 ? (unsigned char)s[j - 1] : ' ';
    const unsigned char at = j < n ? (unsigned char)s[j] : ' ';
    if (before >= 0x80 || at >= 0x80)
        return -1;
    return S_ascii_word_char(before) != S_ascii_word_char(at);
}

/* Does "\\bque?\\b|\\bqu'|:" match at j?  1, 0, or -1 when a character
 * beyond ASCII decides. */
static int S_que_at(const char *s, size_t j, size_t n)
{
    if (s[j] == ':')
        return 1;
    if (s[j] != 'q' || j + 1 >= n || s[j + 1] != 'u')
        return 0;
    const int bound = S_bound_at(s, j, n);
    if (bound <= 0)
        return bound;
    if (j + 2 < n && s[j + 2] == '\'')
        return 1;
    if (j + 2 < n && s[j + 2] == 'e') {
        const int after_e = S_bound_at(s, j + 3, n);
        if (after_e != 0)
            return after_e;
    }
    return S_bound_at(s, j + 2, n);
}

/* Does QUE_AHEAD hold at j: within 40 characters but '.' and ';', "que",
 * "qu'" or a colon?  1, 0, or -1 when a character beyond ASCII decides. */
static int S_que_ahead(const char *s, size_t j, size_t n)
{
    for (int k = 0; j < n; k++) {
        const int here = S_que_at(s, j, n);
        if (here != 0 || k == 40 || s[j] == '.' || s[j] == ';')
            return here;
        for (j++; j < n && ((unsigned char)s[j] & 0xC0) == 0x80; j++)
            ;
    }
    return 0; /* at the end: no character for any of them */
}

/* No match: what S_source_tail returns when the pattern surely fails. */
#define TAIL_FAILS (SIZE_MAX - 1)

/* Where source pattern e, its head matched by PCRE2 up to j, ends when the
 * rest is followed in C; TAIL_FAILS when it surely fails; SIZE_MAX when
 * PCRE2 must match the whole pattern.  A failed look-ahead after "a
 * declare" is left to PCRE2: a shorter head may be followed by one ("a
 * dit declare que"); after "affirment", no other head is. */
static size_t S_source_tail(size_t e, const char *s, size_t j, size_t n)
{
    if (e == SOURCE_INCISE)
        return S_incise_tail(s, j, n);
    if (e == SOURCE_ACCORDING)
        return S_according_tail(s, j, n);
    const int ahead = S_que_ahead(s, j, n);
    return ahead > 0 ? j : ahead == 0 && e == SOURCE_PRESENT ? TAIL_FAILS : SIZE_MAX;
}

/* Does PRESENT_HEAD ("(?<= )(?:affirment|...)\b") match at p?  1 with
 * its end in *end, 0, or -1 when a character beyond ASCII decides (\b).
 * Its verbs are letters: the one that matches is the run of letters at
 * p, which no character of a word follows. */
static int S_present_head(const syevp_actor_engine *eng, const char *s, size_t p, size_t n,
                          size_t *end)
{
    if (p == 0 || s[p - 1] != ' ')
        return 0;
    size_t q = p;
    while (q < n && s[q] >= 'a' && s[q] <= 'z')
        q++;
    if (!S_in_word_table(&eng->present_verbs, s, p, q))
        return 0;
    const unsigned char after = q < n ? (unsigned char)s[q] : ' ';
    if (after >= 0x80)
        return -1;
    *end = q;
    return !S_ascii_word_char(after);
}

/* The end of the ASCII blanks at j; SIZE_MAX when a byte beyond ASCII
 * follows them (\s may go on there). */
static size_t S_blanks_end(const char *s, size_t j, size_t n)
{
    while (j < n && S_blank((unsigned char)s[j]))
        j++;
    return j < n && (unsigned char)s[j] >= 0x80 ? SIZE_MAX : j;
}

/* The end of the letters [a-z] at j. */
static size_t S_letters_end(const char *s, size_t j, size_t n)
{
    while (j < n && s[j] >= 'a' && s[j] <= 'z')
        j++;
    return j;
}

/* Is there \b at j, after a character of a word?  1, 0, or -1 when a
 * character beyond ASCII decides. */
static int S_word_ends(const char *s, size_t j, size_t n)
{
    const unsigned char c = j < n ? (unsigned char)s[j] : ' ';
    return c >= 0x80 ? -1 : !S_ascii_word_char(c);
}

/* Does "(?:avoir|etre|[a-z]{3,}(?:er|ir))\b" match at j?  1, 0, -1. */
static int S_infinitive_at(const char *s, size_t j, size_t n)
{
    const size_t e = S_letters_end(s, j, n), len = e - j;
    const bool infinitive = (len == 5 && memcmp(s + j, "avoir", 5) == 0) ||
                            (len == 4 && memcmp(s + j, "etre", 4) == 0) ||
                            (len >= 5 && s[e - 1] == 'r' && (s[e - 2] == 'e' || s[e - 2] == 'i'));
    return infinitive ? S_word_ends(s, e, n) : 0;
}

/* Does "(?!\s+(?:(?:" INCISE_DAYS ")\s+)?(?:avoir|etre|[a-z]{3,}(?:er|ir))\b)"
 * hold at e (no infinitive follows the verb)?  1, 0, -1. */
static int S_no_infinitive_after(const syevp_actor_engine *eng, const char *s, size_t e, size_t n)
{
    const size_t j = S_blanks_end(s, e, n);
    if (j == SIZE_MAX || j == e)
        return j == e ? 1 : -1;
    const size_t day_end = S_letters_end(s, j, n);
    int after_day = 0;
    if (day_end > j && S_in_word_table(&eng->incise_days, s, j, day_end)) {
        const size_t k = S_blanks_end(s, day_end, n);
        after_day = k == SIZE_MAX ? -1 : k > day_end ? S_infinitive_at(s, k, n) : 0;
    }
    const int here = S_infinitive_at(s, j, n);
    return after_day == 1 || here == 1 ? 0 : after_day < 0 || here < 0 ? -1 : 1;
}

/* Does "(?!\s*(?:que|qu'|:|\"))" hold at e?  1, 0, -1. */
static int S_no_que_after(const char *s, size_t e, size_t n)
{
    const size_t j = S_blanks_end(s, e, n);
    if (j == SIZE_MAX)
        return -1;
    /* the text ends with a NUL: s[j + 2] is read only when s[j + 1] is a 'u' */
    return j >= n || !(s[j] == ':' || s[j] == '"' ||
                       (s[j] == 'q' && s[j + 1] == 'u' && (s[j + 2] == 'e' || s[j + 2] == '\'')));
}

/* Does the verb of the incise head, its suffix and the look-aheads after
 * it ("SAYING_VERBS(?:" INCISE_VERB_SUFFIXES ")?\b(?!...)(?!...)") match
 * at r?  1 with the end in *end (the first suffix that passes, in the
 * order of the pattern, none last), 0, or -1.  The verb is the whole run
 * of letters at r: none is the start of another, and none but a suffix
 * or \b may follow it. */
static int S_incise_verb(const syevp_actor_engine *eng, const char *s, size_t r, size_t n,
                         size_t *end)
{
    const size_t verb_end = S_letters_end(s, r, n);
    if (!S_in_word_table(&eng->saying_verbs, s, r, verb_end))
        return 0;
    const word_table *suffixes = &eng->incise_suffixes; /* each starts with '-' */
    const size_t tries = s[verb_end] == '-' ? suffixes->count + 1 : 1;
    for (size_t i = suffixes->count + 1 - tries; i <= suffixes->count; i++) {
        const size_t len = i < suffixes->count ? suffixes->len[i] : 0, e = verb_end + len;
        if (len && (e > n || memcmp(s + verb_end, suffixes->word[i], len) != 0))
            continue;
        int ok = S_word_ends(s, e, n);
        ok = ok == 1 ? S_no_que_after(s, e, n) : ok;
        ok = ok == 1 ? S_no_infinitive_after(eng, s, e, n) : ok;
        if (ok != 0) {
            *end = e;
            return ok;
        }
    }
    return 0;
}

/* Where "(?:" AUXILIARIES ")(?:-t-(?:il|elle)|-t-ils)?\s+" that begins at
 * q ends; SIZE_MAX - 1 when it does not match there, SIZE_MAX when a
 * character beyond ASCII decides.  One way at most matches: the
 * auxiliary is the run of letters at q, its suffix or a blank follows. */
static size_t S_after_auxiliary(const syevp_actor_engine *eng, const char *s, size_t q, size_t n)
{
    static const char *const suffixes[] = {"-t-il", "-t-elle", "-t-ils"};
    const size_t a = S_letters_end(s, q, n);
    if (!S_in_word_table(&eng->auxiliaries, s, q, a))
        return SIZE_MAX - 1;
    for (size_t i = 0; s[a] == '-' && i < sizeof suffixes / sizeof *suffixes; i++) {
        const size_t len = strlen(suffixes[i]);
        const size_t j = a + len <= n && memcmp(s + a, suffixes[i], len) == 0
                             ? S_blanks_end(s, a + len, n)
                             : a + len;
        if (j == SIZE_MAX || j > a + len)
            return j;
    }
    const size_t j = S_blanks_end(s, a, n);
    return j == SIZE_MAX || j > a ? j : SIZE_MAX - 1;
}

/* Does INCISE_HEAD match at p?  1 with its end in *end, 0, or -1 when a
 * character beyond ASCII decides.  Its ways are tried in the order PCRE2
 * tries them: the auxiliary, then none; after it a word of letters then
 * the verb, then the verb; the first that passes gives the end.  (\s* and
 * \s+ take all the blanks: after fewer, a blank would be where a letter
 * must be.) */
static int S_incise_head(const syevp_actor_engine *eng, const char *s, size_t p, size_t n,
                         size_t *end)
{
    if (p == 0 || (s[p - 1] != ',' && s[p - 1] != '"'))
        return 0;
    const size_t q0 = S_blanks_end(s, p, n);
    const size_t q1 = q0 == SIZE_MAX ? SIZE_MAX : S_after_auxiliary(eng, s, q0, n);
    if (q1 == SIZE_MAX)
        return -1;
    const size_t starts[2] = {q1, q0}; /* after the auxiliary, without it */
    for (size_t i = q1 == SIZE_MAX - 1; i < 2; i++) {
        const size_t q = starts[i], word_end = S_letters_end(s, q, n);
        const size_t r = word_end > q ? S_blanks_end(s, word_end, n) : word_end;
        if (r == SIZE_MAX)
            return -1;
        int v = r > word_end ? S_incise_verb(eng, s, r, n, end) : 0;
        if (v == 0)
            v = S_incise_verb(eng, s, q, n, end);
        if (v != 0)
            return v;
    }
    return 0;
}

/* Does the whole of "a declare que" (SAID_HEAD QUE_AHEAD) match at p?  1
 * with its end in *end, 0, or -1 when a character beyond ASCII decides.
 * Its two ways are tried in the order of PCRE2: a word then the verb,
 * then the verb; the first followed by "que", "qu'" or a colon (S_que_ahead)
 * is the match. */
static int S_said_match(const syevp_actor_engine *eng, const char *s, size_t p, size_t n,
                        size_t *end)
{
    if (p >= n || (unsigned char)s[p] >= 0x80)
        return p >= n ? 0 : -1;
    if (!S_blank((unsigned char)s[p]))
        return 0;
    const size_t aux_end = S_letters_end(s, p + 1, n);
    if (!S_in_word_table(&eng->auxiliaries, s, p + 1, aux_end))
        return 0;
    const size_t q = S_blanks_end(s, aux_end, n);
    const size_t word_end = q == SIZE_MAX ? q : S_letters_end(s, q, n);
    const size_t r = q == SIZE_MAX || word_end == q ? q : S_blanks_end(s, word_end, n);
    if (r == SIZE_MAX)
        return -1;
    if (q == aux_end)
        return 0;
    const size_t verbs[2] = {r, q}; /* after a word, at once */
    for (size_t i = r > word_end ? 0 : 1; i < 2; i++) {
        const size_t verb_end = S_letters_end(s, verbs[i], n);
        if (!S_in_word_table(&eng->said_verbs, s, verbs[i], verb_end))
            continue;
        int ok = S_word_ends(s, verb_end, n);
        ok = ok == 1 ? S_que_ahead(s, verb_end, n) : ok;
        if (ok != 0) {
            *end = verb_end;
            return ok;
        }
    }
    return 0;
}

/* The length of the word of `t` that the text at p starts with, 0 when
 * none does (the words of `t` are no starts of one another). */
static size_t S_word_opening(const word_table *t, const char *s, size_t p, size_t n)
{
    for (size_t i = 0; i < t->count; i++)
        if (t->word[i][0] == s[p] && p + t->len[i] <= n &&
            memcmp(s + p, t->word[i], t->len[i]) == 0)
            return t->len[i];
    return 0;
}

/* Does "(?:" ACCORDING_ARTICLES ") ?(?:" ACCORDING_NOUNS ")\b" match at j
 * ("un accord", "l'accord")?  1, 0, -1.  Every article that starts the
 * text there is tried, with and without the space. */
static int S_no_speaker_at(const syevp_actor_engine *eng, const char *s, size_t j, size_t n)
{
    const word_table *determiners = &eng->according_articles;
    int v = 0;
    for (size_t i = 0; i < determiners->count && v != 1; i++) {
        const size_t a = j + determiners->len[i];
        if (a > n || memcmp(s + j, determiners->word[i], determiners->len[i]) != 0)
            continue;
        const size_t nouns[2] = {a, a + 1}; /* without the space, after it */
        for (size_t k = a < n && s[a] == ' ' ? 2 : 1; k-- > 0 && v != 1;) {
            const size_t noun_end = S_letters_end(s, nouns[k], n);
            if (S_in_word_table(&eng->according_nouns, s, nouns[k], noun_end))
                v = S_either(v, S_word_ends(s, noun_end, n));
        }
    }
    return v;
}

/* Does ACCORDING_HEAD ("\b(?:selon|...)\s+(?!un accord...)") match at p?
 * 1 with its end in *end, 0, or -1 when a character beyond ASCII decides.
 * \s+ takes all the blanks; where "un accord" follows them, PCRE2 gives
 * one back (the look-ahead then fails on a blank), if one is left. */
static int S_according_head(const syevp_actor_engine *eng, const char *s, size_t p, size_t n,
                            size_t *end)
{
    const int bound = S_bound_at(s, p, n);
    const size_t h = bound == 1 ? p + S_word_opening(&eng->according_openings, s, p, n) : p;
    if (bound <= 0 || h == p)
        return bound < 0 ? -1 : 0;
    const size_t j = S_blanks_end(s, h, n);
    if (j == SIZE_MAX || j == h)
        return j == h ? 0 : -1;
    const int vetoed = S_no_speaker_at(eng, s, j, n);
    if (vetoed < 0 || (vetoed && j == h + 1))
        return vetoed < 0 ? -1 : 0;
    *end = vetoed ? j - 1 : j;
    return 1;
}

/* Source pattern e matched whole in C at p (S_said_match): 1 with its end
 * in *end, 0, or -1 when PCRE2 must match it. */
static int S_source_whole(const syevp_actor_engine *eng, size_t e, const char *s, size_t p,
                          size_t n, size_t *end)
{
    return e == SOURCE_SAID ? S_said_match(eng, s, p, n, end) : -1;
}

/* The head of source pattern e matched in C at p (S_present_head,
 * S_incise_head): 1 with its end in *end, 0, or -1 when PCRE2 must match
 * it. */
static int S_source_head(const syevp_actor_engine *eng, size_t e, const char *s, size_t p,
                         size_t n, size_t *end)
{
    if (e == SOURCE_PRESENT)
        return S_present_head(eng, s, p, n, end);
    if (e == SOURCE_ACCORDING)
        return S_according_head(eng, s, p, n, end);
    return e == SOURCE_INCISE ? S_incise_head(eng, s, p, n, end) : -1;
}

/* For tests (test_events.c): does source pattern e, its head matched by
 * PCRE2 and its tail followed in C, end where the whole pattern does at
 * `at` of `text` (a folded text)?  1 yes (or the C tail deferred to
 * PCRE2, or e has no head), 0 no, -1 on an error. */
int syevp_source_tail_agrees(const syevp_actor_engine *eng, size_t e, const char *text, size_t at)
{
    const size_t len = strlen(text);
    if (e >= SOURCE_COUNT || !eng->heads[e])
        return e < SOURCE_COUNT ? 1 : -1;
    pcre2_match_data *md = pcre2_match_data_create(4, NULL);
    if (!md || at > len) {
        pcre2_match_data_free(md);
        return -1;
    }
    const int head = pcre2_match(eng->heads[e], (PCRE2_SPTR)text, len, at, 0, md, NULL);
    const size_t head_end = head >= 0 ? pcre2_get_ovector_pointer(md)[1] : 0;
    size_t c_end = 0; /* the head matched in C, where it is */
    const int c_head = S_source_head(eng, e, text, at, len, &c_end);
    const size_t end = head >= 0 ? S_source_tail(e, text, head_end, len) : 0;
    const int whole = pcre2_match(eng->sources[e].re, (PCRE2_SPTR)text, len, at, 0, md, NULL);
    const size_t whole_end = whole >= 0 ? pcre2_get_ovector_pointer(md)[1] : 0;
    pcre2_match_data_free(md);
    if ((head < 0 && head != PCRE2_ERROR_NOMATCH) || (whole < 0 && whole != PCRE2_ERROR_NOMATCH))
        return -1;
    if (c_head >= 0 && (c_head != (head >= 0) || (c_head && c_end != head_end)))
        return 0;
    size_t c_whole_end = 0; /* the whole matched in C, where it ends */
    const int c_whole = S_source_whole(eng, e, text, at, len, &c_whole_end);
    if (c_whole >= 0 && (c_whole != (whole >= 0) || (c_whole && c_whole_end != whole_end)))
        return 0;
    if (head >= 0 && end == SIZE_MAX) /* deferred to PCRE2 */
        return 1;
    if (head >= 0 && end == TAIL_FAILS)
        return whole < 0;
    if ((head >= 0) != (whole >= 0))
        return 0;
    return head < 0 || end == whole_end;
}

int syevp_incise_agrees(const syevp_actor_engine *eng, const char *text, size_t at)
{
    return syevp_source_tail_agrees(eng, SOURCE_INCISE, text, at);
}

/* Runs source pattern e at p, where one of its prefixes is, if the words
 * that follow allow it: 1 with the span, 0, or a negative syev_status.
 * The heads of some are matched by PCRE2, what follows in C
 * (S_source_tail). */
static int S_try_source(const syevp_actor_engine *eng, const syevp_run *run, size_t e, size_t p,
                        size_t *mb, size_t *me)
{
    const syevp_text *t = &run->doc->text;
    if (!S_source_words_may(eng, e, t->fold, p, t->fold_len))
        return 0;
    const int c_whole = S_source_whole(eng, e, t->fold, p, t->fold_len, me);
    if (c_whole >= 0) {
        *mb = p;
        return c_whole;
    }
    if (!eng->heads[e])
        return syevp_find(run, eng->sources[e].re, p, t->fold_len, mb, me);
    int rc = S_source_head(eng, e, t->fold, p, t->fold_len, me);
    if (rc >= 0)
        *mb = p;
    else
        rc = syevp_find(run, eng->heads[e], p, t->fold_len, mb, me);
    const size_t end = rc == 1 ? S_source_tail(e, t->fold, *me, t->fold_len) : SIZE_MAX;
    if (rc == 1 && end == TAIL_FAILS)
        return 0;
    if (rc != 1 || end != SIZE_MAX) {
        if (rc == 1)
            *me = end;
        return rc;
    }
    return syevp_find(run, eng->sources[e].re, p, t->fold_len, mb, me);
}

/* For tests (test_events.c): do the quick tests in C of source pattern e
 * at `at` of `text` (a folded text: the keys of the patterns of its
 * start, its own, its words) agree with the pattern?  They may let
 * the pattern be tried where it does not match, never skip a match. */
int syevp_source_quick_agrees(const syevp_actor_engine *eng, size_t e, const char *text,
                              size_t at)
{
    const size_t len = strlen(text);
    if (e >= SOURCE_COUNT || at > len)
        return -1;
    const source_start start = source_shapes[e].start;
    const bool quick = (eng->start_count[start] <= 1 ||
                        S_may_start(&eng->start_union[start], text, at, len)) &&
                       S_may_start(&eng->sources[e].keys, text, at, len) &&
                       S_source_words_may(eng, e, text, at, len);
    pcre2_match_data *md = pcre2_match_data_create(4, NULL);
    if (!md)
        return -1;
    const int rc = pcre2_match(eng->sources[e].re, (PCRE2_SPTR)text, len, at, 0, md, NULL);
    pcre2_match_data_free(md);
    if (rc < 0 && rc != PCRE2_ERROR_NOMATCH)
        return -1;
    return quick || rc < 0;
}

/* The start of the character before q (q > 0). */
static size_t S_char_before(const char *s, size_t q)
{
    size_t p = q - 1;
    while (p > 0 && ((unsigned char)s[p] & 0xC0) == 0x80)
        p--;
    return p;
}

/* The first comma or quote in s[i, len), len when there is none: sixteen
 * bytes at a time where SSE2 is (most are far apart). */
static size_t S_next_mark(const char *s, size_t i, size_t len)
{
#if defined(__SSE2__)
    const __m128i comma = _mm_set1_epi8(','), quote = _mm_set1_epi8('"');
    for (; len >= 16 && i <= len - 16; i += 16) {
        const __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        const unsigned marks = (unsigned)_mm_movemask_epi8(
            _mm_or_si128(_mm_cmpeq_epi8(v, comma), _mm_cmpeq_epi8(v, quote)));
        if (marks)
            return i + syevp_lowest_bit(marks);
    }
#endif
    while (i < len && s[i] != ',' && s[i] != '"')
        i++;
    return i;
}

int syevp_next_mark_agrees(const char *text)
{
    const size_t len = strlen(text);
    for (size_t i = 0; i <= len; i++) {
        const size_t found = S_next_mark(text, i, len);
        const size_t want = i + strcspn(text + i, ",\"");
        if (found != want)
            return 0;
    }
    return 1;
}

/* The first place at or after `pos` that follows a comma or a quote. */
static size_t S_after_mark(const syevp_text *t, size_t pos)
{
    const size_t i = S_next_mark(t->fold, pos ? pos - 1 : 0, t->fold_len);
    return i < t->fold_len ? i + 1 : SIZE_MAX;
}

/* Could a source pattern that starts as `start` says start at p? */
static inline bool S_source_may(const syevp_actor_engine *eng, const syevp_text *t,
                                source_start start, size_t p)
{
    if (p >= t->fold_len)
        return true;
    if (!eng->start_short[start])
        return p + 3 > t->fold_len || S_triple_may(eng->start_triples[start], t->fold, p, t->fold_len);
    return S_pair_may(eng->start_pairs[start], t->fold, p);
}

/* Runs, in table order, the source patterns that start as `start` says
 * and whose prefixes are at p: 1 with the first match in *h, 0, or a
 * negative syev_status. */
static int S_try_sources_at(const syevp_actor_engine *eng, const syevp_run *run,
                            source_start start, size_t p, syevp_hit *h)
{
    const syevp_text *t = &run->doc->text;
    /* several patterns: one look-up of their keys where most have none */
    if (eng->start_count[start] > 1 &&
        !S_may_start(&eng->start_union[start], t->fold, p, t->fold_len))
        return 0;
    for (size_t i = 0; i < eng->start_count[start]; i++) {
        const size_t e = eng->sources_of[start][i];
        if (!S_may_start(&eng->sources[e].keys, t->fold, p, t->fold_len))
            continue;
        int rc = S_try_source(eng, run, e, p, &h->begin, &h->end);
        if (rc != 0) {
            h->entry = e;
            return rc;
        }
    }
    return 0;
}

/* The word boundaries where the matches of each scan over them may begin
 * (by the first characters of the word there), in text order.  For
 * START_ON_BLANK, the boundary after the blank where they begin. */
typedef struct word_starts {
    size_t *at[3]; /**< of START_AT_BOUNDARY, START_ON_BLANK, SUPPORTER_KIND */
    size_t n[3];
} word_starts;

#define ALL_WORD_KINDS (AT_BOUNDARY_BIT | ON_BLANK_BIT | SUPPORTER_BIT)

/* The scans that may begin at the word boundary p (p > 0, inside the
 * text, whose NUL can be read).  A byte beyond ASCII at the start of the
 * word lets them all, one second those of its first character, one before
 * it those on a blank (\s is Unicode's) if a word of theirs can start with
 * the first character (the blank is any, the words the same). */
static inline unsigned S_word_kinds(const syevp_actor_engine *eng, const unsigned char *s, size_t p)
{
    const unsigned a = s[p], b = s[p + 1];
    if (a >= 0x80)
        return ALL_WORD_KINDS;
    const unsigned kinds = b >= 0x80 ? eng->first_kinds[a] : eng->word_kinds[a << 7 | b];
    return kinds | (s[p - 1] >= 0x80 ? eng->first_kinds[a] & ON_BLANK_BIT : 0);
}

/* Files p among the word starts of `kinds`. */
static inline void S_file_word_start(word_starts *ws, unsigned kinds, size_t p)
{
    if (kinds & AT_BOUNDARY_BIT)
        ws->at[0][ws->n[0]++] = p;
    if (kinds & ON_BLANK_BIT)
        ws->at[1][ws->n[1]++] = p;
    if (kinds & SUPPORTER_BIT)
        ws->at[2][ws->n[2]++] = p;
}


/* The bytes of the word starts of text t (three lists of its boundaries),
 * in the run's scratch arena. */
static size_t S_word_starts_bytes(const syevp_text *t)
{
    return 3 * (t->bound_count ? t->bound_count : 1) * sizeof(size_t);
}

/* Gives a stage's temporary list back to the scratch arena (a long one
 * returns to the allocator at once). */
static void S_hits_free(const syevp_run *run, syevp_hits *h)
{
    syevp_pool_free(run->scratch, h->v, h->cap * sizeof *h->v);
}

/* The word boundaries of the document where a source pattern or a
 * supporter phrase may start, found in one pass: each scan then visits
 * only its own, not every boundary. */
static syev_status S_find_word_starts(const syevp_actor_engine *eng, const syevp_run *run,
                                      word_starts *out)
{
    const syevp_text *t = &run->doc->text;
    const unsigned char *s = (const unsigned char *)t->fold;
    const uint32_t *bounds = t->bounds;
    size_t count = t->bound_count;
    size_t *v = syevp_pool_alloc(run->scratch, S_word_starts_bytes(t));
    if (!v)
        return syevp_fail(run->err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory");
    for (size_t k = 0; k < 3; k++)
        out->at[k] = v + k * (count ? count : 1);
    /* the last boundary may be the end of the text: any scan may start there */
    const bool at_end = count && bounds[count - 1] >= t->fold_len;
    count -= at_end;
    size_t i = 0;
    if (i < count && bounds[0] == 0) { /* no blank before it */
        const unsigned kinds = (s[0] | s[1]) >= 0x80 ? ALL_WORD_KINDS
                                                     : eng->word_kinds[(unsigned)s[0] << 7 | s[1]];
        S_file_word_start(out, kinds & ~ON_BLANK_BIT, 0);
        i++;
    }
    /* s[p - 1], s[p] and s[p + 1] can be read: p is inside the text, which ends with a NUL */
    word_starts ws = *out; /* a copy that no store through its lists can change */
    if (t->fold_ascii) {
        /* Between two ASCII bytes a boundary is a change between a word
         * character and another byte: the one after a word's start is its
         * end, skipped when no scan starts there (ascii_bound_step). */
        while (i < count) {
            const size_t p = bounds[i];
            const unsigned kinds = eng->word_kinds[(unsigned)s[p] << 7 | s[p + 1]];
            if (kinds)
                S_file_word_start(&ws, kinds, p);
            i += eng->ascii_bound_step[s[p]];
        }
    } else {
        for (; i < count; i++) {
            const size_t p = bounds[i];
            const unsigned kinds = S_word_kinds(eng, s, p);
            if (kinds)
                S_file_word_start(&ws, kinds, p);
        }
    }
    *out = ws;
    if (at_end)
        S_file_word_start(out, ALL_WORD_KINDS, bounds[count]);
    return SYEV_OK;
}

/* Index of the first of the word starts `k` at or after pos. */
static size_t S_first_word_start(const word_starts *ws, unsigned k, size_t pos)
{
    return syevp_lower_bound(ws->at[k], ws->n[k], sizeof *ws->at[k], 0, pos);
}

/* The first match at or after `pos` of the source patterns that start as
 * `start` says: 1 with it in *h, 0, or a negative syev_status.  Only the
 * places where such a match can start are tried. */
static int S_next_source(const syevp_actor_engine *eng, const syevp_run *run,
                         const word_starts *ws, source_start start, size_t pos, syevp_hit *h)
{
    const syevp_text *t = &run->doc->text;
    if (start == START_AFTER_MARK) {
        for (size_t p = S_after_mark(t, pos); p != SIZE_MAX; p = S_after_mark(t, p + 1)) {
            int rc = S_source_may(eng, t, start, p) ? S_try_sources_at(eng, run, start, p, h) : 0;
            if (rc != 0)
                return rc;
        }
        return 0;
    }
    /* a blank before a word is the character before a word boundary */
    const bool blank = start == START_ON_BLANK;
    const size_t *at = ws->at[start];
    for (size_t i = S_first_word_start(ws, start, pos + blank); i < ws->n[start]; i++) {
        size_t p = blank ? S_char_before(t->fold, at[i]) : at[i];
        int rc = p >= pos && S_source_may(eng, t, start, p)
                     ? S_try_sources_at(eng, run, start, p, h)
                     : 0;
        if (rc != 0)
            return rc;
    }
    return 0;
}

/* Speaker phrases, as one alternation of source_patterns searched left to
 * right would find them: the leftmost match (the first pattern where
 * several start there), then the leftmost from its end, and so on.  The
 * next match of the patterns of each start is kept until the search
 * passes it. */
static syev_status S_scan_sources(const syevp_actor_engine *eng, const syevp_run *run,
                                  const word_starts *ws, syevp_hits *out)
{
    const size_t n = run->doc->text.fold_len;
    syevp_hit next[START_KINDS]; /* once known; begin SIZE_MAX: none */
    bool known[START_KINDS] = {false};
    for (size_t pos = 0; pos <= n;) {
        const syevp_hit *best = NULL;
        for (size_t k = 0; k < START_KINDS; k++) {
            syevp_hit *h = &next[k];
            if (!known[k] || (h->begin != SIZE_MAX && h->begin < pos)) {
                int rc = S_next_source(eng, run, ws, (source_start)k, pos, h);
                if (rc < 0)
                    return (syev_status)rc;
                if (rc == 0)
                    h->begin = SIZE_MAX;
                known[k] = true;
            }
            if (h->begin != SIZE_MAX &&
                (!best || h->begin < best->begin ||
                 (h->begin == best->begin && h->entry < best->entry)))
                best = h;
        }
        if (!best)
            break;
        if (!syevp_pool_grow(run->scratch, (void **)&out->v, &out->cap, out->n + 1,
                              sizeof *out->v))
            return syevp_fail(run->err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory");
        syevp_hit *h = &out->v[out->n++];
        *h = *best;
        h->sentence = syevp_sentence_of(run->doc, h->begin);
        pos = h->end > pos ? h->end : pos + 1;
    }
    return SYEV_OK;
}

/* Every supporter phrase in the document, as syevp_scan finds them: the
 * leftmost, then the leftmost after its end, and so on. */
static syev_status S_scan_supporters(const syevp_actor_engine *eng, const syevp_run *run,
                                     const word_starts *ws, syevp_hits *out)
{
    const syevp_text *t = &run->doc->text;
    const keyed_re *w = &eng->supporters;
    size_t after = 0; /* the end of the last match */
    const unsigned k = SUPPORTER_KIND;
    for (size_t i = 0; i < ws->n[k]; i++) {
        size_t p = ws->at[k][i], mb = 0, me = 0;
        if (p < after || !S_may_start(&w->keys, t->fold, p, t->fold_len))
            continue;
        int rc = syevp_find(run, w->re, p, t->fold_len, &mb, &me);
        if (rc < 0)
            return (syev_status)rc;
        if (rc == 0)
            continue;
        syevp_hit h = {mb, me, 0, syevp_sentence_of(run->doc, mb)};
        if (!syevp_pool_grow(run->scratch, (void **)&out->v, &out->cap, out->n + 1,
                              sizeof *out->v))
            return syevp_fail(run->err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory");
        out->v[out->n++] = h;
        after = me;
    }
    return SYEV_OK;
}

/* The code of a generic "djihadistes": the armed group named last. */
static const char *S_generic_code(const syevp_refs *actors)
{
    for (size_t i = actors->n; i-- > 0;) {
        const char *c = actors->v[i].code;
        if (strcmp(c, "ISIS") == 0 || strcmp(c, "NUSRA") == 0 || strcmp(c, "SYRREB") == 0)
            return c;
    }
    return "ISIS";
}

static syev_status S_actor_refs(const syevp_actor_engine *eng, const syevp_run *run,
                                syevp_doc_refs *refs, const syevp_hits *found,
                                const syevp_hits *supporters)
{
    spans_cursor speakers = {&refs->sources, 0}, supported = {supporters, 0};
    syev_status reserved = S_reserve_refs(run, &refs->actors, found);
    if (reserved != SYEV_OK)
        return reserved;
    for (size_t i = 0; i < found->n; i++) {
        const syevp_hit *h = &found->v[i];
        const syevp_actor_entry *e = &eng->lex->actors[h->entry];
        syevp_ref r = {h->begin, h->end, h->sentence, e->code, NULL, 0};
        if (e->flags & SYEVP_ACTOR_METONYM) {
            const lookback lb = S_lookback(eng, run, h);
            int loc = S_ends_with(eng, run, TAIL_LOCATIVE, &lb);
            if (loc < 0)
                return (syev_status)loc;
            if (loc)
                continue; /* "a Moscou": a place, not a party */
        }
        if (e->flags & SYEVP_ACTOR_GENERIC)
            r.code = S_generic_code(&refs->actors);
        if (!r.code[0])
            continue;
        r.flags |= e->flags & SYEVP_ACTOR_ARMED ? SYEVP_REF_ARMED : 0;
        r.flags |= e->flags & SYEVP_ACTOR_SIDES ? SYEVP_REF_SIDES : 0;
        r.flags |= S_inside_next(&speakers, h->sentence, h->begin, h->end) ? SYEVP_REF_SPEAKER : 0;
        r.flags |= S_inside_next(&supported, h->sentence, h->begin, h->end) ? SYEVP_REF_SUPPORTER : 0;
        syev_status st = S_push_ref(run, &refs->actors, &r);
        if (st != SYEV_OK)
            return st;
    }
    return SYEV_OK;
}

/* A place inside an actor's name ("regime de Damas") is no place. */
/* Index of the first reference that begins after `pos`. */
static size_t S_first_ref_after(const syevp_refs *refs, size_t pos)
{
    return syevp_lower_bound(refs->v, refs->n, sizeof *refs->v, offsetof(syevp_ref, begin), pos + 1);
}

/* Actors do not overlap: only the last one that begins at or before b can
 * hold [b, e).  Places are asked in text order: *next, the first actor
 * that begins after the last place asked, only moves on. */
static bool S_in_actor(const syevp_refs *actors, size_t *next, spans_cursor *blocked, size_t si,
                       size_t b, size_t e)
{
    while (*next < actors->n && actors->v[*next].begin <= b)
        ++*next;
    if (*next > 0 && e <= actors->v[*next - 1].end)
        return true;
    return S_inside_next(blocked, si, b, e);
}

/* "Beyrouth - Les forces ...", "AMMAN, 1er juillet (Reuters)": the place
 * a dispatch was written in, not where its events happen. */
static bool S_is_dateline(const syevp_run *run, const syevp_hit *h)
{
    const char *s = run->doc->text.fold;
    if (h->begin != run->doc->sentences[h->sentence].begin)
        return false;
    size_t i = h->end;
    while (s[i] == ' ')
        i++;
    return s[i] == '-' || (s[i] == ',' && s[i + 1] == ' ' && s[i + 2] >= '0' && s[i + 2] <= '9');
}

/* A place written with a capital must be so in the text: "qu'il vienne",
 * "la Douma" aside, "suisse" the adjective are no places. */
static bool S_capitalised(const syevp_actor_engine *eng, const syevp_run *run, const syevp_hit *h)
{
    if (!eng->form_capital[h->entry])
        return true;
    const syevp_text *t = &run->doc->text;
    size_t b = syevp_orig_off(t, h->begin), e = syevp_orig_off(t, h->end);
    return S_has_capital(t->orig + b, e - b);
}

static syev_status S_place_refs(const syevp_actor_engine *eng, const syevp_run *run,
                                syevp_doc_refs *refs, const syevp_hits *found,
                                const syevp_hits *blocked)
{
    spans_cursor speakers = {&refs->sources, 0}, blocking = {blocked, 0};
    size_t next_actor = 0;
    syev_status reserved = S_reserve_refs(run, &refs->places, found);
    if (reserved != SYEV_OK)
        return reserved;
    for (size_t i = 0; i < found->n; i++) {
        const syevp_hit *h = &found->v[i];
        if (S_in_actor(&refs->actors, &next_actor, &blocking, h->sentence, h->begin, h->end) ||
            !S_capitalised(eng, run, h))
            continue;
        syevp_ref r = {h->begin, h->end, h->sentence, NULL,
                       &eng->lex->places[eng->form_place[h->entry]], 0};
        const lookback lb = S_lookback(eng, run, h);
        int loc = S_ends_with(eng, run, TAIL_LOCATIVE, &lb);
        int qual = loc >= 0 ? S_ends_with(eng, run, TAIL_QUALIFIER, &lb) : 0;
        if (loc < 0 || qual < 0)
            return (syev_status)(loc < 0 ? loc : qual);
        int mark = qual == 0 ? S_ends_with(eng, run, TAIL_LANDMARK, &lb) : 0;
        if (mark == 0 && r.place->kind == SYEVP_PLACE_COUNTRY)
            mark = 2 * S_ends_with(eng, run, TAIL_REGION, &lb);
        if (mark < 0)
            return (syev_status)mark;
        r.flags |= mark == 1 ? SYEVP_REF_LANDMARK : mark == 2 ? SYEVP_REF_REGIONAL : 0;
        r.flags |= loc ? SYEVP_REF_LOCATIVE : 0;
        r.flags |= qual || S_is_dateline(run, h) ? SYEVP_REF_QUALIFIER : 0;
        r.flags |= S_inside_next(&speakers, h->sentence, h->begin, h->end) ? SYEVP_REF_SPEAKER : 0;
        syev_status st = S_push_ref(run, &refs->places, &r);
        if (st != SYEV_OK)
            return st;
    }
    return SYEV_OK;
}

/* "X a declare que ...": the speaker is the subject before the verb, from
 * the start of its clause (sentence start, or a quote, colon or semicolon). */
static void S_subject_span(const syevp_run *run, syevp_hit *h)
{
    const char *s = run->doc->text.fold;
    size_t b = run->doc->sentences[h->sentence].begin, e = h->begin;
    for (size_t i = e; i > b; i--) {
        if (strchr(".;:\"", s[i - 1])) {
            b = i;
            break;
        }
    }
    while (b < e && s[b] == ' ')
        b++;
    /* "Paris a appele": the auxiliary is no part of the subject */
    static const char *const aux[] = {" a ", " ont ", " avait ", " avaient "};
    for (size_t i = 0; i < sizeof aux / sizeof *aux; i++) {
        size_t n = strlen(aux[i]);
        if (e >= b + n && memcmp(s + e - n, aux[i], n) == 0) {
            e -= n - 1;
            break;
        }
    }
    while (e > b && s[e - 1] == ' ')
        e--;
    h->end = e;
    h->begin = b;
}

/* Actor forms that block places: every actor match, including the empty
 * codes ("heure francaise") the actor list drops. */
syev_status syevp_find_refs(const syevp_actor_engine *eng, const syevp_run *run,
                            syevp_doc_refs *refs)
{
    syevp_hits actors = {NULL, 0, 0}, places = {NULL, 0, 0}, supporters = {NULL, 0, 0};
    word_starts ws = {{NULL, NULL, NULL}, {0, 0, 0}};
    syev_status st = S_find_word_starts(eng, run, &ws);
    if (st == SYEV_OK)
        st = S_scan_sources(eng, run, &ws, &refs->sources);
    for (size_t i = 0; st == SYEV_OK && i < refs->sources.n; i++)
        if (refs->sources.v[i].entry >= SOURCE_SUBJECT_OF_VERB)
            S_subject_span(run, &refs->sources.v[i]);
    if (st == SYEV_OK)
        st = S_scan_supporters(eng, run, &ws, &supporters);
    syevp_pool_free(run->scratch, ws.at[0], S_word_starts_bytes(&run->doc->text));
    if (st == SYEV_OK)
        st = syevp_scan_table(run, eng->actors, &actors);
    if (st == SYEV_OK && eng->places)
        st = syevp_scan_table(run, eng->places, &places);
    if (st == SYEV_OK)
        st = S_actor_refs(eng, run, refs, &actors, &supporters);
    if (st == SYEV_OK) {
        /* metonyms kept as actors block their place reading */
        syevp_hits blocked = {NULL, 0, 0};
        for (size_t i = 0; i < actors.n && st == SYEV_OK; i++) {
            const syevp_actor_entry *e = &eng->lex->actors[actors.v[i].entry];
            if (!e->code[0] && !syevp_pool_grow(run->scratch, (void **)&blocked.v, &blocked.cap,
                                                 blocked.n + 1, sizeof *blocked.v))
                st = syevp_fail(run->err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory");
            else if (!e->code[0])
                blocked.v[blocked.n++] = actors.v[i];
        }
        if (st == SYEV_OK)
            st = S_place_refs(eng, run, refs, &places, &blocked);
        S_hits_free(run, &blocked);
    }
    S_hits_free(run, &actors);
    S_hits_free(run, &places);
    S_hits_free(run, &supporters);
    return st;
}

void syevp_doc_refs_release(syevp_doc_refs *refs, const syev_allocator *a)
{
    (void)a; /* the lists live in the run's scratch arena */
    memset(refs, 0, sizeof *refs);
}

/* ------------------------------------------------------------------ */
/* Context of weak triggers                                            */
/* ------------------------------------------------------------------ */

/* Could "\b" MILITARY_WORDS "\b" (or GROUND_WORDS) match in s[b, e)?  A
 * match opens with a whole run of letters [a-z] (\b before it, no letter
 * after it), cut at e: when no such run is in the set, the text holds
 * none.  (A byte beyond ASCII next to a run can only make \b fail.) */
static bool S_words_may(const word_set *words, const char *s, size_t b, size_t e)
{
    if (words->any)
        return true;
    for (size_t p = b; p < e; p++) {
        if (s[p] < 'a' || s[p] > 'z')
            continue;
        size_t end = p;
        const unsigned bit = S_word_bit(s, p, e, &end);
        if (words->bits[bit / 8] & (1u << bit % 8))
            return true;
        p = end; /* s[end] is no letter, or the end */
    }
    return false;
}

/* For tests (test_events.c): do the tests in C of the military words and
 * of the ground words agree with their patterns on `text` (folded)?  It may let the pattern be
 * tried where it fails, never skip a match. */
int syevp_military_agrees(const syevp_actor_engine *eng, const char *text)
{
    const size_t len = strlen(text);
    pcre2_match_data *md = pcre2_match_data_create(4, NULL);
    if (!md)
        return -1;
    const int rc = pcre2_match(eng->military, (PCRE2_SPTR)text, len, 0, 0, md, NULL);
    const int ground = pcre2_match(eng->ground, (PCRE2_SPTR)text, len, 0, 0, md, NULL);
    pcre2_match_data_free(md);
    if ((rc < 0 && rc != PCRE2_ERROR_NOMATCH) || (ground < 0 && ground != PCRE2_ERROR_NOMATCH))
        return -1;
    return (rc < 0 || S_words_may(&eng->military_words, text, 0, len)) &&
           (ground < 0 || S_words_may(&eng->ground_words, text, 0, len));
}

int syevp_military_sentence(const syevp_actor_engine *eng, const syevp_run *run,
                            const syevp_doc_refs *refs, size_t si)
{
    for (size_t i = S_first_ref_of(&refs->actors, si);
         i < refs->actors.n && refs->actors.v[i].sentence == si; i++)
        if (refs->actors.v[i].flags & SYEVP_REF_ARMED)
            return 1;
    const syevp_sentence *s = &run->doc->sentences[si];
    if (!S_words_may(&eng->military_words, run->doc->text.fold, s->begin, s->end))
        return 0;
    return syevp_find(run, eng->military, s->begin, s->end, NULL, NULL);
}

int syevp_ground_near(const syevp_actor_engine *eng, const syevp_run *run,
                      const syevp_doc_refs *refs, size_t tb, size_t te)
{
    size_t si = syevp_sentence_of(run->doc, tb);
    const syevp_sentence *s = &run->doc->sentences[si];
    size_t end = te + 60 < s->end ? te + 60 : s->end;
    const char *semi = memchr(run->doc->text.fold + te, ';', end - te);
    end = semi ? (size_t)(semi - run->doc->text.fold) : end;
    /* places of the sentence around the trigger (up to 30 bytes before it;
     * no place name is longer than 60) */
    size_t from = tb > s->begin + 90 ? tb - 90 : s->begin;
    for (size_t i = S_first_ref_after(&refs->places, from);
         i < refs->places.n && refs->places.v[i].begin < end; i++) {
        const syevp_ref *r = &refs->places.v[i];
        if (r->sentence == si &&
            ((r->begin >= te && r->begin < end) || (r->end <= tb && r->end + 30 >= tb)))
            return 1;
    }
    /* "reprise par le regime", "prise a l'EI": who took it or lost it */
    for (size_t i = S_first_ref_after(&refs->actors, te > 0 ? te - 1 : 0);
         i < refs->actors.n && refs->actors.v[i].begin <= te + 12; i++) {
        const syevp_ref *r = &refs->actors.v[i];
        if ((r->flags & SYEVP_REF_ARMED) && r->begin >= te)
            return 1;
    }
    if (!S_words_may(&eng->ground_words, run->doc->text.fold, te, end))
        return 0;
    return syevp_find(run, eng->ground, te, end, NULL, NULL);
}
