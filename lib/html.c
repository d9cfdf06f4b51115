/* html.c — the timeline drawn as one self-contained HTML page: inline CSS,
 * an inline SVG time axis with one lane per event type, a list of the
 * events with their evidence, and a few lines of inline script.  Nothing is
 * loaded from anywhere: no URL, no font, no image, no external script.
 *
 * Drawing: a mark per entry at the middle of its date interval (a bar shows
 * intervals longer than a day), its radius grows with the number of
 * documents reporting it; planned/possible events are hollow, negated ones
 * hollow, grey and dashed.  Hovering a mark shows its SVG <title> (date,
 * factuality, place, actors, source, evidence); clicking it opens the
 * event's evidence in the list below the drawing. */
#include <stdio.h>
#include <string.h>

#include "json_private.h"

/* ------------------------------------------------------------------ */
/* Geometry and colours                                                */
/* ------------------------------------------------------------------ */

#define LANES 3
#define LABEL_W 110.0
#define PLOT_W 860.0
#define UNDATED_GAP 20.0
#define UNDATED_W 150.0
#define TOP_H 70.0   /* legend */
#define AXIS_H 40.0
#define MAX_ROWS 8   /* further marks at one place overlap in the last row */
#define ROW_GAP 8.0
#define LANE_PAD 12.0
#define R_MIN 6.0
#define R_MAX 18.0
#define UNDATED_STEP 26.0

static const char *const LANE_COLOUR[LANES] = {"#1b9e77", "#3366cc", "#d62728"};
static const char *const LANE_LABEL[LANES] = {"Cessez-le-feu", "Pourparlers", "Combats"};
static const char *const NEGATED_COLOUR = "#888888";

typedef struct S_layout {
    const syev_timeline *tl;
    bool any_dated, any_undated;
    int32_t first, last;          /* days shown on the axis */
    double plot_x0, plot_x1;      /* dated marks */
    double undated_x0;            /* column of undated marks */
    double lane_y[LANES], lane_h[LANES];
    double row_h[LANES];          /* the lane's biggest mark plus a gap */
    double width, height;
    unsigned char *row;           /* per entry: row in its lane */
    size_t *undated_rank;         /* per entry: rank among its lane's undated */
} S_layout;

static int32_t S_day(const char *iso)
{
    return syevp_parse_day(iso);
}

static bool S_entry_dated(const syev_entry *e)
{
    return S_day(e->date.begin) != SYEVP_NO_DAY && S_day(e->date.end) != SYEVP_NO_DAY;
}

static double S_radius(const syev_entry *e)
{
    double r = R_MIN; /* + 4 per doubling of the documents: 1, 2, 4, 8+ */
    for (size_t d = e->document_count; d > 1 && r < R_MAX; d >>= 1)
        r += 4.0;
    return r;
}

static double S_x_of_day(const S_layout *L, double day)
{
    double span = (double)L->last - L->first + 1.0;
    return L->plot_x0 + (day - L->first) / span * (L->plot_x1 - L->plot_x0);
}

static double S_mark_x(const S_layout *L, const syev_entry *e, size_t i)
{
    if (!S_entry_dated(e)) {
        size_t per_row = (size_t)(UNDATED_W / UNDATED_STEP);
        return L->undated_x0 + R_MAX + (double)(L->undated_rank[i] % per_row) * UNDATED_STEP;
    }
    /* The middle of [begin, end + 1) in day units. */
    return S_x_of_day(L, ((double)S_day(e->date.begin) + S_day(e->date.end) + 1.0) / 2.0);
}

static double S_mark_y(const S_layout *L, const syev_entry *e, size_t i)
{
    return L->lane_y[e->type] + LANE_PAD + L->row_h[e->type] * (L->row[i] + 0.5);
}

/* ------------------------------------------------------------------ */
/* Layout                                                              */
/* ------------------------------------------------------------------ */

