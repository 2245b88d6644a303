/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-store-evaluation.c: storing, loading and re-running evaluations of periods, with
 * their cached indicator values; the explanation of one supplier's grade. */
#define G_LOG_DOMAIN "tiers-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <inttypes.h>
#include <math.h>

#include "tiers-store-evaluation.h"
#include "tiers-store-periods.h"
#include "tiers-json.h"
#include "tiers-store-audit.h"
#include "tiers-store-plans.h"
#include "tiers-store-private.h"
#include "tiers-store-review.h"

/* Grading reads megabytes (a period's index range, a cached evaluation): mapped pages spare
 * a system call and a copy per page. And a what-if is a process of a few milliseconds: when
 * the last connection closes, SQLite deletes the write-ahead log and its index file, which
 * the next process creates again, costing the file system more than the what-if's own reads.
 * Kept, the log is emptied instead (journal_size_limit 0). Connection settings, harmless to
 * repeat. */
static void
prepare_connection (TiersStore *store)
{
  int persist = 1;

  sqlite3_exec (store->db, TIERS_STORE_GRADING_MMAP "; PRAGMA journal_size_limit = 0",
                NULL, NULL, NULL);
  sqlite3_file_control (store->db, "main", SQLITE_FCNTL_PERSIST_WAL, &persist);
}

TiersScheme *
tiers_store_load_scheme_version (TiersStore *store,
                                 gint64      version,
                                 GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GError) local_error = NULL;
  TiersScheme *scheme;

  g_return_val_if_fail (store != NULL, NULL);

  stmt = tiers_store_prepare (store, "SELECT content FROM scheme_version WHERE id = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, version);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_NOT_FOUND,
                   _("The database holds no scheme version %" PRId64), version);
      return NULL;
    }
  scheme = tiers_scheme_load_from_data ((const char *) sqlite3_column_text (stmt, 0), -1,
                                        &local_error);
  if (scheme == NULL)
    g_set_error (error, TIERS_ERROR, TIERS_ERROR_DATABASE,
                 _("The stored grading scheme is damaged: %s"), local_error->message);
  return scheme;
}

/* A view of a BLOB column, valid until the statement steps again or is finalized: the
 * cached values are read once, so copying megabytes first would only cost time. */
static GBytes *
column_bytes (sqlite3_stmt *stmt,
              int           column)
{
  return g_bytes_new_static (sqlite3_column_blob (stmt, column),
                             (gsize) sqlite3_column_bytes (stmt, column));
}

/* The period's stored evaluation row. Each caller names only the columns it reads: SQLite
 * copies every selected BLOB when it steps onto the row. */
static sqlite3_stmt *
find_evaluation (TiersStore        *store,
                 const char        *sql,
                 const TiersPeriod *period,
                 gboolean          *found,
                 GError           **error)
{
  g_autofree char *name = tiers_period_to_string (period);
  sqlite3_stmt *stmt = tiers_store_prepare (store, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  *found = rc == SQLITE_ROW;
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      tiers_store_set_error (store, error);
      g_clear_pointer (&stmt, sqlite3_finalize);
    }
  return stmt;
}

static gboolean
read_blob (gpointer  source,
           void     *buffer,
           gsize     offset,
           gsize     n)
{
  return n <= G_MAXINT && offset <= G_MAXINT &&
         sqlite3_blob_read (source, buffer, (int) n, (int) offset) == SQLITE_OK;
}

/* The cached indicators of PERIOD, or NULL (no error) when there are none that still fit.
 * Read in place through a small window: selecting the column would have SQLite copy the
 * megabyte first. */
static TiersIndicatorSet *
load_cached_indicators (TiersStore        *store,
                        const TiersPeriod *period,
                        const TiersScheme *scheme,
                        const char        *mark,
                        GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(TiersIndicatorSet) set = NULL;
  sqlite3_blob *blob = NULL;
  gboolean found;

  stmt = find_evaluation (store, "SELECT data_mark, id FROM evaluation WHERE period = ?",
                          period, &found, error);
  if (stmt == NULL || !found || g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), mark))
    return NULL;
  /* A damaged cache is no reason to refuse: the data it came from is still there. */
  if (sqlite3_blob_open (store->db, "main", "evaluation", "indicators",
                         sqlite3_column_int64 (stmt, 1), 0, &blob) == SQLITE_OK)
    set = tiers_indicator_set_read (period, read_blob, blob,
                                    (gsize) sqlite3_blob_bytes (blob), NULL);
  sqlite3_blob_close (blob);
  if (set == NULL || !tiers_indicator_set_fits (set, scheme))
    return NULL;
  return g_steal_pointer (&set);
}

