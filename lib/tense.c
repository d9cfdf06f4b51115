/* tense.c — the tense of the verb that governs a position, without a tagger.
 *
 * French marks tense on a closed set of auxiliaries (avoir, etre, aller,
 * devoir, pouvoir) and on a few endings (-era/-eront future, -erait
 * conditional, -ait imparfait, -erent passe simple).  The sentence around
 * the position is cut into word and punctuation tokens, every finite verb
 * group is recognised from those tables, and the group nearest to the
 * position wins, clause boundaries counting as extra distance.
 */
#include <string.h>

#include "syev_private.h"
#include "timex_private.h"

#define MAX_TOKENS 192
#define WINDOW_BEFORE 480 /* bytes of the sentence looked at before pos */
#define WINDOW_AFTER 320

typedef struct tok {
    size_t b, e;
    char punct; /* the punctuation character, 0 for a word */
} tok;

typedef struct sent {
    const syevp_text *t; /* may be NULL */
    const char *s;       /* folded text */
    tok *tk;
    size_t n, cap;
} sent;

/* ------------------------------------------------------------------ */
/* Word tables ('|'-separated, folded)                                 */
/* ------------------------------------------------------------------ */

static const char AVOIR_PRESENT[] = "|ai|as|avons|avez|ont|";
static const char AVOIR_IMPARFAIT[] = "|avais|avait|avions|aviez|avaient|";
static const char AVOIR_FUTURE[] = "|aurai|auras|aura|aurons|aurez|auront|";
static const char AVOIR_COND[] = "|aurais|aurait|aurions|auriez|auraient|";
static const char ETRE_PRESENT[] = "|suis|est|sommes|etes|sont|";
static const char ETRE_IMPARFAIT[] = "|etais|etait|etions|etiez|etaient|";
static const char ETRE_FUTURE[] = "|serai|seras|sera|serons|serez|seront|";
static const char ETRE_COND[] = "|serais|serait|serions|seriez|seraient|";
static const char ALLER_PRESENT[] = "|vais|vas|va|allons|allez|vont|";
static const char ALLER_IMPARFAIT[] = "|allait|allaient|";
static const char DEVOIR_PRESENT[] = "|dois|doit|devons|devez|doivent|";
static const char DEVOIR_IMPARFAIT[] = "|devait|devaient|";
static const char PASSE_SIMPLE[] =
    "|fut|furent|eut|eurent|fit|firent|vint|vinrent|prit|prirent|dit|mit|mirent|";
static const char MODAL_COND[] =
    "|devrait|devraient|pourrait|pourraient|faudrait|voudrait|voudraient|saurait|"
    "devrais|pourrais|";
static const char MODAL_FUTURE[] = "|devra|devront|pourra|pourront|faudra|voudra|";

/* Present forms frequent in news copy, recognised without a subject. */
static const char PRESENT_FORMS[] =
    "|fait|font|disent|vient|viennent|tient|tiennent|peut|peuvent|veut|veulent|faut|"
    "affirme|affirment|indique|indiquent|precise|precisent|estime|estiment|rapporte|"
    "rapportent|annonce|annoncent|souligne|soulignent|declare|declarent|assure|assurent|"
    "ajoute|ajoutent|explique|expliquent|espere|esperent|appelle|appellent|accuse|"
    "accusent|continue|continuent|reste|restent|demeure|demeurent|semble|semblent|"
    "compte|comptent|detient|detiennent|controle|controlent|mene|menent|menace|menacent|"
    "poursuit|poursuivent|negocie|negocient|discute|discutent|reclame|reclament|"
    "souhaite|souhaitent|refuse|refusent|craint|craignent|attend|attendent|prevoit|"
    "prevoient|encercle|encerclent|assiege|assiegent|tente|tentent|cherche|cherchent|"
    "concerne|concernent|vise|visent|subit|subissent|reunit|reunissent|ouvre|ouvrent|"
    "trouve|trouvent|agit|constate|constatent|confirme|confirment|rappelle|"
    "rappellent|s'ouvre|juge|jugent|dementent|dement|critique|critiquent|exige|exigent|";

