/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-export.c: Export CSV… on a real display: the file holds exactly the rows the
 * Suppliers page shows, in their order, as UTF-8 with a byte-order mark, CRLF line ends and
 * RFC 4180 quoting, Chinese included; a file that cannot be written says where. */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "tiers-error.h"
#include "tiers-import.h"
#include "tiers-session.h"
#include "tiers-store-sample.h"
#include "tiers-supplier-export.h"
#include "tiers-supplier-record.h"
#include "tiers-suppliers-page.h"
#include "tiers-test-util.h"

typedef struct
{
  char               *dir;
  char               *path;
  TiersSession       *session;
  GtkWidget          *window;
  TiersSuppliersPage *page;
} Fixture;

/* Suppliers without receipts: ungraded, in a category of their own. */
#define TRICKY \
  "code,name,category\n" \
  "X001,\"Comma, Ltd\",Tricky\n" \
  "X002,\"Say \"\"Hi\"\" GmbH\",Tricky\n" \
  "X003,北京华创电子,Tricky\n"

static void
load_data (Fixture *f)
{
  g_autoptr(TiersStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *tricky = g_build_filename (f->dir, "tricky.csv", NULL);
  TiersImportResult result = { 0 };
  TiersSampleOptions options;

  store = tiers_store_open (f->path, &error);
  g_assert_no_error (error);
  tiers_sample_options_init (&options);
  options.suppliers = 30;
  options.years = 1;
  g_date_set_dmy (&options.until, 30, 9, 2026);
  g_assert_true (tiers_store_load_sample (store, &options, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (tricky, TRICKY, -1, &error));
  g_assert_true (tiers_store_import_file (store, TIERS_IMPORT_SUPPLIERS, tricky,
                                          TIERS_IMPORT_FLAGS_NONE, NULL, NULL, NULL, &result,
                                          &error));
  g_assert_no_error (error);
  tiers_import_result_clear (&result);
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("tiers-export-XXXXXX", NULL);
  f->path = g_build_filename (f->dir, "tiers.db", NULL);
  load_data (f);
  f->session = tiers_session_new (f->path, &error);
  g_assert_no_error (error);
  TIERS_TEST_WAIT_UNTIL (!tiers_session_get_busy (f->session));
  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 800);
  f->page = TIERS_SUPPLIERS_PAGE (tiers_suppliers_page_new (f->session));
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->page));
  gtk_window_present (GTK_WINDOW (f->window));
  TIERS_TEST_WAIT_UNTIL (!tiers_suppliers_page_get_loading (f->page)
              && g_list_model_get_n_items (tiers_suppliers_page_get_shown (f->page)) > 0);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_autofree char *cmd = g_strdup_printf ("rm -rf '%s'", f->dir);

  gtk_window_destroy (GTK_WINDOW (f->window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_object (&f->session);
  g_assert_true (g_spawn_command_line_sync (cmd, NULL, NULL, NULL, NULL));
  g_free (f->path);
  g_free (f->dir);
}

/* Exports, and returns the file's lines (without their CRLF) after checking the encoding. */
static GStrv
export_lines (Fixture *f)
{
  g_autofree char *path = g_build_filename (f->dir, "export.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (tiers_supplier_export_to_file (f->page, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_cmpuint (length, >, 3);
  g_assert_cmpmem (contents, 3, "\xEF\xBB\xBF", 3);
  g_assert_true (g_utf8_validate (contents, (gssize) length, NULL));
  g_assert_true (g_str_has_suffix (contents, "\r\n"));
  /* Every line break is a CRLF: none of the names holds one. */
  for (gsize i = 0; i < length; i++)
    if (contents[i] == '\n')
      g_assert_cmpint (contents[i - 1], ==, '\r');
  contents[length - 2] = '\0';
  return g_strsplit (contents + 3, "\r\n", -1);
}

/* Each line after the header starts with the code of the shown row at its place. */
static void
assert_shown_rows (Fixture *f,
                   GStrv    lines)
{
  GListModel *shown = tiers_suppliers_page_get_shown (f->page);
  guint n = g_list_model_get_n_items (shown);

  g_assert_cmpuint (g_strv_length (lines), ==, n + 1);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TiersSupplierRecord) record = g_list_model_get_item (shown, i);
      g_autofree char *prefix = g_strdup_printf ("%s,", tiers_supplier_record_get_code (record));

      g_assert_true (g_str_has_prefix (lines[i + 1], prefix));
    }
}

static void
test_shown_rows (Fixture *f, gconstpointer data)
{
  TiersSupplierFilter filter = { TIERS_SUPPLIER_FILTER_GRADE, TIERS_GRADE_NONE,
                                 TIERS_GRADE_NONE, "Tricky", NULL };
  g_auto(GStrv) all = NULL;
  g_auto(GStrv) tricky = NULL;

  all = export_lines (f);
  g_assert_cmpuint (g_strv_length (all), ==, 33 + 1);
  assert_shown_rows (f, all);

  tiers_suppliers_page_show (f->page, &filter);
  g_assert_cmpuint (g_list_model_get_n_items (tiers_suppliers_page_get_shown (f->page)), ==, 3);
  tricky = export_lines (f);
  assert_shown_rows (f, tricky);
  g_assert_true (g_str_has_prefix (tricky[1], "X001,\"Comma, Ltd\","));
  g_assert_true (g_str_has_prefix (tricky[2], "X002,\"Say \"\"Hi\"\" GmbH\","));
  g_assert_true (g_str_has_prefix (tricky[3], "X003,北京华创电子,"));
  for (guint i = 1; i <= 3; i++)
    g_assert_nonnull (strstr (tricky[i], ",Tricky,"));
}

static void
test_default_name (Fixture *f, gconstpointer data)
{
  g_autofree char *name = tiers_supplier_export_default_name (f->session);

  g_assert_cmpstr (name, ==, "suppliers-2026-Q3.csv");
}

/* A folder that does not exist: the message names the file. */
static void
test_cannot_write (Fixture *f, gconstpointer data)
{
  g_autofree char *path = g_build_filename (f->dir, "missing", "export.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_false (tiers_supplier_export_to_file (f->page, file, &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_false (g_file_query_exists (file, NULL));
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/export/shown-rows", test_shown_rows);
  ADD ("/export/default-name", test_default_name);
  ADD ("/export/cannot-write", test_cannot_write);
#undef ADD
  return g_test_run ();
}
