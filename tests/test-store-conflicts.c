/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-store-conflicts.c: conflicts of interest in the store: declaring, removing and listing
 * them; that grading leaves the conflicted evaluator's ratings out and counts them; that a
 * change makes the stored evaluations stale while a finalized period keeps its grades.
 * Data: tests/data/conflicts, one criterion, cooperation on a scale of 10, so a score is the
 * mean rating times 10. In 2026-Q1 S1 was rated 8 by Lena Koch, 7 and 5 by Li Wei
 * ((8 + 7 + 5) / 3 x 10 = 66.67), S2 6 by Li Wei (60); in 2025-Q4 S1 9 by Li Wei. */
#include "config.h"

#include <math.h>

#include "tiers-error.h"
#include "tiers-import.h"
#include "tiers-store-conflicts.h"
#include "tiers-store-evaluation.h"
#include "tiers-store-periods.h"
#include "tiers-store-private.h"
#include "tiers-store-review.h"
#include "tiers-test-util.h"

typedef TiersTestStore Fixture;

static const TiersPeriod q4 = { TIERS_PERIOD_QUARTER, 2025, 4 };
static const TiersPeriod q1 = { TIERS_PERIOD_QUARTER, 2026, 1 };

static void
import (Fixture *f, TiersImportKind kind, const char *name)
{
  tiers_test_store_import (f, "conflicts", kind, name);
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  tiers_test_store_open (f, "conflicts", NULL);
  import (f, TIERS_IMPORT_SUPPLIERS, "suppliers.csv");
  import (f, TIERS_IMPORT_RATINGS, "ratings.csv");
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  tiers_test_store_tear_down (f);
}

/* The period's evaluation as the window would take it; *EVALUATED: graded anew. */
static TiersEvaluation *
current (Fixture *f, const TiersPeriod *period, gboolean *evaluated)
{
  g_autoptr(GError) error = NULL;
  TiersEvaluation *e = NULL;

  g_assert_true (tiers_store_current_evaluation (f->store, period, f->version, &e, evaluated,
                                                 &error));
  g_assert_no_error (error);
  g_assert_nonnull (e);
  return e;
}

static void
add (Fixture *f, const char *evaluator, const char *code)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (tiers_store_add_conflict (f->store, evaluator, code, &error));
  g_assert_no_error (error);
}

static void
remove_conflict (Fixture *f, const char *evaluator, const char *code)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (tiers_store_remove_conflict (f->store, evaluator, code, &error));
  g_assert_no_error (error);
}

static void
assert_score (const TiersEvaluation *e, const char *code, double score, guint ratings)
{
  const TiersSupplierResult *r = tiers_evaluation_find (e, code);

  g_assert_nonnull (r);
  g_assert_true (r->graded);
  g_assert_cmpfloat_with_epsilon (r->score, score, 1e-9);
  g_assert_cmpuint (r->criteria[0].indicator.sample, ==, ratings);
}

static void
test_leaves_ratings_out (Fixture *f, gconstpointer data)
{
  g_autoptr(TiersEvaluation) before = NULL;
  g_autoptr(TiersEvaluation) after = NULL;
  g_autoptr(TiersEvaluation) stored = NULL;
  g_autoptr(TiersEvaluation) q4_after = NULL;
  g_autoptr(TiersEvaluation) again = NULL;
  g_autoptr(GError) error = NULL;
  const TiersExcludedRatings *x;
  gboolean evaluated = FALSE;

  before = current (f, &q1, &evaluated);
  g_assert_true (evaluated);
  assert_score (before, "S1", 66.67, 3);
  assert_score (before, "S2", 60, 1);
  g_assert_null (tiers_indicator_set_find_excluded (before->indicators, "S1"));

  /* Li Wei's 7 and 5 of S1 are left out: Lena Koch's 8 alone, 80. S2 keeps Li Wei's 6. */
  add (f, "Li Wei", "S1");
  after = current (f, &q1, &evaluated);
  g_assert_true (evaluated);
  assert_score (after, "S1", 80, 1);
  assert_score (after, "S2", 60, 1);
  x = tiers_indicator_set_find_excluded (after->indicators, "S1");
  g_assert_nonnull (x);
  g_assert_cmpuint (x->ratings, ==, 2);
  g_assert_cmpuint (x->evaluators->len, ==, 1);
  g_assert_cmpstr (x->evaluators->pdata[0], ==, "Li Wei");
  g_assert_null (tiers_indicator_set_find_excluded (after->indicators, "S2"));

  /* Stored with the evaluation and read back as it was. */
  stored = tiers_store_load_evaluation (f->store, &q1, &error);
  g_assert_no_error (error);
  assert_score (stored, "S1", 80, 1);
  x = tiers_indicator_set_find_excluded (stored->indicators, "S1");
  g_assert_nonnull (x);
  g_assert_cmpuint (x->ratings, ==, 2);
  g_assert_cmpstr (x->evaluators->pdata[0], ==, "Li Wei");

  /* In 2025-Q4 Li Wei's 9 was S1's only rating: without it S1 is ungraded. */
  q4_after = current (f, &q4, &evaluated);
  g_assert_false (tiers_evaluation_find (q4_after, "S1")->graded);
  g_assert_cmpuint (tiers_indicator_set_find_excluded (q4_after->indicators, "S1")->ratings,
                    ==, 1);

  remove_conflict (f, "Li Wei", "S1");
  again = current (f, &q1, &evaluated);
  g_assert_true (evaluated);
  assert_score (again, "S1", 66.67, 3);
  g_assert_null (tiers_indicator_set_find_excluded (again->indicators, "S1"));
}

