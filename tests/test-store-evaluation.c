/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-store-evaluation.c: the store side of grading: the same indicators whether the
 * receipts are read on several threads or on the one connection, the indicator cache a
 * what-if re-scores and when it is set aside, the list of evaluated periods. */
#include "config.h"

#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

#include "tiers-error.h"
#include "tiers-import.h"
#include "tiers-store-evaluation.h"
#include "tiers-store-review.h"

static const char *files[][2] = {
  { "suppliers", "suppliers.csv" }, { "receipts", "receipts.csv" },
  { "incidents", "incidents.csv" }, { "feedback", "feedback.csv" },
  { "ratings", "ratings.csv" },
};

/* The data of test-evaluate.c, with its scheme (ratings name its criterion keys). With
 * sparse_ids, a first supplier of id 90,000,000 makes every later id that large too. */
static TiersStore *
open_with_data (const char *path,
                gboolean    sparse_ids)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *scheme_path = g_test_build_filename (G_TEST_DIST, "data", "evaluate",
                                                        "scheme.ini", NULL);
  g_autoptr(TiersScheme) scheme = tiers_scheme_load_from_file (scheme_path, &error);
  TiersStore *store = tiers_store_open (path, &error);

  g_assert_no_error (error);
  if (sparse_ids)
    {
      sqlite3 *db;

      g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_exec (db, "INSERT INTO supplier (id, code, name, category) "
                                         "VALUES (90000000, 'ZZ', 'Far away', 'nuts')",
                                     NULL, NULL, NULL), ==, SQLITE_OK);
      sqlite3_close (db);
    }
  g_assert_true (tiers_store_save_scheme (store, scheme, NULL, NULL, &error));
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *file = g_test_build_filename (G_TEST_DIST, "data", "evaluate",
                                                     files[i][1], NULL);
      TiersImportResult result = { 0 };
      TiersImportKind kind;

      g_assert_true (tiers_import_kind_from_string (files[i][0], &kind));
      g_assert_true (tiers_store_import_file (store, kind, file, TIERS_IMPORT_FLAGS_NONE,
                                              NULL, NULL, NULL, &result, &error));
      g_assert_no_error (error);
      tiers_import_result_clear (&result);
    }
  return store;
}

static char *
temp_db (char **dir)
{
  *dir = g_dir_make_tmp ("tiers-store-evaluation-XXXXXX", NULL);
  return g_build_filename (*dir, "tiers.db", NULL);
}

static void
remove_dir (const char *dir)
{
  g_autofree char *cmd = g_strdup_printf ("rm -rf '%s'", dir);

  g_assert_true (g_spawn_command_line_sync (cmd, NULL, NULL, NULL, NULL));
}

/* A file database is read on one thread per processor, an in-memory one on its own
 * connection: both give the same values, byte for byte. */
static void
test_threads_agree (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = temp_db (&dir);
  g_autoptr(TiersStore) file = open_with_data (path, FALSE);
  g_autoptr(TiersStore) memory = open_with_data (":memory:", FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersIndicatorSet) a = NULL;
  g_autoptr(TiersIndicatorSet) b = NULL;
  g_autoptr(GBytes) ba = NULL;
  g_autoptr(GBytes) bb = NULL;
  TiersPeriod q1;
  guint i;

  g_assert_true (tiers_period_parse ("2026-Q1", &q1, NULL));
  a = tiers_store_compute_indicators (file, &q1, 1, 0.1, &error);
  g_assert_no_error (error);
  b = tiers_store_compute_indicators (memory, &q1, 1, 0.1, &error);
  g_assert_no_error (error);
  ba = tiers_indicator_set_serialize (a);
  bb = tiers_indicator_set_serialize (b);
  g_assert_true (g_bytes_equal (ba, bb));

  /* A1: 4 receipts; price index 3940 / 3847.5 against the medians 10.5 (I1) and 20 (I2). */
  g_assert_true (tiers_indicator_set_find (a, "A1", &i));
  g_assert_cmpuint (((TiersSupplierIndicators *) a->suppliers->pdata[i])->receipts, ==, 4);
  g_assert_cmpfloat_with_epsilon (((TiersSupplierIndicators *) a->suppliers->pdata[i])
                                  ->values[TIERS_INDICATOR_PRICE_INDEX].value,
                                  3940 / 3847.5, 1e-12);
  remove_dir (dir);
}

