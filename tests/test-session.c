/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-session.c: the window's session: periods, the default period, background evaluation,
 * switching periods, and reloading after the data changed. */
#include "config.h"

#include <gio/gio.h>

#include "tiers-session.h"
#include "tiers-store-evaluation.h"
#include "tiers-store-sample.h"
#include "tiers-test-util.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(TiersStore) store = NULL;
  g_autoptr(GError) error = NULL;
  TiersSampleOptions options;

  f->dir = g_dir_make_tmp ("tiers-session-XXXXXX", NULL);
  f->path = g_build_filename (f->dir, "tiers.db", NULL);
  store = tiers_store_open (f->path, &error);
  g_assert_no_error (error);
  if (data != NULL)
    {
      tiers_sample_options_init (&options);
      options.suppliers = 20;
      options.years = 1;
      g_date_set_dmy (&options.until, 30, 9, 2026);
      g_assert_true (tiers_store_load_sample (store, &options, NULL, &error));
      g_assert_no_error (error);
    }
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  tiers_test_remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static void
wait_until_idle (TiersSession *session)
{
  while (tiers_session_get_busy (session))
    g_main_context_iteration (NULL, TRUE);
}

static void
test_empty (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersSession) session = tiers_session_new (f->path, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (tiers_session_get_periods (session)->len, ==, 0);
  g_assert_null (tiers_session_get_period (session));
  g_assert_false (tiers_session_get_busy (session));
  g_assert_null (tiers_session_get_evaluation (session));
  g_assert_nonnull (tiers_session_get_scheme (session));
}

static void
test_evaluates_newest_quarter (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersSession) session = tiers_session_new (f->path, &error);
  const TiersEvaluation *evaluation;
  g_autofree char *period = NULL;

  g_assert_no_error (error);
  g_object_get (session, "period", &period, NULL);
  g_assert_cmpstr (period, ==, "2026-Q3");
  g_assert_true (tiers_session_get_busy (session));   /* nothing stored yet */
  wait_until_idle (session);

  evaluation = tiers_session_get_evaluation (session);
  g_assert_nonnull (evaluation);
  g_assert_cmpint (evaluation->period.index, ==, 3);
  g_assert_cmpuint (evaluation->n_suppliers, ==, 20);
  g_assert_nonnull (tiers_session_get_previous_evaluation (session));
  g_assert_cmpint (tiers_session_get_previous_evaluation (session)->period.index, ==, 2);
}

static void
test_switch_period (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersSession) session = tiers_session_new (f->path, &error);
  TiersPeriod h1 = { TIERS_PERIOD_HALF, 2026, 1 };
  TiersPeriod q4 = { TIERS_PERIOD_QUARTER, 2025, 4 };

  /* Switching before the first evaluation lands drops that one. */
  tiers_session_set_period (session, &h1);
  wait_until_idle (session);
  g_assert_cmpint (tiers_session_get_evaluation (session)->period.kind, ==, TIERS_PERIOD_HALF);
  /* 2025-H2 holds data (the sample starts 2025-10-01), so it is the previous one. */
  g_assert_nonnull (tiers_session_get_previous_evaluation (session));

  tiers_session_set_period (session, &q4);
  wait_until_idle (session);
  g_assert_cmpint (tiers_session_get_evaluation (session)->period.year, ==, 2025);
  /* 2025-Q3 has no data: there is no previous evaluation. */
  g_assert_null (tiers_session_get_previous_evaluation (session));
}

static void
on_data_changed (TiersSession *session,
                 gpointer      user_data)
{
  (*(int *) user_data)++;
}

static void
test_data_changed (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersSession) session = tiers_session_new (f->path, &error);
  int emitted = 0;

  g_assert_no_error (error);
  wait_until_idle (session);
  g_signal_connect (session, "data-changed", G_CALLBACK (on_data_changed), &emitted);
  {
    /* Another connection stores a new scheme version: the session picks it up. */
    g_autoptr(TiersStore) store = tiers_store_open (f->path, &error);
    g_autoptr(TiersScheme) scheme = tiers_store_load_scheme (store, NULL, &error);

    scheme->grade_a = 95;
    g_assert_true (tiers_store_save_scheme (store, scheme, "test", NULL, &error));
  }
  tiers_session_data_changed (session);
  g_assert_cmpint (emitted, ==, 1);
  g_assert_cmpfloat (tiers_session_get_scheme (session)->grade_a, ==, 95);
  g_assert_true (tiers_session_get_busy (session));    /* the stored one is stale now */
  wait_until_idle (session);
  g_assert_cmpint (tiers_session_get_evaluation (session)->scheme_version, ==,
                   tiers_session_get_scheme_version (session));
}

static void
test_cancel (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  TiersSession *session = tiers_session_new (f->path, &error);
  TiersSession *alive = session;

  g_assert_true (tiers_session_get_busy (session));
  tiers_session_cancel (session);
  g_assert_false (tiers_session_get_busy (session));

  /* The running task keeps the session alive until it returns; what it returns is dropped. */
  g_object_add_weak_pointer (G_OBJECT (session), (gpointer *) &alive);
  g_object_unref (session);
  while (alive != NULL)
    {
      g_assert_null (tiers_session_get_evaluation (alive));
      g_main_context_iteration (NULL, TRUE);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, sample, fn) \
  g_test_add (path, Fixture, sample, fixture_set_up, fn, fixture_tear_down)
  ADD ("/session/empty", NULL, test_empty);
  ADD ("/session/evaluates-newest-quarter", "sample", test_evaluates_newest_quarter);
  ADD ("/session/switch-period", "sample", test_switch_period);
  ADD ("/session/data-changed", "sample", test_data_changed);
  ADD ("/session/cancel", "sample", test_cancel);
#undef ADD
  return g_test_run ();
}
