/* The floor of the import's SQLite work: the rows an import stored (reports, policies, failure
 * details), inserted again into a fresh database with the same schema, pragmas, statements (bound
 * without copying) and transaction size as stsdesk-cli import, and nothing else. CPU of the
 * inserts and of the final checkpoint, per report.
 * Usage: sqlite_floor IMPORTED.sqlite FRESH.sqlite
 * Environment: SKIP=NAME leaves out the index NAME (what one index costs), NOFK=1 turns foreign
 * keys off, CHECKPOINT=1 checkpoints inline as SQLite does by default (the import copies the log
 * on a thread of its own, and its CPU counts all the same). */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

static double cpu(void)
{
    struct rusage u;
    getrusage(RUSAGE_SELF, &u);
    return u.ru_utime.tv_sec + u.ru_utime.tv_usec / 1e6 + u.ru_stime.tv_sec +
           u.ru_stime.tv_usec / 1e6;
}

typedef struct
{
    int n;
    sqlite3_value **v;
} Row;

static Row *load(sqlite3 *db, const char *sql, int *count)
{
    sqlite3_stmt *s;
    if (sqlite3_prepare_v2(db, sql, -1, &s, 0) != SQLITE_OK) {
        fprintf(stderr, "%s: %s\n", sql, sqlite3_errmsg(db));
        exit(1);
    }
    int cap = 1024, n = 0;
    Row *rows = malloc(cap * sizeof(Row));
    while (sqlite3_step(s) == SQLITE_ROW) {
        if (n == cap)
            rows = realloc(rows, (cap *= 2) * sizeof(Row));
        rows[n].n = sqlite3_column_count(s);
        rows[n].v = malloc(rows[n].n * sizeof(sqlite3_value *));
        for (int i = 0; i < rows[n].n; i++)
            rows[n].v[i] = sqlite3_value_dup(sqlite3_column_value(s, i));
        n++;
    }
    sqlite3_finalize(s);
    *count = n;
    return rows;
}

/* As the import binds: texts and blobs by pointer (SQLITE_STATIC). */
static void bind(sqlite3_stmt *s, int column, sqlite3_value *v)
{
    switch (sqlite3_value_type(v)) {
    case SQLITE_TEXT:
        sqlite3_bind_text(s, column, (const char *)sqlite3_value_text(v), sqlite3_value_bytes(v),
                          SQLITE_STATIC);
        break;
    case SQLITE_BLOB:
        sqlite3_bind_blob(s, column, sqlite3_value_blob(v), sqlite3_value_bytes(v), SQLITE_STATIC);
        break;
    default:
        sqlite3_bind_value(s, column, v);
    }
}