static void
assert_same_indicators (const TiersSupplierIndicators *a,
                        const TiersSupplierIndicators *b)
{
  g_assert_cmpstr (a->code, ==, b->code);
  g_assert_cmpuint (a->receipts, ==, b->receipts);
  for (int k = 0; k < TIERS_N_INDICATORS; k++)
    {
      g_assert_cmpint (a->values[k].has_value, ==, b->values[k].has_value);
      g_assert_cmpfloat (a->values[k].value, ==, b->values[k].value);
      g_assert_cmpuint (a->values[k].sample, ==, b->values[k].sample);
    }
  g_assert_cmpuint (a->n_manual, ==, b->n_manual);
}

/* Ids far apart are mapped instead of indexed: the values stay the same. */
static void
test_sparse_ids (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = temp_db (&dir);
  g_autofree char *dir2 = NULL;
  g_autofree char *path2 = temp_db (&dir2);
  g_autoptr(TiersStore) dense = open_with_data (path, FALSE);
  g_autoptr(TiersStore) sparse = open_with_data (path2, TRUE);
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersIndicatorSet) a = NULL;
  g_autoptr(TiersIndicatorSet) b = NULL;
  TiersPeriod q1;

  g_assert_true (tiers_period_parse ("2026-Q1", &q1, NULL));
  a = tiers_store_compute_indicators (dense, &q1, 1, 0.1, &error);
  g_assert_no_error (error);
  b = tiers_store_compute_indicators (sparse, &q1, 1, 0.1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (b->suppliers->len, ==, a->suppliers->len + 1);
  for (guint i = 0; i < a->suppliers->len; i++)
    assert_same_indicators (a->suppliers->pdata[i], b->suppliers->pdata[i]);
  g_assert_cmpint (((TiersSupplierIndicators *) b->suppliers->pdata[0])->supplier_id, >,
                   90000000);
  g_assert_cmpstr (((TiersSupplierIndicators *) b->suppliers->pdata[a->suppliers->len])->code,
                   ==, "ZZ");
  remove_dir (dir);
  remove_dir (dir2);
}

/* The cache serves a scheme with the same GraceDays and QuantityTolerance until the next
 * import; otherwise the values are computed afresh. */