static TiersIndicatorSet *
cached_or_fresh (TiersStore        *store,
                 const TiersPeriod *period,
                 const TiersScheme *scheme,
                 const char        *mark,
                 GError           **error)
{
  GError *local_error = NULL;
  TiersIndicatorSet *set = load_cached_indicators (store, period, scheme, mark, &local_error);

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }
  if (set != NULL)
    return set;
  return tiers_store_compute_indicators (store, period, scheme->grace_days,
                                         scheme->quantity_tolerance, error);
}

TiersIndicatorSet *
tiers_store_load_indicators (TiersStore        *store,
                             const TiersPeriod *period,
                             const TiersScheme *scheme,
                             GError           **error)
{
  g_autofree char *mark = NULL;

  g_return_val_if_fail (store != NULL && period != NULL && scheme != NULL, NULL);

  prepare_connection (store);
  mark = tiers_store_data_mark (store, error);
  return mark ? cached_or_fresh (store, period, scheme, mark, error) : NULL;
}

gboolean
tiers_store_load_previous_record (TiersStore        *store,
                                  const TiersPeriod *period,
                                  GBytes           **record,
                                  GError           **error)
{
  TiersPeriod previous;
  g_autofree char *name = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (store != NULL && period != NULL && record != NULL, FALSE);

  *record = NULL;
  previous = tiers_period_previous (period);
  name = tiers_period_to_string (&previous);
  stmt = tiers_store_prepare (store, "SELECT scores FROM evaluation WHERE period = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return tiers_store_set_error (store, error), FALSE;
  /* A copy: the scores outlive the statement, and they are small (a code and a score each). */
  if (rc == SQLITE_ROW)
    *record = g_bytes_new (sqlite3_column_blob (stmt, 0), (gsize) sqlite3_column_bytes (stmt, 0));
  return TRUE;
}

/* The stored scores of the period before SET's, aligned with its suppliers: the previous
 * scores smoothing blends, and with SCHEME's DowngradeAfter the grades held there (*HELD,
 * NULL otherwise or when HELD is NULL). */
static double *
load_previous (TiersStore              *store,
               const TiersIndicatorSet *set,
               const TiersScheme       *scheme,
               TiersHeldGrade         **held,
               GError                 **error)
{
  g_autoptr(GBytes) scores = NULL;
  g_autofree double *aligned = NULL;

  if (!tiers_store_load_previous_record (store, &set->period, &scores, error))
    return NULL;
  if (scores == NULL)
    {
      aligned = g_new (double, MAX (set->suppliers->len, 1));
      for (guint i = 0; i < set->suppliers->len; i++)
        aligned[i] = NAN;
      return g_steal_pointer (&aligned);
    }
  if ((aligned = tiers_scores_align (scores, set, error)) == NULL)
    return NULL;
  if (held != NULL && scheme != NULL && scheme->downgrade_after > 1 &&
      (*held = tiers_scores_align_held (scores, set, scheme, error)) == NULL)
    return NULL;
  return g_steal_pointer (&aligned);
}

double *
tiers_store_load_previous_scores (TiersStore              *store,
                                  const TiersIndicatorSet *set,
                                  GError                 **error)
{
  g_return_val_if_fail (store != NULL && set != NULL, NULL);

  return load_previous (store, set, NULL, NULL, error);
}

static void
bind_bytes (sqlite3_stmt *stmt,
            int           column,
            GBytes       *bytes)
{
  sqlite3_bind_blob (stmt, column, g_bytes_get_data (bytes, NULL),
                     (int) g_bytes_get_size (bytes), SQLITE_STATIC);
}

/* Replacing an evaluation may free megabytes of cached values. SQLite as Debian builds it
 * zeroes freed pages (secure_delete), which would double the writing; these pages hold
 * nothing more private than what stays in the database, so "fast" clears only b-tree cells.
 * The connection's own setting is put back afterwards. */
static gboolean
step_without_zeroing (TiersStore   *store,
                      sqlite3_stmt *stmt,
                      GError      **error)
{
  g_autoptr(sqlite3_stmt) mode = tiers_store_prepare (store, "PRAGMA secure_delete", NULL);
  g_autofree char *restore = NULL;
  int rc;

  if (mode != NULL && sqlite3_step (mode) == SQLITE_ROW)
    restore = g_strdup_printf ("PRAGMA secure_delete = %d", sqlite3_column_int (mode, 0));
  sqlite3_exec (store->db, "PRAGMA secure_delete = FAST", NULL, NULL, NULL);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    tiers_store_set_error (store, error);
  if (restore != NULL)
    sqlite3_exec (store->db, restore, NULL, NULL, NULL);
  return rc == SQLITE_DONE;
}

/* What the audit trail keeps of a stored evaluation: the scheme version and data it was
 * made from, when, and the hash of its results, against which the stored row can be
 * checked. *STATE: NULL when PERIOD has none. */
static gboolean
read_stored_state (TiersStore  *store,
                   const char  *period,
                   char       **state,
                   char       **results_sha,
                   GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = tiers_store_prepare (store,
      "SELECT scheme_version, data_mark, evaluated_at, results FROM evaluation"
      " WHERE period = ?1", error);
  g_autoptr(TiersJson) json = NULL;
  g_autofree char *sha = NULL;
  int rc;

  *state = NULL;
  if (results_sha != NULL)
    *results_sha = NULL;
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, period, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  if (rc != SQLITE_ROW)
    return tiers_store_set_error (store, error);
  sha = g_compute_checksum_for_data (G_CHECKSUM_SHA256, sqlite3_column_blob (stmt, 3),
                                     sqlite3_column_bytes (stmt, 3));
  json = tiers_json_new ();
  tiers_json_add_int (json, "scheme_version", sqlite3_column_int64 (stmt, 0));
  tiers_json_add_string (json, "data_mark", (const char *) sqlite3_column_text (stmt, 1));
  tiers_json_add_string (json, "evaluated_at", (const char *) sqlite3_column_text (stmt, 2));
  tiers_json_add_string (json, "results_sha256", sha);
  *state = tiers_json_end (g_steal_pointer (&json));
  if (results_sha != NULL)
    *results_sha = g_strdup_printf ("%" G_GINT64_FORMAT ":%s",
                                    (gint64) sqlite3_column_int64 (stmt, 0), sha);
  return TRUE;
}

/* Grades stored again exactly as they were (a later period re-graded after an earlier one,
 * with nothing changed) affect nothing: only a change of results or scheme is recorded.
 * BEFORE_KEY: the stored version and results hash, "VERSION:SHA". */
static gboolean
audit_evaluation (TiersStore            *store,
                  const TiersEvaluation *e,
                  const char            *period,
                  const char            *before,
                  const char            *before_key,
                  const char            *now,
                  const char            *mark,
                  GBytes                *results,
                  GError               **error)
{
  g_autoptr(TiersJson) after = tiers_json_new ();
  g_autofree char *after_text = NULL;
  g_autofree char *object = g_strconcat ("period:", period, NULL);
  g_autofree char *sha = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, results);
  g_autofree char *grades = NULL;
  g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT ":%s", e->scheme_version, sha);
  guint counts[TIERS_GRADE_D + 2] = { 0 };

  if (g_strcmp0 (key, before_key) == 0)
    return TRUE;
  for (guint i = 0; i < e->n_suppliers; i++)
    {
      const TiersSupplierResult *r = &e->suppliers[i];

      counts[r->graded && r->grade >= TIERS_GRADE_A && r->grade <= TIERS_GRADE_D
               ? r->grade : TIERS_GRADE_D + 1]++;
    }
  /* "—" counts the ungraded, when there are any. */
  grades = g_strdup_printf ("A %u, B %u, C %u, D %u", counts[TIERS_GRADE_A],
                            counts[TIERS_GRADE_B], counts[TIERS_GRADE_C],
                            counts[TIERS_GRADE_D]);
  if (counts[TIERS_GRADE_D + 1] > 0)
    {
      g_autofree char *all = g_strdup_printf ("%s, — %u", grades, counts[TIERS_GRADE_D + 1]);

      g_free (grades);
      grades = g_steal_pointer (&all);
    }
  tiers_json_add_int (after, "scheme_version", e->scheme_version);
  tiers_json_add_string (after, "data_mark", mark);
  tiers_json_add_string (after, "evaluated_at", now);
  tiers_json_add_string (after, "results_sha256", sha);
  tiers_json_add_int (after, "suppliers", e->n_suppliers);
  tiers_json_add_string (after, "grades", grades);
  after_text = tiers_json_end (g_steal_pointer (&after));
  return tiers_store_audit_append (store, TIERS_AUDIT_EVALUATION, object, before, after_text,
                                   error);
}