static void S_day_range(S_layout *L)
{
    size_t n = syev_timeline_count(L->tl);
    for (size_t i = 0; i < n; i++) {
        const syev_entry *e = syev_timeline_entry(L->tl, i);
        if (!S_entry_dated(e)) {
            L->any_undated = true;
            continue;
        }
        int32_t b = S_day(e->date.begin), d = S_day(e->date.end);
        if (!L->any_dated || b < L->first)
            L->first = b;
        if (!L->any_dated || d > L->last)
            L->last = d;
        L->any_dated = true;
    }
    if (!L->any_dated) { /* an empty axis still needs a range */
        L->first = syevp_days_from_civil(2011, 3, 15);
        L->last = L->first + 30;
    }
    /* A little room on both sides so edge marks are not cut. */
    int32_t pad = (L->last - L->first) / 40 + 2;
    L->first -= pad;
    L->last += pad;
}

/* Greedy rows: the first row whose last mark ends left of this one. */
static void S_assign_rows(S_layout *L)
{
    double right[LANES][MAX_ROWS];
    size_t undated_seen[LANES] = {0};
    for (int l = 0; l < LANES; l++)
        for (int r = 0; r < MAX_ROWS; r++)
            right[l][r] = -1e9;
    size_t n = syev_timeline_count(L->tl);
    for (size_t i = 0; i < n; i++) {
        const syev_entry *e = syev_timeline_entry(L->tl, i);
        int lane = (int)e->type;
        if (!S_entry_dated(e)) {
            size_t per_row = (size_t)(UNDATED_W / UNDATED_STEP);
            L->undated_rank[i] = undated_seen[lane]++;
            size_t row = L->undated_rank[i] / per_row;
            L->row[i] = (unsigned char)(row < MAX_ROWS ? row : MAX_ROWS - 1);
            continue;
        }
        double x = S_mark_x(L, e, i), r = S_radius(e);
        int best = 0;
        for (int k = 0; k < MAX_ROWS; k++) {
            if (right[lane][k] + 2.0 < x - r) {
                best = k;
                break;
            }
            if (right[lane][k] < right[lane][best])
                best = k;
        }
        L->row[i] = (unsigned char)best;
        right[lane][best] = x + r;
    }
}

static void S_lane_heights(S_layout *L)
{
    int rows[LANES] = {1, 1, 1};
    double max_r[LANES] = {R_MIN, R_MIN, R_MIN};
    size_t n = syev_timeline_count(L->tl);
    for (size_t i = 0; i < n; i++) {
        const syev_entry *e = syev_timeline_entry(L->tl, i);
        int lane = (int)e->type;
        if (L->row[i] + 1 > rows[lane])
            rows[lane] = L->row[i] + 1;
        if (S_radius(e) > max_r[lane])
            max_r[lane] = S_radius(e);
    }
    double y = TOP_H;
    for (int l = 0; l < LANES; l++) {
        L->row_h[l] = 2 * max_r[l] + ROW_GAP;
        L->lane_y[l] = y;
        L->lane_h[l] = rows[l] * L->row_h[l] + 2 * LANE_PAD;
        if (L->lane_h[l] < 2 * R_MAX + 2 * LANE_PAD) /* room for the label */
            L->lane_h[l] = 2 * R_MAX + 2 * LANE_PAD;
        y += L->lane_h[l];
    }
    L->height = y + AXIS_H;
}

static bool S_layout_init(S_layout *L, const syev_timeline *tl, const syev_allocator *a)
{
    memset(L, 0, sizeof *L);
    L->tl = tl;
    size_t n = syev_timeline_count(tl);
    L->row = syevp_calloc(a, n ? n : 1, sizeof *L->row);
    L->undated_rank = syevp_calloc(a, n ? n : 1, sizeof *L->undated_rank);
    if (!L->row || !L->undated_rank)
        return false;
    S_day_range(L);
    L->plot_x0 = LABEL_W + R_MAX;
    L->plot_x1 = LABEL_W + PLOT_W - R_MAX;
    L->undated_x0 = LABEL_W + PLOT_W + UNDATED_GAP;
    L->width = L->any_undated ? L->undated_x0 + UNDATED_W : LABEL_W + PLOT_W + UNDATED_GAP;
    S_assign_rows(L);
    S_lane_heights(L);
    return true;
}

static void S_layout_release(S_layout *L, const syev_allocator *a)
{
    syevp_free(a, L->row);
    syevp_free(a, L->undated_rank);
}

/* ------------------------------------------------------------------ */
/* Escaping                                                            */
/* ------------------------------------------------------------------ */

/* Escapes text for HTML/SVG content and attribute values.  A '/' after ':'
 * or '/' is written as an entity so that text quoting an address never puts
 * a URL in the page's markup (the page must load nothing). */