/* Two evaluators left out of one supplier: both named, in byte order, every rating counted. */
static void
test_counts_every_evaluator (Fixture *f, gconstpointer data)
{
  g_autoptr(TiersEvaluation) e = NULL;
  const TiersExcludedRatings *x;
  gboolean evaluated = FALSE;

  add (f, "Li Wei", "S1");
  add (f, "Lena Koch", "S1");
  e = current (f, &q1, &evaluated);
  g_assert_false (tiers_evaluation_find (e, "S1")->graded);
  x = tiers_indicator_set_find_excluded (e->indicators, "S1");
  g_assert_cmpuint (x->ratings, ==, 3);
  g_assert_cmpuint (x->evaluators->len, ==, 2);
  g_assert_cmpstr (x->evaluators->pdata[0], ==, "Lena Koch");
  g_assert_cmpstr (x->evaluators->pdata[1], ==, "Li Wei");
}

static gboolean
is_current (Fixture *f, const TiersPeriod *period)
{
  g_autoptr(GError) error = NULL;
  gboolean fresh = FALSE;

  g_assert_true (tiers_store_evaluation_is_current (f->store, period, f->version, &fresh,
                                                    &error));
  g_assert_no_error (error);
  return fresh;
}

/* Declaring or removing a conflict makes every stored evaluation stale; without any, the data
 * mark is what it was before conflicts existed. */
static void
test_change_makes_stale (Fixture *f, gconstpointer data)
{
  g_autoptr(TiersEvaluation) e = NULL;
  g_autoptr(TiersEvaluation) e2 = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *mark = tiers_store_data_mark (f->store, &error);
  gboolean evaluated = FALSE;

  g_assert_cmpstr (mark, ==, "2:2");
  e = current (f, &q1, &evaluated);
  g_assert_true (is_current (f, &q1));
  add (f, "Li Wei", "S2");
  g_assert_false (is_current (f, &q1));
  e2 = current (f, &q1, &evaluated);
  g_assert_true (evaluated);
  g_assert_true (is_current (f, &q1));
  g_assert_false (tiers_evaluation_find (e2, "S2")->graded);
  remove_conflict (f, "Li Wei", "S2");
  g_assert_false (is_current (f, &q1));
}

/* A finalized period keeps what it was frozen with; the drafts are graded again. */
static void
test_finalized_stays (Fixture *f, gconstpointer data)
{
  g_autoptr(TiersEvaluation) e = NULL;
  g_autoptr(GError) error = NULL;
  gboolean evaluated = TRUE;
  guint n = 0;

  g_assert_true (tiers_store_finalize_period (f->store, &q1, &n, NULL, &error));
  g_assert_no_error (error);
  add (f, "Li Wei", "S1");
  e = current (f, &q1, &evaluated);
  g_assert_false (evaluated);
  assert_score (e, "S1", 66.67, 3);
  g_assert_null (tiers_indicator_set_find_excluded (e->indicators, "S1"));
}

static void
test_refusals_and_list (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) list = NULL;
  GError *error = NULL;
  const TiersConflict *c;

  g_assert_false (tiers_store_add_conflict (f->store, "Li Wei", "S9", &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (tiers_store_add_conflict (f->store, "  ", "S1", &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (tiers_store_remove_conflict (f->store, "Li Wei", "S1", &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_NOT_FOUND);
  g_clear_error (&error);

  add (f, "Zhang Min", "S1");
  add (f, " Li Wei ", "S2");    /* trimmed, as the ratings' evaluators are */
  add (f, "Li Wei", "S1");
  g_assert_false (tiers_store_add_conflict (f->store, "Li Wei", "S2", &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_DUPLICATE);
  g_clear_error (&error);

  list = tiers_store_list_conflicts (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 3);
  c = list->pdata[0];
  g_assert_cmpstr (c->evaluator, ==, "Li Wei");
  g_assert_cmpstr (c->supplier_code, ==, "S1");
  g_assert_cmpstr (c->declared_by, ==, g_get_user_name ());
  g_assert_true (g_str_has_prefix (c->declared_at, "20"));
  g_assert_cmpstr (((TiersConflict *) list->pdata[1])->supplier_code, ==, "S2");
  g_assert_cmpstr (((TiersConflict *) list->pdata[2])->evaluator, ==, "Zhang Min");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/store-conflicts/leaves-ratings-out", test_leaves_ratings_out);
  ADD ("/store-conflicts/counts-every-evaluator", test_counts_every_evaluator);
  ADD ("/store-conflicts/change-makes-stale", test_change_makes_stale);
  ADD ("/store-conflicts/finalized-stays", test_finalized_stays);
  ADD ("/store-conflicts/refusals-and-list", test_refusals_and_list);
#undef ADD
  return g_test_run ();
}