/* Replaces the period's stored evaluation, in place: when the new row is as long as the old
 * one, as it is when the data has not changed, SQLite rewrites only the pages whose bytes
 * differ, so evaluating a period again writes little more than what changed. */
static gboolean
save_evaluation (TiersStore            *store,
                 const TiersEvaluation *e,
                 const char            *mark,
                 GError               **error)
{
  g_autofree char *name = tiers_period_to_string (&e->period);
  g_autofree char *now = tiers_store_now_iso ();
  g_autoptr(GBytes) indicators = tiers_indicator_set_serialize (e->indicators);
  g_autoptr(GBytes) results = tiers_evaluation_serialize_results (e);
  g_autoptr(GBytes) scores = tiers_evaluation_serialize_scores (e);
  g_autoptr(sqlite3_stmt) upsert = NULL;
  g_autofree char *before = NULL;
  g_autofree char *before_key = NULL;
  char first[11], last[11];

  upsert = tiers_store_prepare (store,
      "INSERT INTO evaluation (period, kind, first_day, last_day, scheme_version, "
      "evaluated_at, data_mark, scores, indicators, results) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
      "ON CONFLICT (period) DO UPDATE SET kind = excluded.kind, "
      "first_day = excluded.first_day, last_day = excluded.last_day, "
      "scheme_version = excluded.scheme_version, evaluated_at = excluded.evaluated_at, "
      "data_mark = excluded.data_mark, scores = excluded.scores, "
      "indicators = excluded.indicators, results = excluded.results", error);
  if (upsert == NULL)
    return FALSE;
  tiers_period_bounds_iso (&e->period, first, last);
  sqlite3_bind_text (upsert, 1, name, -1, SQLITE_STATIC);
  sqlite3_bind_int (upsert, 2, e->period.kind);
  sqlite3_bind_text (upsert, 3, first, -1, SQLITE_STATIC);
  sqlite3_bind_text (upsert, 4, last, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (upsert, 5, e->scheme_version);
  sqlite3_bind_text (upsert, 6, now, -1, SQLITE_STATIC);
  sqlite3_bind_text (upsert, 7, mark, -1, SQLITE_STATIC);
  bind_bytes (upsert, 8, scores);
  bind_bytes (upsert, 9, indicators);
  bind_bytes (upsert, 10, results);
  /* Plans due in the period are checked at each of its evaluations, in the same
   * transaction. */
  return read_stored_state (store, name, &before, &before_key, error) &&
         step_without_zeroing (store, upsert, error) &&
         tiers_store_check_plans (store, e, error) &&
         audit_evaluation (store, e, name, before, before_key, now, mark, results, error);
}

static TiersEvaluation *
grade_period (TiersStore        *store,
              TiersIndicatorSet *set,
              const TiersScheme *scheme,
              gint64             version,
              GError           **error)
{
  g_autofree TiersHeldGrade *held = NULL;
  g_autofree double *previous = load_previous (store, set, scheme, &held, error);

  if (previous == NULL)
    return NULL;
  return tiers_evaluation_new_held (set, scheme, version, previous, held);
}

GArray *
tiers_store_list_evaluations (TiersStore     *store,
                              TiersPeriodKind kind,
                              GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) periods = g_array_new (FALSE, FALSE, sizeof (TiersPeriod));
  int rc;

  g_return_val_if_fail (store != NULL, NULL);

  stmt = tiers_store_prepare (store,
      "SELECT period FROM evaluation WHERE kind = ? ORDER BY first_day", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, kind);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TiersPeriod p;

      if (tiers_period_parse ((const char *) sqlite3_column_text (stmt, 0), &p, NULL))
        g_array_append_val (periods, p);
    }
  if (rc != SQLITE_DONE)
    return tiers_store_set_error (store, error), NULL;
  return g_steal_pointer (&periods);
}