static void S_esc(syevp_buf *b, const char *s, size_t n)
{
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        const char *rep = NULL;
        switch (s[i]) {
        case '&': rep = "&amp;"; break;
        case '<': rep = "&lt;"; break;
        case '>': rep = "&gt;"; break;
        case '"': rep = "&quot;"; break;
        case '\'': rep = "&#39;"; break;
        case '/': rep = i && (s[i - 1] == ':' || s[i - 1] == '/') ? "&#47;" : NULL; break;
        default: break;
        }
        if (!rep)
            continue;
        syevp_buf_putn(b, s + run, i - run);
        syevp_buf_puts(b, rep);
        run = i + 1;
    }
    syevp_buf_putn(b, s + run, n - run);
}

static void S_esc_str(syevp_buf *b, const char *s)
{
    if (s)
        S_esc(b, s, strlen(s));
}

/* Length of at most `max` bytes of s, cut at a UTF-8 character boundary. */
static size_t S_utf8_cut(const char *s, size_t max)
{
    size_t n = strlen(s);
    if (n <= max)
        return n;
    while (max > 0 && ((unsigned char)s[max] & 0xC0) == 0x80)
        max--;
    return max;
}

/* ------------------------------------------------------------------ */
/* Page pieces                                                         */
/* ------------------------------------------------------------------ */

static const char S_css[] =
    "body{font-family:sans-serif;margin:16px;color:#222;background:#fff}"
    "h1{font-size:20px;margin:0 0 8px}h2{font-size:16px;margin:20px 0 8px}"
    "svg text{font-family:sans-serif;font-size:12px;fill:#333}"
    ".lane-bg{fill:#f6f6f6}.lane-bg.odd{fill:#ececec}"
    ".tick{stroke:#bbb;stroke-width:1}.axis{stroke:#555;stroke-width:1}"
    ".mark{cursor:pointer}.mark:hover circle,.mark:focus circle{stroke:#000;stroke-width:3}"
    "details{border-left:4px solid #ccc;margin:4px 0;padding:2px 8px}"
    "details:target{background:#fff6d5}"
    "details.ceasefire{border-color:#1b9e77}details.talks{border-color:#3366cc}"
    "details.battle{border-color:#d62728}"
    "summary{cursor:pointer}li{margin:3px 0}.doc{color:#666;font-size:12px}"
    "mark{background:#ffe58a}";

/* When a mark is clicked (a fragment link), open that event's evidence. */
static const char S_script[] =
    "<script>"
    "function syevOpen(){var e=document.getElementById(location.hash.slice(1));"
    "if(e&&e.tagName==='DETAILS'){e.open=true;}}"
    "window.addEventListener('hashchange',syevOpen);syevOpen();"
    "</script>";

static void S_head(syevp_buf *b, const syev_timeline *tl)
{
    syevp_buf_puts(b, "<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">"
                      "<meta name=\"viewport\" content=\"width=device-width\">"
                      "<title>Chronologie - syriaevents</title><style>");
    syevp_buf_puts(b, S_css);
    syevp_buf_printf(b,
                     "</style></head><body><h1>Chronologie : %zu \xc3\xa9v\xc3\xa9nements, "
                     "%zu documents</h1>\n",
                     syev_timeline_count(tl), syev_timeline_document_count(tl));
}

static void S_circle_style(syevp_buf *b, syev_event_type type, syev_factuality f)
{
    const char *c = LANE_COLOUR[type];
    switch (f) {
    case SYEV_FACT_PLANNED:
    case SYEV_FACT_POSSIBLE:
        syevp_buf_printf(b, " fill=\"#ffffff\" stroke=\"%s\" stroke-width=\"2.5\"", c);
        break;
    case SYEV_FACT_NEGATED:
        syevp_buf_printf(b, " fill=\"#ffffff\" stroke=\"%s\" stroke-width=\"2\" "
                            "stroke-dasharray=\"3 2\"", NEGATED_COLOUR);
        break;
    default:
        syevp_buf_printf(b, " fill=\"%s\" stroke=\"#ffffff\" stroke-width=\"1\"", c);
        break;
    }
}

