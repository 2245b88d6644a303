/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-store-audit.c: the audit trail in the store: every change on main appends its entry,
 * in the change's own transaction; the entries chain; and verification finds an entry
 * edited, removed or put in with raw SQL once the protective triggers are dropped, as anyone
 * with sqlite3 could. Data: tests/data/review (two suppliers, R1 and R2, receipts of
 * 2025-Q4 to 2026-Q1). */
#include "config.h"

#include <string.h>

#include "tiers-error.h"
#include "tiers-import.h"
#include "tiers-store-audit.h"
#include "tiers-store-conflicts.h"
#include "tiers-store-evaluation.h"
#include "tiers-store-private.h"
#include "tiers-store-review.h"
#include "tiers-test-util.h"

typedef TiersTestStore Fixture;

static const TiersPeriod q4 = { TIERS_PERIOD_QUARTER, 2025, 4 };

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  tiers_test_store_set_up (f, "review", NULL);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  tiers_test_store_tear_down (f);
}

static GPtrArray *
entries (Fixture *f, const char *object)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *list = tiers_store_list_audit (f->store, object, &error);

  g_assert_no_error (error);
  return list;
}

static const TiersAuditEntry *
newest (GPtrArray *list)
{
  g_assert_cmpuint (list->len, >, 0);
  return list->pdata[0];
}

static char *
describe (Fixture *f, const TiersAuditEntry *entry)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) changes = tiers_store_audit_changes (f->store, entry, &error);

  g_assert_no_error (error);
  return tiers_audit_describe_changes (changes);
}

static void
assert_intact (Fixture *f, gint64 n_entries)
{
  g_autoptr(GError) error = NULL;
  TiersVerifyReport report = { 0 };

  g_assert_true (tiers_store_verify (f->store, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpint (report.broken_id, ==, 0);
  g_assert_null (report.integrity);
  g_assert_cmpint (report.n_entries, ==, n_entries);
  g_assert_nonnull (report.newest_hash);
  tiers_verify_report_clear (&report);
}

static void
exec (Fixture *f, const char *sql)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (tiers_store_exec (f->store, sql, &error));
  g_assert_no_error (error);
}

/* The set-up's scheme and two files, each an entry after the first. */
static void
test_set_up_recorded (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) list = entries (f, NULL);
  const char *actions[] = { TIERS_AUDIT_IMPORT, TIERS_AUDIT_IMPORT, TIERS_AUDIT_SCHEME_VERSION,
                            TIERS_AUDIT_STARTED };
  const TiersAuditEntry *e;

  g_assert_cmpuint (list->len, ==, G_N_ELEMENTS (actions));
  for (guint i = 0; i < list->len; i++)
    {
      e = list->pdata[i];
      g_assert_cmpstr (e->action, ==, actions[i]);
      g_assert_cmpint (e->id, ==, list->len - i);
      g_assert_cmpstr (e->user_name, ==, g_get_user_name ());
    }
  e = list->pdata[0];
  g_assert_cmpstr (e->object, ==, "batch:2");
  tiers_test_assert_contains (e->after, "\"kind\":\"receipts\"");
  tiers_test_assert_contains (e->after, "\"rows\":");
  e = list->pdata[2];
  g_assert_cmpstr (e->object, ==, "scheme:2");
  g_assert_cmpstr (e->before, ==, "{\"version\":1}");
  tiers_test_assert_contains (e->after, "\"author\":\"test\"");
  /* Each entry holds the hash of the one before. */
  g_assert_cmpstr (((TiersAuditEntry *) list->pdata[3])->previous_hash, ==,
                   TIERS_AUDIT_FIRST_PREVIOUS);
  for (guint i = 0; i + 1 < list->len; i++)
    g_assert_cmpstr (((TiersAuditEntry *) list->pdata[i])->previous_hash, ==,
                     ((TiersAuditEntry *) list->pdata[i + 1])->hash);
  assert_intact (f, 4);
}