static void
test_cache (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = temp_db (&dir);
  g_autoptr(TiersStore) store = open_with_data (path, FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersScheme) scheme = tiers_store_load_scheme (store, NULL, &error);
  g_autoptr(TiersEvaluation) e = NULL;
  g_autoptr(TiersIndicatorSet) cached = NULL;
  g_autoptr(TiersIndicatorSet) other = NULL;
  g_autoptr(TiersIndicatorSet) fresh = NULL;
  g_autoptr(GArray) periods = NULL;
  g_autofree char *late = g_test_build_filename (G_TEST_DIST, "data", "evaluate", "late.csv",
                                                 NULL);
  TiersImportResult result = { 0 };
  TiersPeriod q1, q4;
  guint i;

  g_assert_no_error (error);
  g_assert_true (tiers_period_parse ("2026-Q1", &q1, NULL));
  g_assert_true (tiers_period_parse ("2025-Q4", &q4, NULL));
  e = tiers_store_evaluate (store, &q1, NULL, TIERS_EVALUATE_FLAGS_NONE, &error);
  g_assert_no_error (error);

  /* The cached set is not the evaluation's own: it was read back from the database. */
  cached = tiers_store_load_indicators (store, &q1, scheme, &error);
  g_assert_no_error (error);
  g_assert_true (cached != e->indicators);
  g_assert_cmpint (cached->grace_days, ==, 1);

  scheme->grace_days = 0;
  other = tiers_store_load_indicators (store, &q1, scheme, &error);
  g_assert_no_error (error);
  g_assert_cmpint (other->grace_days, ==, 0);
  g_assert_true (tiers_indicator_set_find (other, "A1", &i));
  g_assert_cmpfloat (((TiersSupplierIndicators *) other->suppliers->pdata[i])
                     ->values[TIERS_INDICATOR_ON_TIME_RATE].value, ==, 0.5);

  /* After an import the cache is set aside: A2 has a fourth receipt. */
  scheme->grace_days = 1;
  g_assert_true (tiers_store_import_file (store, TIERS_IMPORT_RECEIPTS, late,
                                          TIERS_IMPORT_FLAGS_NONE, NULL, NULL, NULL, &result,
                                          &error));
  g_assert_no_error (error);
  tiers_import_result_clear (&result);
  fresh = tiers_store_load_indicators (store, &q1, scheme, &error);
  g_assert_no_error (error);
  g_assert_true (tiers_indicator_set_find (fresh, "A2", &i));
  g_assert_cmpuint (((TiersSupplierIndicators *) fresh->suppliers->pdata[i])->receipts, ==, 4);

  /* Evaluated periods of a kind, oldest first. */
  g_clear_pointer (&e, tiers_evaluation_free);
  e = tiers_store_evaluate (store, &q4, NULL, TIERS_EVALUATE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  periods = tiers_store_list_evaluations (store, TIERS_PERIOD_QUARTER, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (periods->len, ==, 2);
  g_assert_true (tiers_period_equal (&g_array_index (periods, TiersPeriod, 0), &q4));
  g_assert_true (tiers_period_equal (&g_array_index (periods, TiersPeriod, 1), &q1));
  g_clear_pointer (&periods, g_array_unref);
  periods = tiers_store_list_evaluations (store, TIERS_PERIOD_MONTH, &error);
  g_assert_cmpuint (periods->len, ==, 0);
  remove_dir (dir);
}

/* Receipts of A1 in the database, read through the evaluation's own indicators. */
static guint64
a1_receipts (const TiersEvaluation *e)
{
  const TiersSupplierResult *r = tiers_evaluation_find (e, "A1");

  g_assert_nonnull (r);
  return r->supplier->receipts;
}

/* The CSV written in blocks is the very text tiers_evaluation_to_csv () builds. */
static void
assert_written_csv (const TiersEvaluation *e,
                    const char            *csv)
{
  gsize length = strlen (csv);
  g_autofree char *back = g_malloc (length + 2);
  FILE *file = tmpfile ();

  g_assert_nonnull (file);
  g_assert_true (tiers_evaluation_write_csv (e, file));
  rewind (file);
  g_assert_cmpuint (fread (back, 1, length + 1, file), ==, length);
  back[length] = '\0';
  g_assert_cmpstr (back, ==, csv);
  fclose (file);
}

static TiersEvaluation *
evaluate_to_csv (TiersStore        *store,
                 const TiersPeriod *period,
                 const TiersScheme *scheme,
                 char             **csv)
{
  g_autoptr(GError) error = NULL;
  TiersEvaluation *e = tiers_store_evaluate (store, period, scheme, TIERS_EVALUATE_FLAGS_NONE,
                                             &error);

  g_assert_no_error (error);
  g_free (*csv);
  *csv = tiers_evaluation_to_csv (e);
  assert_written_csv (e, *csv);
  return e;
}

/* Evaluating a period again re-scores the values it cached, byte for byte what a fresh pass
 * gives, as long as no import came since and GraceDays and QuantityTolerance are the same. A
 * receipt removed behind the store's back (no import batch) shows which one was used. */
static void
test_evaluate_reuses_cache (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = temp_db (&dir);
  g_autoptr(TiersStore) store = open_with_data (path, FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersScheme) scheme = tiers_store_load_scheme (store, NULL, &error);
  g_autoptr(TiersEvaluation) e = NULL;
  g_autoptr(TiersIndicatorSet) fresh = NULL;
  g_autofree char *late = g_test_build_filename (G_TEST_DIST, "data", "evaluate", "late.csv",
                                                 NULL);
  g_autofree char *first = NULL;
  g_autofree char *csv = NULL;
  TiersImportResult result = { 0 };
  TiersPeriod q1;
  sqlite3 *db;

  g_assert_no_error (error);
  g_assert_true (tiers_period_parse ("2026-Q1", &q1, NULL));
  e = evaluate_to_csv (store, &q1, NULL, &first);
  g_assert_cmpuint (a1_receipts (e), ==, 4);
  g_clear_pointer (&e, tiers_evaluation_free);
  e = evaluate_to_csv (store, &q1, NULL, &csv);
  g_assert_cmpstr (csv, ==, first);
  g_clear_pointer (&e, tiers_evaluation_free);

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "DELETE FROM receipt WHERE po_number = 'PO3'",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  fresh = tiers_store_compute_indicators (store, &q1, scheme->grace_days,
                                          scheme->quantity_tolerance, &error);
  g_assert_no_error (error);

  /* Same mark, same parameters: the cache, so A1 keeps its deleted receipt. */
  e = evaluate_to_csv (store, &q1, NULL, &csv);
  g_assert_cmpstr (csv, ==, first);
  g_assert_cmpuint (a1_receipts (e), ==, 4);
  g_clear_pointer (&e, tiers_evaluation_free);

  /* Another GraceDays: computed afresh, and stored for the next time. */
  scheme->grace_days = 0;
  e = evaluate_to_csv (store, &q1, scheme, &csv);
  g_assert_cmpuint (a1_receipts (e), ==, 3);
  g_assert_cmpstr (csv, !=, first);
  g_clear_pointer (&e, tiers_evaluation_free);

  /* After an import, fresh again: A2's late receipt counts. */
  g_assert_true (tiers_store_import_file (store, TIERS_IMPORT_RECEIPTS, late,
                                          TIERS_IMPORT_FLAGS_NONE, NULL, NULL, NULL, &result,
                                          &error));
  g_assert_no_error (error);
  tiers_import_result_clear (&result);
  e = evaluate_to_csv (store, &q1, scheme, &csv);
  g_assert_cmpuint (a1_receipts (e), ==, 3);
  g_assert_cmpuint (tiers_evaluation_find (e, "A2")->supplier->receipts, ==,
                    ((TiersSupplierIndicators *) fresh->suppliers->pdata[1])->receipts + 1);
  remove_dir (dir);
}

/* A period never evaluated: NOT_FOUND, and an explanation of it too. */
static void
test_not_evaluated (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = temp_db (&dir);
  g_autoptr(TiersStore) store = open_with_data (path, FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersEvaluation) e = NULL;
  g_autoptr(TiersExplanation) x = NULL;
  TiersPeriod q1;

  g_assert_true (tiers_period_parse ("2026-Q1", &q1, NULL));
  e = tiers_store_load_evaluation (store, &q1, &error);
  g_assert_null (e);
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_NOT_FOUND);
  g_clear_error (&error);
  x = tiers_store_explain (store, &q1, "A1", &error);
  g_assert_null (x);
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_NOT_FOUND);
  remove_dir (dir);
}