static void S_legend(syevp_buf *b)
{
    double x = LABEL_W;
    for (int l = 0; l < LANES; l++, x += 150) {
        syevp_buf_printf(b, "<circle cx=\"%.1f\" cy=\"20\" r=\"7\"", x + 8);
        S_circle_style(b, (syev_event_type)l, SYEV_FACT_ASSERTED);
        syevp_buf_printf(b, "/><text x=\"%.1f\" y=\"24\">%s</text>", x + 20, LANE_LABEL[l]);
    }
    syevp_buf_printf(b, "<circle cx=\"%.1f\" cy=\"20\" r=\"7\"", x + 8);
    S_circle_style(b, SYEV_EVENT_TALKS, SYEV_FACT_PLANNED);
    syevp_buf_printf(b, "/><text x=\"%.1f\" y=\"24\">pr\xc3\xa9vu / possible</text>", x + 20);
    x += 150;
    syevp_buf_printf(b, "<circle cx=\"%.1f\" cy=\"20\" r=\"7\"", x + 8);
    S_circle_style(b, SYEV_EVENT_TALKS, SYEV_FACT_NEGATED);
    syevp_buf_printf(b, "/><text x=\"%.1f\" y=\"24\">d\xc3\xa9menti</text>", x + 20);
    syevp_buf_printf(b, "<text x=\"%.1f\" y=\"52\">taille des marques : nombre de "
                        "sources (1, 2, 4, 8+ documents)</text>", LABEL_W);
}

static void S_lanes(syevp_buf *b, const S_layout *L)
{
    for (int l = 0; l < LANES; l++) {
        syevp_buf_printf(b,
                         "<rect class=\"lane-bg%s\" x=\"0\" y=\"%.1f\" width=\"%.0f\" "
                         "height=\"%.1f\"/><text x=\"8\" y=\"%.1f\">%s</text>",
                         l % 2 ? " odd" : "", L->lane_y[l], L->width, L->lane_h[l],
                         L->lane_y[l] + LANE_PAD + L->row_h[l] / 2 + 4, LANE_LABEL[l]);
    }
    if (L->any_undated)
        syevp_buf_printf(b, "<text x=\"%.1f\" y=\"%.1f\">sans date</text>", L->undated_x0,
                         L->height - AXIS_H + 28);
}

/* Tick step in months (0: weekly ticks) for a span of `days`. */
static int S_tick_months(int32_t days)
{
    if (days <= 70)
        return 0;
    static const int steps[] = {1, 2, 3, 6, 12, 24, 60};
    for (size_t i = 0; i < sizeof steps / sizeof *steps; i++)
        if (days / (30 * steps[i]) <= 12)
            return steps[i];
    return 120;
}

static void S_tick(syevp_buf *b, const S_layout *L, int32_t day, const char *label)
{
    double x = S_x_of_day(L, day), y0 = TOP_H, y1 = L->height - AXIS_H;
    syevp_buf_printf(b, "<line class=\"tick\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>",
                     x, y0, x, y1 + 5);
    syevp_buf_printf(b, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>", x,
                     y1 + 20, label);
}

static void S_axis(syevp_buf *b, const S_layout *L)
{
    double y = L->height - AXIS_H;
    syevp_buf_printf(b, "<line class=\"axis\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>",
                     LABEL_W, y, LABEL_W + PLOT_W, y);
    int step = S_tick_months(L->last - L->first);
    int yy, mm, dd;
    char label[16];
    syevp_civil_from_days(L->first, &yy, &mm, &dd);
    if (step == 0) { /* Mondays; the year on the first one and at each new year */
        int shown_year = -1;
        for (int32_t d = L->first + (8 - syevp_weekday(L->first)) % 7; d <= L->last; d += 7) {
            syevp_civil_from_days(d, &yy, &mm, &dd);
            if (yy != shown_year)
                snprintf(label, sizeof label, "%02d/%02d/%04d", dd, mm, yy);
            else
                snprintf(label, sizeof label, "%02d/%02d", dd, mm);
            shown_year = yy;
            S_tick(b, L, d, label);
        }
        return;
    }
    /* Month starts after the first day (k counts months from January of yy,
     * so k = mm is the next month); years for steps of a year or more. */
    for (int k = mm;; k++) {
        int y2 = yy + k / 12, m2 = k % 12 + 1;
        if (((y2 * 12 + m2 - 1) % step) != 0)
            continue;
        int32_t d = syevp_days_from_civil(y2, m2, 1);
        if (d > L->last)
            break;
        if (step >= 12)
            snprintf(label, sizeof label, "%04d", y2);
        else
            snprintf(label, sizeof label, "%04d-%02d", y2, m2);
        S_tick(b, L, d, label);
    }
}