/* Past participles of the verbs conjugated with etre (and a few more). */
static const char ETRE_PARTICIPLES[] =
    "|entre|entree|entres|entrees|arrive|arrivee|arrives|arrivees|parti|partie|partis|"
    "parties|venu|venue|venus|venues|revenu|revenue|revenus|parvenu|parvenue|parvenus|"
    "intervenu|intervenue|intervenus|survenu|survenue|survenus|devenu|devenue|devenus|"
    "mort|morte|morts|mortes|tombe|tombee|tombes|tombees|reste|restee|restes|restees|"
    "passe|passee|passes|passees|retourne|retournee|retournes|rentre|rentree|rentres|"
    "sorti|sortie|sortis|sorties|ne|nee|nes|decede|decedee|decedes|monte|montee|montes|"
    "descendu|descendue|descendus|apparu|apparue|apparus|reparti|repartie|repartis|"
    "retombe|retombee|retombes|";

static const char IRREGULAR_PARTICIPLES[] =
    "|eu|ete|fait|faits|faite|faites|dit|dite|dits|dites|pris|prise|prises|mis|mise|"
    "mises|ecrit|ecrite|mort|morte|morts|ne|vu|vue|vus|su|pu|du|voulu|ouvert|ouverte|"
    "offert|offerte|couvert|couverte|soumis|permis|repris|reprise|compris|detruit|"
    "detruite|detruits|conduit|conduite|produit|construit|craint|atteint|atteinte|"
    "rejoint|rejointe|peint|joint|promis|admis|commis|transmis|emis|acquis|conquis|"
    "conquise|requis|appris|surpris|entrepris|interdit|reduit|traduit|introduit|"
    "mort|assis|";

/* Words that end like participles but are not (or follow a preposition). */
static const char NOT_PARTICIPLES[] =
    "|le|la|de|ce|que|se|ne|me|te|je|une|elle|elles|cette|notre|votre|quelque|chaque|"
    "entre|contre|comme|lieu|peu|feu|jeu|dieu|milieu|moscou|ou|qui|lui|oui|ici|ni|si|"
    "ainsi|aussi|depuis|puis|hui|parmi|lundi|mardi|mercredi|jeudi|vendredi|samedi|midi|"
    "apres-midi|nuit|huit|petit|droit|conflit|bruit|fruit|circuit|profit|credit|"
    "esprit|minuit|point|saint|vert|desert|concert|expert|transfert|pays|paris|fois|"
    "sous|plus|tous|nous|vous|us|bus|geneve|palmyre|vienne|kobane|rome|sotchi|"
    "zabadani|peine|propos|cause|travers|partir|nouveau|proximite|condition|savoir|"
    "hauteur|terme|titre|rythme|huis|quelques|autre|autres|plusieurs|toute|toutes|"
    "meme|mi|fin|debut|ville|frontiere|table|grande|suite|tete|usage|hauteur|"
    "syrie|turquie|russie|jordanie|arabie|idlib|alep|damas|homs|mossoul|deraa|"
    "hama|raqqa|astana|ankara|teheran|beyrouth|amman|riyad|";

/* Adverbs and clitics that may stand between an auxiliary and its verb. */
static const char SKIPPABLE[] =
    "|pas|plus|jamais|deja|encore|egalement|aussi|bien|toujours|notamment|ensuite|d|"
    "ailleurs|ainsi|meme|enfin|finalement|alors|donc|pourtant|cependant|toutefois|t|"
    "il|elle|ils|elles|on|y|en|rien|guere|point|tout|tous|souvent|longtemps|beaucoup|"
    "peu|parfois|recemment|effectivement|probablement|certainement|vraisemblablement|"
    "sans|doute|visiblement|apparemment|clairement|officiellement|formellement|"
    "fermement|se|s|le|la|les|l|lui|leur|nous|vous|me|m|te|ne|n|particulierement|"
    "aujourd|hui|desormais|maintenant|rapidement|progressivement|totalement|"
    "completement|largement|partiellement|directement|indirectement|vite|mieux|"
    "moins|tres|trop|assez|";

static const char SUBJECT_CLITICS[] = "|il|elle|ils|elles|on|qui|je|nous|vous|";
static const char OBJECT_CLITICS[] = "|ne|n|se|s|le|la|les|l|lui|leur|y|en|me|m|te|";
static const char CLAUSE_WORDS[] =
    "|que|qu|qui|dont|lorsque|lorsqu|quand|si|mais|tandis|car|puisque|afin|selon|";

/* Endings of the conditional and future that also end some imperfects or
 * nouns: the exceptions are listed. */
static const char NOT_CONDITIONAL[] =
    "|retrait|portrait|trait|extrait|attrait|abstrait|distrait|soustrait|esperait|"
    "esperaient|considerait|consideraient|operait|operaient|gerait|liberait|tolerait|"
    "preferait|cooperait|deliberait|generait|moderait|acceleraient|exagerait|"
    "legiferait|reiterait|desirait|";