/* A forgotten evaluation is graded anew by the freshness rule; a finalized one is kept. */
static void
test_forget (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = temp_db (&dir);
  g_autoptr(TiersStore) store = open_with_data (path, FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersEvaluation) e = NULL;
  g_autoptr(TiersEvaluation) again = NULL;
  g_autoptr(GArray) periods = NULL;
  gboolean forgotten = FALSE, evaluated = FALSE;
  guint n = 0;
  TiersPeriod q1;

  g_assert_true (tiers_period_parse ("2026-Q1", &q1, NULL));
  e = tiers_store_evaluate (store, &q1, NULL, TIERS_EVALUATE_FLAGS_NONE, &error);
  g_assert_no_error (error);

  g_assert_true (tiers_store_forget_evaluation (store, &q1, &forgotten, &error));
  g_assert_no_error (error);
  g_assert_true (forgotten);
  periods = tiers_store_list_evaluations (store, TIERS_PERIOD_QUARTER, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (periods->len, ==, 0);
  g_assert_true (tiers_store_forget_evaluation (store, &q1, &forgotten, &error));
  g_assert_false (forgotten);

  g_assert_true (tiers_store_current_evaluation (store, &q1, e->scheme_version, &again,
                                                 &evaluated, &error));
  g_assert_no_error (error);
  g_assert_true (evaluated);
  g_assert_cmpuint (again->n_suppliers, ==, e->n_suppliers);

  g_assert_true (tiers_store_finalize_period (store, &q1, &n, &evaluated, &error));
  g_assert_no_error (error);
  g_assert_false (evaluated);
  g_assert_false (tiers_store_forget_evaluation (store, &q1, &forgotten, &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_FINALIZED);
  g_clear_pointer (&again, tiers_evaluation_free);
  again = tiers_store_load_evaluation (store, &q1, NULL);
  g_assert_nonnull (again);
  remove_dir (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/store-evaluation/threads-agree", test_threads_agree);
  g_test_add_func ("/store-evaluation/sparse-ids", test_sparse_ids);
  g_test_add_func ("/store-evaluation/cache", test_cache);
  g_test_add_func ("/store-evaluation/evaluate-reuses-cache", test_evaluate_reuses_cache);
  g_test_add_func ("/store-evaluation/not-evaluated", test_not_evaluated);
  g_test_add_func ("/store-evaluation/forget", test_forget);
  return g_test_run ();
}