/* The hover text: what, when, where, who, how sure, and the evidence. */
static void S_title(syevp_buf *b, const syev_entry *e)
{
    syevp_buf_puts(b, "<title>");
    S_esc_str(b, syev_event_type_name(e->type));
    syevp_buf_puts(b, " \xc2\xb7 ");
    S_esc_str(b, e->date.value[0] ? e->date.value : "sans date");
    if (e->date_text) {
        syevp_buf_puts(b, " (");
        S_esc_str(b, e->date_text);
        syevp_buf_putc(b, ')');
    }
    syevp_buf_puts(b, " \xc2\xb7 ");
    S_esc_str(b, syev_factuality_name(e->factuality));
    if (e->location) {
        syevp_buf_puts(b, "\nlieu : ");
        S_esc_str(b, e->location->name);
    }
    for (size_t i = 0; i < e->actor_count; i++) {
        syevp_buf_puts(b, i ? ", " : "\nacteurs : ");
        S_esc_str(b, e->actors[i].code);
    }
    syevp_buf_printf(b, "\nsources : %zu document%s", e->document_count,
                     e->document_count > 1 ? "s" : "");
    if (e->source) {
        syevp_buf_puts(b, " (");
        S_esc_str(b, e->source);
        syevp_buf_putc(b, ')');
    }
    const size_t shown = e->mention_count < 6 ? e->mention_count : 6;
    for (size_t i = 0; i < shown; i++) {
        const syev_entry_mention *m = e->mentions[i];
        syevp_buf_puts(b, "\n\xe2\x80\x94 [");
        S_esc_str(b, m->doc);
        syevp_buf_puts(b, "] ");
        if (m->text) {
            size_t n = S_utf8_cut(m->text, 220);
            S_esc(b, m->text, n);
            if (n < strlen(m->text))
                syevp_buf_puts(b, "\xe2\x80\xa6");
        }
    }
    if (shown < e->mention_count)
        syevp_buf_printf(b, "\n(+%zu autres mentions)", e->mention_count - shown);
    syevp_buf_puts(b, "</title>");
}

static void S_mark(syevp_buf *b, const S_layout *L, const syev_entry *e, size_t i)
{
    double x = S_mark_x(L, e, i), y = S_mark_y(L, e, i), r = S_radius(e);
    syevp_buf_printf(b, "<a href=\"#e%zu\" class=\"mark\">", i);
    if (S_entry_dated(e) && strcmp(e->date.begin, e->date.end) != 0) {
        double x0 = S_x_of_day(L, S_day(e->date.begin));
        double x1 = S_x_of_day(L, S_day(e->date.end) + 1.0);
        syevp_buf_printf(b,
                         "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"6\" rx=\"3\" "
                         "fill=\"%s\" fill-opacity=\"0.35\"/>",
                         x0, y - 3, x1 - x0 > 1 ? x1 - x0 : 1, LANE_COLOUR[e->type]);
    }
    syevp_buf_printf(b, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\"", x, y, r);
    S_circle_style(b, e->type, e->factuality);
    syevp_buf_puts(b, ">");
    S_title(b, e);
    syevp_buf_puts(b, "</circle></a>\n");
}

static void S_svg(syevp_buf *b, const S_layout *L)
{
    syevp_buf_printf(b,
                     "<svg class=\"timeline\" width=\"%.0f\" height=\"%.0f\" "
                     "viewBox=\"0 0 %.0f %.0f\" role=\"img\" "
                     "aria-label=\"Chronologie des \xc3\xa9v\xc3\xa9nements\">\n",
                     L->width, L->height, L->width, L->height);
    S_legend(b);
    S_lanes(b, L);
    S_axis(b, L);
    size_t n = syev_timeline_count(L->tl);
    for (size_t i = 0; i < n; i++)
        S_mark(b, L, syev_timeline_entry(L->tl, i), i);
    syevp_buf_puts(b, "</svg>\n");
}

/* ------------------------------------------------------------------ */
/* The evidence list                                                   */
/* ------------------------------------------------------------------ */