static void
test_review_recorded (Fixture *f, gconstpointer data)
{
  g_autoptr(TiersEvaluation) e = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) r1 = NULL;
  g_autofree char *text = NULL;
  const char *actions[] = {
    TIERS_AUDIT_PERIOD_REOPENED, TIERS_AUDIT_PERIOD_FINALIZED, TIERS_AUDIT_REVIEW_UNMARKED,
    TIERS_AUDIT_REVIEW_MARKED, TIERS_AUDIT_OVERRIDE_WITHDRAWN, TIERS_AUDIT_OVERRIDE_SET,
    TIERS_AUDIT_OVERRIDE_SET, TIERS_AUDIT_EVALUATION,
  };

  e = tiers_store_evaluate (f->store, &q4, NULL, TIERS_EVALUATE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_true (tiers_store_set_override (f->store, &q4, "R1", TIERS_GRADE_B,
                                           TIERS_OVERRIDE_DATA_ERROR, "rejects miscounted",
                                           &error));
  g_assert_true (tiers_store_set_override (f->store, &q4, "R1", TIERS_GRADE_C,
                                           TIERS_OVERRIDE_DATA_ERROR, "rejects miscounted",
                                           &error));
  g_assert_true (tiers_store_withdraw_override (f->store, &q4, "R1", &error));
  g_assert_true (tiers_store_mark_reviewed (f->store, &q4, "R2", "fine", &error));
  g_assert_true (tiers_store_unmark_reviewed (f->store, &q4, "R2", &error));
  /* Removing a mark that is not there changes nothing and records nothing. */
  g_assert_true (tiers_store_unmark_reviewed (f->store, &q4, "R2", &error));
  g_assert_true (tiers_store_finalize_period (f->store, &q4, NULL, NULL, &error));
  g_assert_true (tiers_store_reopen_period (f->store, &q4, "late credit notes", &error));
  g_assert_no_error (error);

  list = entries (f, NULL);
  g_assert_cmpuint (list->len, ==, 4 + G_N_ELEMENTS (actions));
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    g_assert_cmpstr (((TiersAuditEntry *) list->pdata[i])->action, ==, actions[i]);

  g_assert_cmpstr (((TiersAuditEntry *) list->pdata[0])->object, ==, "period:2025-Q4");
  g_assert_cmpstr (((TiersAuditEntry *) list->pdata[0])->after, ==,
                   "{\"status\":\"draft\",\"reason\":\"late credit notes\"}");
  text = describe (f, list->pdata[6]);
  g_assert_cmpstr (text, ==, "Period: 2025-Q4; Grade: B; Reason: data error; "
                             "Comment: rejects miscounted");
  g_clear_pointer (&text, g_free);
  text = describe (f, list->pdata[5]);
  g_assert_cmpstr (text, ==, "Grade: B → C");
  g_clear_pointer (&text, g_free);
  text = describe (f, list->pdata[4]);
  g_assert_cmpstr (text, ==, "Period: 2025-Q4; Grade: C; Reason: data error; "
                             "Comment: rejects miscounted");
  g_clear_pointer (&text, g_free);
  text = describe (f, list->pdata[7]);
  g_assert_cmpstr (text, ==, "Scheme version: 2; Suppliers: 7; Grades: A 2, B 1, C 1, D 2, — 1");

  /* A supplier's own entries. */
  r1 = entries (f, "supplier:R1");
  g_assert_cmpuint (r1->len, ==, 3);
  for (guint i = 0; i < r1->len; i++)
    g_assert_cmpstr (((TiersAuditEntry *) r1->pdata[i])->object, ==, "supplier:R1");
  assert_intact (f, 4 + G_N_ELEMENTS (actions));
}