static const char NOT_FUTURE[] =
    "|front|affront|camera|opera|cholera|lira|mira|hydra|sandra|alexandra|kandra|"
    "ankara|sahara|zahra|samarra|";
static const char NOT_IMPARFAIT[] =
    "|fait|lait|sait|plait|souhait|portrait|retrait|extrait|trait|attrait|bienfait|"
    "forfait|parfait|satisfait|imparfait|abstrait|distrait|refait|defait|minerai|";
static const char NOT_PASSE_SIMPLE[] =
    "|different|coherent|adherent|inherent|referent|";

/* Stems of the verbs that announce, decide or agree on a date: a past form
 * of these may govern a date still to come ("a convoque ... le 7 mars"). */
static const char *const ANNOUNCE_STEMS[] = {
    "annonc", "convoqu", "conven", "convien", "fix", "decid", "prevu", "prevoi", "program",
    "propos", "accept", "invit", "appel", "accord", "planifi", "envisag", "promi", "promet",
    "declar", "indiqu", "precis", "dit", "expliqu", "estim", "souhait", "demand", "exig",
    "reclam", "confirm", "affirm", "assur", "arret", "resolu", "vot", "adopt", "entendu",
    "prolong", "report", "repouss", "decret", "ordon", NULL};

/* ------------------------------------------------------------------ */
/* Tokens                                                              */
/* ------------------------------------------------------------------ */

static bool S_word_byte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
}

static void S_tokenize(sent *st, size_t b, size_t e)
{
    const char *s = st->s;
    /* Never start in the middle of a word. */
    while (b > 0 && b < e && S_word_byte((unsigned char)s[b]) &&
           S_word_byte((unsigned char)s[b - 1]))
        b++;
    st->n = 0;
    size_t i = b;
    while (i < e && st->n < st->cap) {
        unsigned char c = (unsigned char)s[i];
        if (S_word_byte(c)) {
            size_t j = i;
            while (j < e && S_word_byte((unsigned char)s[j]))
                j++;
            st->tk[st->n++] = (tok){i, j, 0};
            i = j;
        } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            i++;
        } else {
            st->tk[st->n++] = (tok){i, i + 1, (char)c};
            i++;
        }
    }
}

static size_t S_len(const sent *st, size_t i)
{
    return st->tk[i].e - st->tk[i].b;
}

static bool S_in(const sent *st, size_t i, const char *list)
{
    if (i >= st->n || st->tk[i].punct)
        return false;
    size_t n = S_len(st, i);
    char needle[40];
    if (n + 3 > sizeof needle)
        return false;
    needle[0] = '|';
    memcpy(needle + 1, st->s + st->tk[i].b, n);
    needle[n + 1] = '|';
    needle[n + 2] = '\0';
    return strstr(list, needle) != NULL;
}

static bool S_is(const sent *st, size_t i, const char *w)
{
    return i < st->n && !st->tk[i].punct && S_len(st, i) == strlen(w) &&
           memcmp(st->s + st->tk[i].b, w, S_len(st, i)) == 0;
}

static bool S_ends(const sent *st, size_t i, const char *suffix)
{
    size_t n = S_len(st, i), k = strlen(suffix);
    return i < st->n && !st->tk[i].punct && n > k &&
           memcmp(st->s + st->tk[i].e - k, suffix, k) == 0;
}