static bool S_inside_char(const char *s, size_t i)
{
    return ((unsigned char)s[i] & 0xC0) == 0x80;
}

/* The sentence with its trigger highlighted. */
static void S_sentence(syevp_buf *b, const syev_entry_mention *m)
{
    if (!m->text)
        return;
    size_t n = strlen(m->text);
    size_t tb = m->trigger.begin - m->sentence.begin, te = m->trigger.end - m->sentence.begin;
    /* Spans read back from JSON lines may not fit the text: highlight only
     * when both ends fall on character boundaries inside it. */
    if (m->trigger.begin < m->sentence.begin || te > n || tb > te || S_inside_char(m->text, tb) ||
        S_inside_char(m->text, te)) {
        S_esc(b, m->text, n);
        return;
    }
    S_esc(b, m->text, tb);
    syevp_buf_puts(b, "<mark>");
    S_esc(b, m->text + tb, te - tb);
    syevp_buf_puts(b, "</mark>");
    S_esc(b, m->text + te, n - te);
}

static void S_summary(syevp_buf *b, const syev_entry *e)
{
    syevp_buf_puts(b, "<summary><b>");
    S_esc_str(b, e->date.value[0] ? e->date.value : "sans date");
    syevp_buf_puts(b, "</b> \xc2\xb7 ");
    S_esc_str(b, syev_event_type_name(e->type));
    syevp_buf_puts(b, " \xc2\xb7 ");
    S_esc_str(b, syev_factuality_name(e->factuality));
    if (e->location) {
        syevp_buf_puts(b, " \xc2\xb7 ");
        S_esc_str(b, e->location->name);
    }
    for (size_t i = 0; i < e->actor_count; i++) {
        syevp_buf_puts(b, i ? ", " : " \xc2\xb7 ");
        S_esc_str(b, e->actors[i].code);
    }
    syevp_buf_printf(b, " \xc2\xb7 %zu source%s", e->document_count,
                     e->document_count > 1 ? "s" : "");
    if (e->source) {
        syevp_buf_puts(b, " (");
        S_esc_str(b, e->source);
        syevp_buf_putc(b, ')');
    }
    syevp_buf_puts(b, "</summary>");
}

static void S_details(syevp_buf *b, const syev_entry *e, size_t i)
{
    syevp_buf_printf(b, "<details id=\"e%zu\" class=\"%s\">", i, syev_event_type_name(e->type));
    S_summary(b, e);
    syevp_buf_puts(b, "<ul>");
    for (size_t k = 0; k < e->mention_count; k++) {
        const syev_entry_mention *m = e->mentions[k];
        syevp_buf_puts(b, "<li><span class=\"doc\">[");
        S_esc_str(b, m->doc);
        syevp_buf_printf(b, " %zu\xe2\x80\x93%zu]</span> ", m->sentence.begin, m->sentence.end);
        S_sentence(b, m);
        syevp_buf_puts(b, "</li>");
    }
    syevp_buf_puts(b, "</ul></details>\n");
}

syev_status syev_timeline_to_html(syev_timeline *tl, char **out, syev_error *err)
{
    if (err) {
        memset(err, 0, sizeof *err);
        err->offset = SIZE_MAX;
    }
    if (!out)
        return syevp_fail(err, SYEV_ERR_INVALID_ARG, SIZE_MAX, 0, "out must not be NULL");
    *out = NULL;
    if (!tl)
        return syevp_fail(err, SYEV_ERR_INVALID_ARG, SIZE_MAX, 0, "timeline must not be NULL");
    const syev_allocator *a = syevp_timeline_allocator(tl);
    S_layout L;
    syevp_buf b;
    syevp_buf_init(&b, a);
    if (!S_layout_init(&L, tl, a))
        b.failed = true;
    else {
        S_head(&b, tl);
        S_svg(&b, &L);
        syevp_buf_puts(&b, "<h2>\xc3\x89v\xc3\xa9nements et t\xc3\xa9moignages</h2>\n");
        for (size_t i = 0; i < syev_timeline_count(tl); i++)
            S_details(&b, syev_timeline_entry(tl, i), i);
        syevp_buf_puts(&b, S_script);
        syevp_buf_puts(&b, "</body></html>\n");
    }
    S_layout_release(&L, a);
    return syevp_buf_finish(&b, out, err);
}