gboolean
tiers_store_forget_evaluation (TiersStore        *store,
                               const TiersPeriod *period,
                               gboolean          *forgotten,
                               GError           **error)
{
  g_autofree char *name = NULL;
  g_autofree char *object = NULL;
  g_autofree char *before = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean nested, ok;

  g_return_val_if_fail (store != NULL, FALSE);
  g_return_val_if_fail (period != NULL, FALSE);

  if (!tiers_store_begin_change (store, &nested, error))
    return FALSE;
  name = tiers_period_to_string (period);
  object = g_strconcat ("period:", name, NULL);
  ok = tiers_store_refuse_finalized (store, period, error) &&
       read_stored_state (store, name, &before, NULL, error) &&
       (stmt = tiers_store_prepare (store, "DELETE FROM evaluation WHERE period = ?1",
                                    error)) != NULL;
  if (ok)
    {
      sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
      ok = sqlite3_step (stmt) == SQLITE_DONE || tiers_store_set_error (store, error);
    }
  if (ok && before != NULL)
    ok = tiers_store_audit_append (store, TIERS_AUDIT_EVALUATION_FORGOTTEN, object, before,
                                   NULL, error);
  if (!tiers_store_end_change (store, nested, ok, error))
    return FALSE;
  if (forgotten != NULL)
    *forgotten = before != NULL;
  return TRUE;
}