static void
test_conflicts_and_forgetting_recorded (Fixture *f, gconstpointer data)
{
  g_autoptr(TiersEvaluation) e = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  gboolean forgotten = FALSE;

  g_assert_true (tiers_store_add_conflict (f->store, "Li Wei", "R2", &error));
  g_assert_true (tiers_store_remove_conflict (f->store, "Li Wei", "R2", &error));
  e = tiers_store_evaluate (f->store, &q4, NULL, TIERS_EVALUATE_FLAGS_NONE, &error);
  g_assert_true (tiers_store_forget_evaluation (f->store, &q4, &forgotten, &error));
  g_assert_no_error (error);
  g_assert_true (forgotten);

  list = entries (f, NULL);
  g_assert_cmpstr (((TiersAuditEntry *) list->pdata[3])->action, ==,
                   TIERS_AUDIT_CONFLICT_DECLARED);
  g_assert_cmpstr (((TiersAuditEntry *) list->pdata[3])->after, ==,
                   "{\"evaluator\":\"Li Wei\"}");
  g_assert_cmpstr (((TiersAuditEntry *) list->pdata[2])->action, ==,
                   TIERS_AUDIT_CONFLICT_REMOVED);
  g_assert_cmpstr (((TiersAuditEntry *) list->pdata[2])->object, ==, "supplier:R2");
  g_assert_null (((TiersAuditEntry *) list->pdata[2])->after);
  g_assert_cmpstr (((TiersAuditEntry *) list->pdata[1])->action, ==, TIERS_AUDIT_EVALUATION);
  g_assert_null (((TiersAuditEntry *) list->pdata[1])->before);
  g_assert_cmpstr (((TiersAuditEntry *) list->pdata[0])->action, ==,
                   TIERS_AUDIT_EVALUATION_FORGOTTEN);
  /* What was forgotten is what was stored. */
  {
    g_autofree char *sha = g_strndup (strstr (((TiersAuditEntry *) list->pdata[0])->before,
                                              "\"results_sha256\""), 18 + 64 + 1);

    g_assert_cmpuint (strlen (sha), ==, 18 + 64 + 1);
    tiers_test_assert_contains (((TiersAuditEntry *) list->pdata[1])->after, sha);
  }
  assert_intact (f, 8);
}

/* Grades stored again exactly as they were change nothing and record nothing; a new scheme
 * version that changes them does. */