static void step(sqlite3 *db, sqlite3_stmt *s)
{
    if (sqlite3_step(s) != SQLITE_DONE) {
        fprintf(stderr, "insert: %s\n", sqlite3_errmsg(db));
        exit(1);
    }
    sqlite3_reset(s);
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: sqlite_floor IMPORTED.sqlite FRESH.sqlite\n");
        return 2;
    }
    sqlite3 *src;
    sqlite3_open_v2(argv[1], &src, SQLITE_OPEN_READONLY, 0);
    int nr, np, nf, ns;
    Row *rep =
        load(src,
             "SELECT id, organization, sender, report_id, start_at, end_at, contact_info, "
             "warnings, origin, raw, imported_at, content_sha256 FROM tlsrpt_reports ORDER BY id",
             &nr);
    Row *pol = load(
        src,
        "SELECT id, report_id, engagement_id, day, sender, policy_type, policy_domain, "
        "policy_strings, mx_hosts, success_count, failure_count FROM tlsrpt_policies ORDER BY id",
        &np);
    Row *fai = load(
        src,
        "SELECT policy_id, engagement_id, day, sender, policy_type, policy_domain, result_type, "
        "sending_ip, receiving_mx, receiving_helo, receiving_ip, failed_count, "
        "additional_information, failure_reason_code FROM tlsrpt_failures ORDER BY policy_id, id",
        &nf);
    Row *schema =
        load(src,
             "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
             "ORDER BY rowid",
             &ns);
    sqlite3_close(src);

    sqlite3 *db;
    sqlite3_open(argv[2], &db);
    /* Database.cpp and Importer::begin(). */
    sqlite3_exec(
        db,
        "PRAGMA page_size = 16384; PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; "
        "PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -8192",
        0, 0, 0);
    if (getenv("NOFK"))
        sqlite3_exec(db, "PRAGMA foreign_keys = OFF", 0, 0, 0);
    if (!getenv("CHECKPOINT"))
        sqlite3_wal_autocheckpoint(db, 0);
    const char *skip = getenv("SKIP");
    for (int i = 0; i < ns; i++) {
        const char *sql = (const char *)sqlite3_value_text(schema[i].v[0]);
        if (skip && *skip && strstr(sql, "CREATE INDEX") && strstr(sql, skip))
            continue;
        sqlite3_exec(db, sql, 0, 0, 0);
    }
    /* SqliteReportWriter's statements. */
    sqlite3_stmt *r, *p, *f;
    sqlite3_prepare_v3(
        db,
        "INSERT INTO tlsrpt_reports (organization, sender, report_id, start_at, end_at, "
        "contact_info, warnings, origin, raw, imported_at, content_sha256) VALUES "
        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (organization, report_id) DO NOTHING",
        -1, SQLITE_PREPARE_PERSISTENT, &r, 0);
    sqlite3_prepare_v3(
        db,
        "INSERT INTO tlsrpt_policies (report_id, engagement_id, day, sender, policy_type, "
        "policy_domain, policy_strings, mx_hosts, success_count, failure_count) VALUES "
        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        -1, SQLITE_PREPARE_PERSISTENT, &p, 0);
    sqlite3_prepare_v3(
        db,
        "INSERT INTO tlsrpt_failures (policy_id, engagement_id, day, sender, policy_type, "
        "policy_domain, result_type, sending_ip, receiving_mx, receiving_helo, receiving_ip, "
        "failed_count, additional_information, failure_reason_code) VALUES "
        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        -1, SQLITE_PREPARE_PERSISTENT, &f, 0);

    const double start = cpu();
    int pi = 0, fi = 0;
    sqlite3_exec(db, "BEGIN", 0, 0, 0);
    for (int i = 0; i < nr; i++) {
        for (int c = 1; c < rep[i].n; c++)
            bind(r, c, rep[i].v[c]);
        step(db, r);
        const sqlite3_int64 report = sqlite3_last_insert_rowid(db);
        for (; pi < np && sqlite3_value_int64(pol[pi].v[1]) == sqlite3_value_int64(rep[i].v[0]);
             pi++) {
            sqlite3_bind_int64(p, 1, report);
            for (int c = 2; c < pol[pi].n; c++)
                bind(p, c, pol[pi].v[c]);
            step(db, p);
            const sqlite3_int64 policy = sqlite3_last_insert_rowid(db);
            for (;
                 fi < nf && sqlite3_value_int64(fai[fi].v[0]) == sqlite3_value_int64(pol[pi].v[0]);
                 fi++) {
                sqlite3_bind_int64(f, 1, policy);
                for (int c = 1; c < fai[fi].n; c++)
                    bind(f, c + 1, fai[fi].v[c]);
                step(db, f);
            }
        }
        if ((i + 1) % 8192 == 0) /* ImportOptions::filesPerBatch */
            sqlite3_exec(db, "COMMIT; BEGIN", 0, 0, 0);
    }
    sqlite3_exec(db, "COMMIT", 0, 0, 0);
    const double inserted = cpu();
    sqlite3_finalize(r);
    sqlite3_finalize(p);
    sqlite3_finalize(f);
    sqlite3_close(db); /* the last connection copies the log into the database */
    const double closed = cpu();
    printf("sqlite floor: %d reports, %d policies, %d failure details: inserts %.2f us/report, "
           "checkpoint %.2f us/report, together %.2f us/report\n",
           nr, np, nf, (inserted - start) / nr * 1e6, (closed - inserted) / nr * 1e6,
           (closed - start) / nr * 1e6);
    return 0;
}
