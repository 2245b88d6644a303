/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-store-periods.c: which periods hold data, and when a stored evaluation is current. */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "tiers-import.h"
#include "tiers-store-evaluation.h"
#include "tiers-store-periods.h"
#include "tiers-test-util.h"

typedef struct
{
  char       *dir;
  TiersStore *store;
} Fixture;

static void
import_text (TiersStore      *store,
             TiersImportKind  kind,
             const char      *text)
{
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (text, -1, NULL);
  g_autoptr(GError) error = NULL;
  TiersImportResult result = { 0 };

  g_assert_true (tiers_store_import_stream (store, kind, "test.csv", stream,
                                            TIERS_IMPORT_FLAGS_NONE, NULL, NULL, NULL,
                                            &result, &error));
  g_assert_no_error (error);
  tiers_import_result_clear (&result);
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("tiers-periods-XXXXXX", NULL);
  path = g_build_filename (f->dir, "tiers.db", NULL);
  f->store = tiers_store_open (path, NULL);
  g_assert_nonnull (f->store);
  import_text (f->store, TIERS_IMPORT_SUPPLIERS,
               "code,name,category\nS1,Acme,Fasteners\nS2,Bolt,Fasteners\n");
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  tiers_store_close (f->store);
  tiers_test_remove_tree (f->dir);
  g_free (f->dir);
}

static char *
periods_text (GArray *periods)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < periods->len; i++)
    {
      g_autofree char *p = tiers_period_to_string (&g_array_index (periods, TiersPeriod, i));

      g_string_append_printf (s, "%s%s", i ? " " : "", p);
    }
  return g_string_free (s, FALSE);
}

static void
test_no_data (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) periods = tiers_store_list_data_periods (f->store, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (periods->len, ==, 0);
}

static void
test_periods_newest_first (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) periods = NULL;
  g_autofree char *text = NULL;

  /* Receipts in 2025-11 and 2026-02, an incident in 2026-05; nothing in between. */
  import_text (f->store, TIERS_IMPORT_RECEIPTS,
               "supplier_code,po_number,item_code,ordered_qty,received_qty,rejected_qty,"
               "unit_price,promised_date,received_date\n"
               "S1,PO1,I1,10,10,0,2,2025-11-03,2025-11-04\n"
               "S2,PO2,I1,10,10,0,2,2026-02-01,2026-02-01\n");
  import_text (f->store, TIERS_IMPORT_INCIDENTS,
               "supplier_code,date,severity,description\nS1,2026-05-20,minor,Label\n");
  periods = tiers_store_list_data_periods (f->store, &error);
  g_assert_no_error (error);
  text = periods_text (periods);
  g_assert_cmpstr (text, ==, "2026-Q2 2026-Q1 2026-H1 2026 2025-Q4 2025-H2 2025");
}

static void
test_evaluation_current (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersEvaluation) evaluation = NULL;
  TiersPeriod q1 = { TIERS_PERIOD_QUARTER, 2026, 1 };
  g_autoptr(TiersScheme) scheme = NULL;
  gint64 version = 0;
  gboolean current = TRUE;

  import_text (f->store, TIERS_IMPORT_RECEIPTS,
               "supplier_code,po_number,item_code,ordered_qty,received_qty,rejected_qty,"
               "unit_price,promised_date,received_date\n"
               "S1,PO1,I1,10,10,0,2,2026-02-01,2026-02-01\n");
  scheme = tiers_store_load_scheme (f->store, &version, &error);
  g_assert_true (tiers_store_evaluation_is_current (f->store, &q1, version, &current, &error));
  g_assert_false (current);                       /* never evaluated */

  evaluation = tiers_store_evaluate (f->store, &q1, NULL, TIERS_EVALUATE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_true (tiers_store_evaluation_is_current (f->store, &q1, version, &current, &error));
  g_assert_true (current);
  g_assert_true (tiers_store_evaluation_is_current (f->store, &q1, version + 1, &current,
                                                    &error));
  g_assert_false (current);                       /* another scheme version */

  import_text (f->store, TIERS_IMPORT_RECEIPTS,
               "supplier_code,po_number,item_code,ordered_qty,received_qty,rejected_qty,"
               "unit_price,promised_date,received_date\n"
               "S2,PO9,I1,10,10,0,2,2026-02-01,2026-02-01\n");
  g_assert_true (tiers_store_evaluation_is_current (f->store, &q1, version, &current, &error));
  g_assert_false (current);                       /* the data changed */
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, fn) \
  g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/store-periods/no-data", test_no_data);
  ADD ("/store-periods/newest-first", test_periods_newest_first);
  ADD ("/store-periods/evaluation-current", test_evaluation_current);
#undef ADD
  return g_test_run ();
}