/* Smoothing blends each period with the one before, so a changed period changes every later
 * one: grade them again, oldest first, with the same scheme. A finalized period keeps its
 * grades; the drafts after it smooth from its frozen scores (docs/grading.md, "Finalizing a
 * period"). */
static gboolean
regrade_later_periods (TiersStore        *store,
                       const TiersPeriod *period,
                       const TiersScheme *scheme,
                       gint64             version,
                       const char        *mark,
                       GError           **error)
{
  g_autoptr(GArray) periods = tiers_store_list_evaluations (store, period->kind, error);

  if (periods == NULL)
    return FALSE;
  for (guint i = 0; i < periods->len; i++)
    {
      const TiersPeriod *later = &g_array_index (periods, TiersPeriod, i);
      g_autoptr(TiersIndicatorSet) set = NULL;
      g_autoptr(TiersEvaluation) e = NULL;

      gboolean finalized = FALSE;

      if (tiers_period_compare (later, period) <= 0)
        continue;
      if (!tiers_store_period_is_finalized (store, later, &finalized, error))
        return FALSE;
      if (finalized)
        continue;
      set = cached_or_fresh (store, later, scheme, mark, error);
      if (set == NULL || (e = grade_period (store, set, scheme, version, error)) == NULL ||
          !save_evaluation (store, e, mark, error))
        return FALSE;
    }
  return TRUE;
}

static TiersEvaluation *
evaluate_and_store (TiersStore        *store,
                    const TiersPeriod *period,
                    const TiersScheme *scheme,
                    gint64             version,
                    GError           **error)
{
  g_autofree char *mark = tiers_store_data_mark (store, error);
  g_autoptr(TiersIndicatorSet) set = NULL;
  g_autoptr(TiersEvaluation) e = NULL;

  if (mark == NULL)
    return NULL;
  /* Values cached under the same data mark and parameters are the very values a fresh pass
   * would compute: re-scoring them spares reading the period's receipts again. */
  set = cached_or_fresh (store, period, scheme, mark, error);
  if (set == NULL || (e = grade_period (store, set, scheme, version, error)) == NULL ||
      !save_evaluation (store, e, mark, error) ||
      !regrade_later_periods (store, period, scheme, version, mark, error))
    return NULL;
  return g_steal_pointer (&e);
}

TiersEvaluation *
tiers_store_evaluate (TiersStore         *store,
                      const TiersPeriod  *period,
                      const TiersScheme  *scheme,
                      TiersEvaluateFlags  flags,
                      GError            **error)
{
  g_autoptr(TiersScheme) current = NULL;
  g_autoptr(TiersIndicatorSet) set = NULL;
  TiersEvaluation *e;
  gint64 version = 0;

  g_return_val_if_fail (store != NULL && period != NULL, NULL);

  prepare_connection (store);
  if (scheme != NULL && !tiers_scheme_validate (scheme, error))
    return NULL;
  /* A finalized period is refused even as a what-if: its grades are settled, and the
   * command line promises to refuse every `evaluate` of it (docs/cli.md). */
  if (flags & TIERS_EVALUATE_DRY_RUN)
    {
      if (!tiers_store_refuse_finalized (store, period, error))
        return NULL;
      if (scheme == NULL && (scheme = current = tiers_store_load_scheme (store, &version,
                                                                         error)) == NULL)
        return NULL;
      set = tiers_store_load_indicators (store, period, scheme, error);
      return set ? grade_period (store, set, scheme, version, error) : NULL;
    }

  if (!tiers_store_begin (store, error))
    return NULL;
  if (!tiers_store_refuse_finalized (store, period, error))
    return tiers_store_rollback (store), NULL;
  if (scheme != NULL)
    {
      if (!tiers_store_save_scheme (store, scheme, NULL, &version, error))
        return tiers_store_rollback (store), NULL;
    }
  else if ((scheme = current = tiers_store_load_scheme (store, &version, error)) == NULL)
    return tiers_store_rollback (store), NULL;

  e = evaluate_and_store (store, period, scheme, version, error);
  if (e == NULL || !tiers_store_commit (store, error))
    {
      tiers_store_rollback (store);
      g_clear_pointer (&e, tiers_evaluation_free);
    }
  else
    tiers_store_write_back_in_background (store);
  return e;
}