static void
test_unchanged_evaluation_not_recorded (Fixture *f, gconstpointer data)
{
  g_autoptr(TiersEvaluation) first = NULL;
  g_autoptr(TiersEvaluation) again = NULL;
  g_autoptr(TiersEvaluation) changed = NULL;
  g_autoptr(TiersScheme) scheme = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  gint64 version;

  first = tiers_store_evaluate (f->store, &q4, NULL, TIERS_EVALUATE_FLAGS_NONE, &error);
  again = tiers_store_evaluate (f->store, &q4, NULL, TIERS_EVALUATE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  list = entries (f, NULL);
  g_assert_cmpuint (list->len, ==, 5);
  g_clear_pointer (&list, g_ptr_array_unref);

  scheme = tiers_store_load_scheme (f->store, &version, &error);
  g_assert_no_error (error);
  scheme->grade_a = scheme->grade_a - 1;
  changed = tiers_store_evaluate (f->store, &q4, scheme, TIERS_EVALUATE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  list = entries (f, NULL);
  g_assert_cmpuint (list->len, ==, 7);
  g_assert_cmpstr (((TiersAuditEntry *) list->pdata[1])->action, ==,
                   TIERS_AUDIT_SCHEME_VERSION);
  g_assert_cmpstr (((TiersAuditEntry *) list->pdata[0])->action, ==, TIERS_AUDIT_EVALUATION);
  tiers_test_assert_contains (((TiersAuditEntry *) list->pdata[0])->before,
                              "\"scheme_version\":2");
  tiers_test_assert_contains (((TiersAuditEntry *) list->pdata[0])->after,
                              "\"scheme_version\":3");
}

/* The entry is written in the change's transaction: when it cannot be, the change does not
 * land either; a refused change writes no entry. */
static void
test_same_transaction (Fixture *f, gconstpointer data)
{
  g_autoptr(TiersEvaluation) e = NULL;
  g_autoptr(GHashTable) overrides = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;

  e = tiers_store_evaluate (f->store, &q4, NULL, TIERS_EVALUATE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_false (tiers_store_set_override (f->store, &q4, "R1", TIERS_GRADE_B,
                                            TIERS_OVERRIDE_OTHER, "  ", &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_INVALID);
  g_clear_error (&error);
  list = entries (f, NULL);
  g_assert_cmpuint (list->len, ==, 5);
  g_clear_pointer (&list, g_ptr_array_unref);

  exec (f, "CREATE TRIGGER audit_full BEFORE INSERT ON audit"
           " BEGIN SELECT RAISE (ABORT, 'audit refused'); END");
  g_assert_false (tiers_store_set_override (f->store, &q4, "R1", TIERS_GRADE_B,
                                            TIERS_OVERRIDE_OTHER, "checked", &error));
  tiers_test_assert_contains (error->message, "audit refused");
  g_clear_error (&error);
  g_assert_false (tiers_store_finalize_period (f->store, &q4, NULL, NULL, &error));
  g_clear_error (&error);
  overrides = tiers_store_load_overrides (f->store, &q4, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (overrides), ==, 0);
  {
    gboolean finalized = TRUE;

    g_assert_true (tiers_store_period_is_finalized (f->store, &q4, &finalized, &error));
    g_assert_false (finalized);
  }
  exec (f, "DROP TRIGGER audit_full");
  assert_intact (f, 5);
}

static void
test_triggers_refuse (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (tiers_store_exec (f->store, "UPDATE audit SET user_name = 'x'", &error));
  tiers_test_assert_contains (error->message, "kept as written");
  g_clear_error (&error);
  g_assert_false (tiers_store_exec (f->store, "DELETE FROM audit WHERE id = 2", &error));
  tiers_test_assert_contains (error->message, "kept as written");
  assert_intact (f, 4);
}

/* The first broken entry as verification names it. */
static void
assert_broken (Fixture *f, gint64 id, const char *action, const char *problem)
{
  g_autoptr(GError) error = NULL;
  TiersVerifyReport report = { 0 };

  g_assert_true (tiers_store_verify (f->store, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpint (report.broken_id, ==, id);
  g_assert_cmpstr (report.broken_action, ==, action);
  tiers_test_assert_contains (report.problem, problem);
  g_assert_null (report.newest_hash);
  tiers_verify_report_clear (&report);
}

static void
drop_triggers (Fixture *f)
{
  exec (f, "DROP TRIGGER audit_keep_update; DROP TRIGGER audit_keep_delete");
}

static void
test_edit_detected (Fixture *f, gconstpointer data)
{
  drop_triggers (f);
  exec (f, "UPDATE audit SET after = replace (after, 'suppliers.csv', 'other.csv') WHERE id = 3");
  assert_broken (f, 3, TIERS_AUDIT_IMPORT, "changed after it was written");
}

/* Someone who recomputes the edited entry's own hash breaks the link to the next. */
static void
test_rehashed_edit_detected (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) list = NULL;
  TiersAuditEntry *e;
  g_autofree char *hash = NULL;
  g_autofree char *sql = NULL;

  drop_triggers (f);
  exec (f, "UPDATE audit SET user_name = 'someone' WHERE id = 2");
  list = entries (f, NULL);
  e = list->pdata[2];
  g_assert_cmpint (e->id, ==, 2);
  hash = tiers_audit_compute_hash (e->previous_hash, e);
  sql = g_strdup_printf ("UPDATE audit SET hash = '%s' WHERE id = 2", hash);
  exec (f, sql);
  assert_broken (f, 3, TIERS_AUDIT_IMPORT, "does not follow the entry before it");
}

static void
test_delete_detected (Fixture *f, gconstpointer data)
{
  drop_triggers (f);
  exec (f, "DELETE FROM audit WHERE id = 2");
  assert_broken (f, 3, TIERS_AUDIT_IMPORT, "number 2, was removed");
}

static void
test_delete_newest_detected (Fixture *f, gconstpointer data)
{
  drop_triggers (f);
  exec (f, "DELETE FROM audit WHERE id >= 3");
  assert_broken (f, 3, NULL, "from number 3 to 4, were removed");
}

static void
test_delete_all_detected (Fixture *f, gconstpointer data)
{
  drop_triggers (f);
  exec (f, "DELETE FROM audit");
  assert_broken (f, 1, NULL, "the trail is empty");
}

static void
test_insert_detected (Fixture *f, gconstpointer data)
{
  /* An entry put in at the end, chained to the newest one but with no true hash. */
  exec (f, "INSERT INTO audit (happened_at, user_name, action, object, after, previous_hash,"
           " hash) SELECT happened_at, user_name, 'override_set', 'supplier:R1',"
           " '{\"grade\":\"A\"}', hash, hash FROM audit WHERE id = 4");
  assert_broken (f, 5, TIERS_AUDIT_OVERRIDE_SET, "no longer matches its hash");
}

/* An entry put in between two others takes an id; every later one then follows the wrong
 * entry. */
static void
test_insert_between_detected (Fixture *f, gconstpointer data)
{
  drop_triggers (f);
  exec (f, "UPDATE audit SET id = id + 1000 WHERE id >= 3");
  exec (f, "UPDATE audit SET id = id - 999 WHERE id >= 1000");
  exec (f, "INSERT INTO audit (id, happened_at, user_name, action, object, after,"
           " previous_hash, hash) SELECT 3, happened_at, user_name, 'override_set',"
           " 'supplier:R1', '{\"grade\":\"A\"}', hash, hash FROM audit WHERE id = 2");
  assert_broken (f, 3, TIERS_AUDIT_OVERRIDE_SET, "no longer matches its hash");
}

/* A database from before the trail gets it on upgrade, beginning with what it holds. */
static void
test_started_on_upgrade (Fixture *f, gconstpointer data)
{
  g_autofree char *path = g_build_filename (f->dir, "old.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  TiersStore *old = tiers_store_open_at_version (path, 6, &error);

  g_assert_no_error (error);
  g_clear_pointer (&f->store, tiers_store_close);
  f->store = old;
  exec (f, "INSERT INTO import_batch (kind, file_name, sha256, imported_at, row_count)"
           " VALUES ('suppliers', 's.csv', 'x', '2026-01-01T00:00:00+00:00', 0)");
  g_clear_pointer (&f->store, tiers_store_close);
  f->store = tiers_store_open (path, &error);
  g_assert_no_error (error);
  list = entries (f, NULL);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpstr (newest (list)->action, ==, TIERS_AUDIT_STARTED);
  g_assert_cmpstr (newest (list)->after, ==,
                   "{\"schema\":7,\"scheme_version\":1,\"import_batches\":1,"
                   "\"evaluations\":0,\"finalized_periods\":0}");
  assert_intact (f, 1);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, fn) \
  g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/store-audit/set-up-recorded", test_set_up_recorded);
  ADD ("/store-audit/review-recorded", test_review_recorded);
  ADD ("/store-audit/conflicts-and-forgetting-recorded", test_conflicts_and_forgetting_recorded);
  ADD ("/store-audit/unchanged-evaluation-not-recorded", test_unchanged_evaluation_not_recorded);
  ADD ("/store-audit/same-transaction", test_same_transaction);
  ADD ("/store-audit/triggers-refuse", test_triggers_refuse);
  ADD ("/store-audit/edit-detected", test_edit_detected);
  ADD ("/store-audit/rehashed-edit-detected", test_rehashed_edit_detected);
  ADD ("/store-audit/delete-detected", test_delete_detected);
  ADD ("/store-audit/delete-newest-detected", test_delete_newest_detected);
  ADD ("/store-audit/delete-all-detected", test_delete_all_detected);
  ADD ("/store-audit/insert-detected", test_insert_detected);
  ADD ("/store-audit/insert-between-detected", test_insert_between_detected);
  ADD ("/store-audit/started-on-upgrade", test_started_on_upgrade);
#undef ADD
  return g_test_run ();
}
