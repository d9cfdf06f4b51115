// cplusplus.cpp — the public header compiles as C++ and its functions link
// and behave from C++ (extern "C", no C-only constructs in the header, the
// SYEV_OPTIONS_INIT initializer valid in C++).
//
// It checks what the API promises, not what the extraction finds.
#include <syriaevents.h>

#include <cstdio>
#include <cstring>

static int failures = 0;

#define CHECK(cond)                                                            \
    do {                                                                       \
        if (!(cond)) {                                                         \
            std::fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__,        \
                         __LINE__, #cond);                                     \
            failures++;                                                        \
        }                                                                      \
    } while (0)

static void check_versions()
{
    CHECK(syev_version() == SYEV_VERSION);
    CHECK(std::strcmp(syev_version_string(), SYEV_VERSION_STRING) == 0);
    CHECK(SYEV_VERSION == ((SYEV_VERSION_MAJOR << 16) | (SYEV_VERSION_MINOR << 8) |
                           SYEV_VERSION_PATCH));
}

static void check_names()
{
    CHECK(syev_strerror(SYEV_OK) != nullptr);
    CHECK(syev_strerror(SYEV_ERR_NOMEM) != nullptr);
    CHECK(std::strcmp(syev_event_type_name(SYEV_EVENT_CEASEFIRE), "ceasefire") == 0);
    CHECK(std::strcmp(syev_factuality_name(SYEV_FACT_PLANNED), "planned") == 0);
    CHECK(std::strcmp(syev_anchor_name(SYEV_ANCHOR_INHERITED), "inherited") == 0);
    CHECK(std::strcmp(syev_granularity_name(SYEV_GRAN_MONTH), "month") == 0);
    CHECK(syev_mod_name(SYEV_MOD_NONE) == nullptr);
    CHECK(std::strcmp(syev_mod_name(SYEV_MOD_MID), "MID") == 0);
}

static void check_null_safety()
{
    syev_free(nullptr);
    syev_doc_free(nullptr);
    syev_extractor_free(nullptr);
    syev_timeline_free(nullptr);
    CHECK(syev_doc_mention_count(nullptr) == 0);
    CHECK(syev_doc_timex(nullptr, 0) == nullptr);
    CHECK(syev_timeline_count(nullptr) == 0);
}

static void check_date_parse()
{
    syev_date d;
    syev_error err;
    CHECK(syev_date_parse("2016-02", &d, &err) == SYEV_OK);
    CHECK(std::strcmp(d.begin, "2016-02-01") == 0);
    CHECK(std::strcmp(d.end, "2016-02-29") == 0); // a leap year
    CHECK(d.granularity == SYEV_GRAN_MONTH);
    CHECK(syev_date_parse("2016-13-01", &d, &err) == SYEV_ERR_DATE);
    CHECK(err.code == SYEV_ERR_DATE && err.message[0] != '\0');
}

static void check_extraction(const syev_extractor *ex)
{
    // A sentence written for this test.
    static const char text[] =
        "Les pourparlers entre le gouvernement et l'opposition reprendront lundi.";
    syev_error err;
    syev_doc *doc = nullptr;
    syev_status st = syev_extract(ex, text, std::strlen(text), "cpp-1", "2016-12-27", &doc, &err);
    CHECK(st == SYEV_OK);
    if (st != SYEV_OK) {
        std::fprintf(stderr, "syev_extract: %s\n", err.message);
        return;
    }
    CHECK(std::strcmp(syev_doc_id(doc), "cpp-1") == 0);
    size_t len = 0;
    CHECK(syev_doc_text(doc, &len) != nullptr && len == std::strlen(text));
    syev_dct_source source = SYEV_DCT_NONE;
    const syev_date *dct = syev_doc_dct(doc, &source);
    CHECK(dct != nullptr && std::strcmp(dct->value, "2016-12-27") == 0);
    CHECK(source == SYEV_DCT_CALLER);
    CHECK(syev_doc_sentence_count(doc) >= 1);
    for (size_t i = 0; i < syev_doc_mention_count(doc); i++) {
        const syev_mention *m = syev_doc_mention(doc, i);
        CHECK(m->trigger.begin < m->trigger.end && m->trigger.end <= len);
    }

    syev_timeline *tl = nullptr;
    CHECK(syev_timeline_new(0, nullptr, &tl, &err) == SYEV_OK);
    CHECK(syev_timeline_add(tl, doc, &err) == SYEV_OK);
    syev_doc_free(doc); // the timeline copied what it needs
    CHECK(syev_timeline_document_count(tl) == 1);
    char *json = nullptr;
    CHECK(syev_timeline_to_json(tl, &json, &err) == SYEV_OK);
    CHECK(json != nullptr && json[0] == '{' && std::strstr(json, "\"schema\"") != nullptr);
    syev_free(json);
    syev_timeline_free(tl);
}

int main()
{
    check_versions();
    check_names();
    check_null_safety();
    check_date_parse();

    syev_options opts = SYEV_OPTIONS_INIT;
    CHECK(opts.version == SYEV_OPTIONS_VERSION);
    syev_error err;
    syev_extractor *ex = nullptr;
    CHECK(syev_extractor_new(&opts, &ex, &err) == SYEV_OK);
    if (ex)
        check_extraction(ex);
    else
        std::fprintf(stderr, "syev_extractor_new: %s\n", err.message);
    syev_extractor_free(ex);

    opts.version = 999; // an unknown options version is refused
    CHECK(syev_extractor_new(&opts, &ex, &err) == SYEV_ERR_INVALID_OPTS && ex == nullptr);

    if (failures)
        std::fprintf(stderr, "%d check(s) failed\n", failures);
    else
        std::printf("PASS: syriaevents.h compiles and works from C++\n");
    return failures ? 1 : 0;
}