TiersEvaluation *
tiers_store_load_evaluation (TiersStore        *store,
                             const TiersPeriod *period,
                             GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(TiersScheme) scheme = NULL;
  g_autoptr(TiersIndicatorSet) set = NULL;
  g_autoptr(GBytes) indicators = NULL;
  g_autoptr(GBytes) results = NULL;
  gboolean found;
  gint64 version;

  g_return_val_if_fail (store != NULL && period != NULL, NULL);

  stmt = find_evaluation (store,
                          "SELECT scheme_version, indicators, results FROM evaluation "
                          "WHERE period = ?", period, &found, error);
  if (stmt == NULL)
    return NULL;
  if (!found)
    {
      g_autofree char *name = tiers_period_to_string (period);

      g_set_error (error, TIERS_ERROR, TIERS_ERROR_NOT_FOUND,
                   _("%s has not been evaluated yet"), name);
      return NULL;
    }
  version = sqlite3_column_int64 (stmt, 0);
  indicators = column_bytes (stmt, 1);
  results = column_bytes (stmt, 2);
  if ((scheme = tiers_store_load_scheme_version (store, version, error)) == NULL ||
      (set = tiers_indicator_set_deserialize (period, indicators, error)) == NULL)
    return NULL;
  return tiers_evaluation_deserialize_results (set, scheme, version, results, error);
}

TiersExplanation *
tiers_store_explain (TiersStore        *store,
                     const TiersPeriod *period,
                     const char        *supplier_code,
                     GError           **error)
{
  TiersPeriod before = tiers_period_previous (period);
  g_autoptr(GError) local_error = NULL;
  TiersEvaluation *current;
  TiersEvaluation *previous;

  g_return_val_if_fail (store != NULL && period != NULL && supplier_code != NULL, NULL);

  current = tiers_store_load_evaluation (store, period, error);
  if (current == NULL)
    return NULL;
  previous = tiers_store_load_evaluation (store, &before, &local_error);
  if (previous == NULL && !g_error_matches (local_error, TIERS_ERROR, TIERS_ERROR_NOT_FOUND))
    {
      tiers_evaluation_free (current);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return tiers_explanation_new (current, previous, supplier_code, error);
}

gboolean
tiers_store_current_evaluation (TiersStore         *store,
                                const TiersPeriod  *period,
                                gint64              scheme_version,
                                TiersEvaluation   **out,
                                gboolean           *evaluated,
                                GError            **error)
{
  gboolean current = FALSE, has_data = FALSE;

  g_return_val_if_fail (store != NULL && period != NULL && out != NULL, FALSE);

  *out = NULL;
  if (evaluated != NULL)
    *evaluated = FALSE;
  /* Current covers a finalized period too: its grades stand as they were frozen. */
  if (!tiers_store_evaluation_is_current (store, period, scheme_version, &current, error))
    return FALSE;
  if (current)
    return (*out = tiers_store_load_evaluation (store, period, error)) != NULL;

  /* Stale or missing: graded anew where there is something to grade, or where a stored
   * evaluation would otherwise show data that is gone. */
  if (!tiers_store_period_has_data (store, period, &has_data, error))
    return FALSE;
  if (!has_data)
    {
      gboolean stored = FALSE;
      g_autoptr(sqlite3_stmt) stmt = find_evaluation (store,
                                                      "SELECT 1 FROM evaluation WHERE period = ?",
                                                      period, &stored, error);

      if (stmt == NULL)
        return FALSE;
      if (!stored)
        return TRUE;
    }
  *out = tiers_store_evaluate (store, period, NULL, TIERS_EVALUATE_FLAGS_NONE, error);
  if (*out != NULL && evaluated != NULL)
    *evaluated = TRUE;
  return *out != NULL;
}