static bool S_ends_any(const sent *st, size_t i, const char *const *suffixes)
{
    for (; *suffixes; suffixes++)
        if (S_ends(st, i, *suffixes))
            return true;
    return false;
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

static bool S_is_participle(const sent *st, size_t i)
{
    static const char *const endings[] = {"e", "es", "ee", "ees", "i", "is", "ie", "ies",
                                          "du", "nu", "vu", "tu", "pu", "su", "ru", "lu",
                                          "cu", "bu", "dus", "nus", "vus", "tus", "pus",
                                          "due", "nue", "vue", "tue", "pue", "dues", "nues",
                                          "it", "ite", "its", "ites", "int", "inte", "ert",
                                          "erte", NULL};
    if (i >= st->n || st->tk[i].punct || S_in(st, i, NOT_PARTICIPLES))
        return false;
    if (S_in(st, i, IRREGULAR_PARTICIPLES) || S_in(st, i, ETRE_PARTICIPLES))
        return true;
    return S_len(st, i) >= 3 && S_ends_any(st, i, endings) && !S_ends(st, i, "ois");
}

static bool S_is_infinitive(const sent *st, size_t i)
{
    static const char *const endings[] = {"er", "ir", "re", "oir", NULL};
    static const char NOT_INF[] = "|leur|hier|entre|contre|notre|votre|autre|pire|sur|"
                                  "pour|par|hiver|cancer|leader|quartier|premier|dernier|"
                                  "plusieurs|ailleurs|";
    return i < st->n && !st->tk[i].punct && S_len(st, i) >= 3 && S_ends_any(st, i, endings) &&
           !S_in(st, i, NOT_INF);
}

/* A past participle used as an adjective right before a date ("une treve
 * instauree fin decembre", "un accord conclu lundi"): only the endings that
 * neither a present tense nor a plural noun ("les forces", "les parties")
 * can have. */
static bool S_is_bare_participle(const sent *st, size_t i)
{
    static const char *const endings[] = {"ee", "ees", "u", "ue", "us", "ues", NULL};
    return S_is_participle(st, i) && S_len(st, i) >= 4 &&
           (S_ends_any(st, i, endings) || S_in(st, i, IRREGULAR_PARTICIPLES)) &&
           !S_in(st, i, PRESENT_FORMS);
}

static bool S_is_announce(const sent *st, size_t i)
{
    if (i >= st->n || st->tk[i].punct)
        return false;
    for (const char *const *p = ANNOUNCE_STEMS; *p; p++) {
        size_t k = strlen(*p);
        if (S_len(st, i) >= k && memcmp(st->s + st->tk[i].b, *p, k) == 0)
            return true;
    }
    return false;
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

static bool S_subject_before(const sent *st, size_t i)
{
    size_t k = i;
    while (k > 0 && (S_in(st, k - 1, OBJECT_CLITICS) || st->tk[k - 1].punct == '\''))
        k--;
    return k > 0 && S_in(st, k - 1, SUBJECT_CLITICS);
}

/* Tense from the ending alone; UNKNOWN when the ending says nothing. */
static syevp_tense S_tense_from_ending(const sent *st, size_t i)
{
    static const char *const cond[] = {"erait", "eraient", "irait", "iraient", "drait",
                                       "draient", "rrait", "rraient", "ttrait", "ttraient",
                                       NULL};
    static const char *const fut[] = {"eront", "iront", "dront", "rront", "vront", "tront",
                                      "era", "ira", "dra", "rra", "ttra", NULL};
    static const char *const ps[] = {"erent", "irent", "urent", NULL};
    static const char *const impf[] = {"ait", "aient", NULL};
    if (S_in(st, i, MODAL_COND))
        return SYEVP_TENSE_CONDITIONAL;
    if (S_in(st, i, MODAL_FUTURE))
        return SYEVP_TENSE_FUTURE;
    if (S_ends_any(st, i, cond) && !S_in(st, i, NOT_CONDITIONAL) && !S_ends(st, i, "tirait") &&
        !S_ends(st, i, "pirait") && !S_ends(st, i, "mirait"))
        return SYEVP_TENSE_CONDITIONAL;
    if (S_len(st, i) >= 4 && S_ends_any(st, i, fut) && !S_in(st, i, NOT_FUTURE))
        return SYEVP_TENSE_FUTURE;
    if (S_in(st, i, PASSE_SIMPLE) || (S_ends_any(st, i, ps) && !S_in(st, i, NOT_PASSE_SIMPLE)))
        return SYEVP_TENSE_PAST;
    if (S_len(st, i) >= 5 && S_ends_any(st, i, impf) && !S_in(st, i, NOT_IMPARFAIT))
        return SYEVP_TENSE_PAST;
    return SYEVP_TENSE_UNKNOWN;
}

/* ------------------------------------------------------------------ */
/* Verb groups                                                         */
/* ------------------------------------------------------------------ */

/* Sets *v for an auxiliary of avoir at token i; false when it is none. */
static bool S_avoir(const sent *st, size_t i, syevp_verb *v)
{
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
    bool aller = S_in(st, i, ALLER_PRESENT) || S_in(st, i, ALLER_IMPARFAIT);
    bool devoir = S_in(st, i, DEVOIR_PRESENT) || S_in(st, i, DEVOIR_IMPARFAIT);
    if (!aller && !devoir)
        return false;
    if (S_infinitive_follows(st, i))
        v->tense = SYEVP_TENSE_FUTURE;
    else if (S_in(st, i, ALLER_IMPARFAIT) || S_in(st, i, DEVOIR_IMPARFAIT))
        v->tense = SYEVP_TENSE_PAST;
    else
        v->tense = SYEVP_TENSE_PRESENT;
    return true;
}

static bool S_verb_at(const sent *st, size_t i, syevp_verb *v)
{
    memset(v, 0, sizeof *v);
    v->begin = st->tk[i].b;
    v->end = st->tk[i].e;
    if (st->tk[i].punct)
        return false;
    if (S_avoir(st, i, v) || S_etre(st, i, v) || S_periphrastic(st, i, v))
        return true;
    v->tense = S_tense_from_ending(st, i);
    v->announce = S_is_announce(st, i);
    if (v->tense != SYEVP_TENSE_UNKNOWN)
        return true;
    if (S_in(st, i, PRESENT_FORMS)) {
        v->tense = SYEVP_TENSE_PRESENT;
        return true;
    }
    if (S_subject_before(st, i) && !S_in(st, i, OBJECT_CLITICS) &&
        !S_in(st, i, SUBJECT_CLITICS) && S_len(st, i) >= 2) {
        v->tense = SYEVP_TENSE_PRESENT;
        return true;
    }
    return false;
}

/* ------------------------------------------------------------------ */
/* The governing verb                                                  */
/* ------------------------------------------------------------------ */

/* The verb group starting at token *i, if any; *i moves past it.  A past
 * participle without auxiliary is returned as a bare one. */
static bool S_next_verb(const sent *st, size_t *i, syevp_verb *v)
{
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

/* Extra distance for crossing a token on the way between verb and pos. */
static unsigned S_boundary_cost(const sent *st, size_t k)
{
    switch (st->tk[k].punct) {
    case ',':
        return 3;
    case ';': case ':': case '(': case ')': case '"': case '.': case '!': case '?':
        return 8;
    case 0:
        return S_in(st, k, CLAUSE_WORDS) ? 8 : 0;
    default:
        return 0;
    }
}

/* Distance over the tokens of [b, e). */
static unsigned S_gap_cost(const syevp_text *t, const char *fold, size_t b, size_t e)
{
    tok tk[MAX_TOKENS];
    sent st = {t, fold, tk, 0, MAX_TOKENS};
    S_tokenize(&st, b, e);
    unsigned cost = st.n == MAX_TOKENS ? 1000u : 0u;
    for (size_t k = 0; k < st.n; k++)
        cost += 1 + S_boundary_cost(&st, k);
    return cost;
}

static bool S_only_blanks(const char *s, size_t b, size_t e)
{
    for (size_t i = b; i < e; i++)
        if (s[i] != ' ' && s[i] != '\t')
            return false;
    return true;
}

/* The verb of `verbs` (in text order) nearest to pos in the sentence; the
 * one before the date is the usual order and wins ties. */
static bool S_pick(const syevp_text *t, const char *fold, const syevp_verb *verbs, size_t n,
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
    unsigned best = ~0u;
    for (size_t i = a; i < n && verbs[i].begin < hi; i++) {
        const syevp_verb *v = &verbs[i];
        if (v->begin < lo || v->end > hi || (v->begin <= pos && pos < v->end))
            continue;
        unsigned c;
        if (v->bare)
            c = v->end <= pos && S_only_blanks(fold, v->end, pos) ? 0u : ~0u;
        else if (v->end <= pos)
            c = S_gap_cost(t, fold, v->end, pos);
        else
            c = S_gap_cost(t, fold, pos, v->begin) + 1;
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
    syevp_verb verbs[MAX_TOKENS];
    sent st = {t, fold, tk, 0, MAX_TOKENS};
    size_t b = pos > sent_begin + WINDOW_BEFORE ? pos - WINDOW_BEFORE : sent_begin;
    size_t e = pos + WINDOW_AFTER < sent_end ? pos + WINDOW_AFTER : sent_end;
    S_tokenize(&st, b, e);
    size_t n = 0;
    for (size_t i = 0; i < st.n;)
        if (S_next_verb(&st, &i, &verbs[n]))
            n++;
    return S_pick(t, fold, verbs, n, sent_begin, sent_end, pos, out);
}

#define INDEX_TOKENS 4096 /* tokens per chunk of the text */
#define INDEX_MARGIN 16   /* tokens of context kept on each side of a chunk */

static bool S_append_verb(const syev_allocator *a, syevp_verb **out, size_t *count, size_t *cap,
                          const syevp_verb *v)
{
    if (!syevp_grow(a, (void **)out, cap, *count + 1, sizeof **out))
        return false;
    (*out)[(*count)++] = *v;
    return true;
}

/* The verb groups of [b, e): the text is cut into chunks of tokens that
 * overlap by a margin, so that every verb group sees the words around it and
 * memory stays bounded. */
static syev_status S_index_range(const syevp_text *t, const syev_allocator *a, size_t b, size_t e,
                                 syevp_verb **out, size_t *count)
{
    *out = NULL;
    *count = 0;
    const size_t tokens = e - b < INDEX_TOKENS ? e - b + 1 : INDEX_TOKENS;
    sent st = {t, t->fold, NULL, 0, tokens};
    st.tk = syevp_malloc(a, tokens * sizeof *st.tk);
    if (!st.tk)
        return SYEV_ERR_NOMEM;
    size_t cap = 0, chunk = b, from = b; /* from: first byte not yet classified */
    bool ok = true;
    while (ok && from < e) {
        S_tokenize(&st, chunk, e);
        const bool last = st.n < tokens;
        const size_t stop = last ? st.n : st.n - INDEX_MARGIN;
        size_t i = 0;
        while (i < st.n && st.tk[i].b < from)
            i++;
        while (ok && i < stop) {
            syevp_verb v;
            if (S_next_verb(&st, &i, &v))
                ok = S_append_verb(a, out, count, &cap, &v);
        }
        if (last || i >= st.n)
            break;
        from = st.tk[i].b;
        chunk = st.tk[i > INDEX_MARGIN ? i - INDEX_MARGIN : 0].b;
    }
    syevp_free(a, st.tk);
    if (!ok) {
        syevp_free(a, *out);
        *out = NULL;
        *count = 0;
        return SYEV_ERR_NOMEM;
    }
    return SYEV_OK;
}

syev_status syevp_verbs_index(const syevp_text *t, const syev_allocator *a, syevp_verb **out,
                              size_t *count)
{
    return S_index_range(t, a, 0, t->fold_len, out, count);
}

/* A punctuation token that no verb group spans (only apostrophes and
 * hyphens stand inside one, between an auxiliary and its participle): the
 * walk of S_next_verb over the whole text always stops on it, so a walk
 * started there finds the same verb groups. */
static bool S_is_sync_byte(unsigned char c)
{
    return !S_word_byte(c) && c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\'' &&
           c != '-';
}

syev_status syevp_tense_near(const syevp_text *t, const syev_allocator *a, size_t sent_begin,
                             size_t sent_end, size_t pos, syevp_verb *out)
{
    memset(out, 0, sizeof *out);
    const char *s = t->fold;
    const size_t lo = pos > sent_begin + WINDOW_BEFORE ? pos - WINDOW_BEFORE : sent_begin;
    const size_t hi = pos + WINDOW_AFTER < sent_end ? pos + WINDOW_AFTER : sent_end;
    /* From the last sync point at or before lo to the first one at or after
     * hi: every verb group of the window, seen with all the words that
     * classify it (they never reach past a sync point). */
    size_t b = lo;
    while (b > 0 && (b >= t->fold_len || !S_is_sync_byte((unsigned char)s[b])))
        b--;
    size_t e = hi;
    while (e < t->fold_len && !S_is_sync_byte((unsigned char)s[e]))
        e++;
    e = e < t->fold_len ? e + 1 : t->fold_len;
    syevp_verb *verbs;
    size_t n;
    if (S_index_range(t, a, b, e, &verbs, &n) != SYEV_OK)
        return SYEV_ERR_NOMEM;
    S_pick(t, s, verbs, n, sent_begin, sent_end, pos, out);
    syevp_free(a, verbs);
    return SYEV_OK;
}

bool syevp_tense_lookup(const syevp_text *t, const syevp_verb *verbs, size_t count,
                        size_t sent_begin, size_t sent_end, size_t pos, syevp_verb *out)
{
    memset(out, 0, sizeof *out);
    return S_pick(t, t->fold, verbs, count, sent_begin, sent_end, pos, out);
}

syevp_tense syevp_tense_at(const char *fold, size_t sent_begin, size_t sent_end, size_t pos)
{
    syevp_verb v;
    syevp_tense_probe(NULL, fold, sent_begin, sent_end, pos, &v);
    return v.tense;
}
