/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-import-dialog.c: the import dialog on a real display: kinds recognised, previews,
 * the full check of a set of files, bad lines listed, duplicates skipped, the import landing
 * in dependency order, and Stop leaving nothing. */
#include "config.h"

#include <adwaita.h>
#include <sqlite3.h>

#include "tiers-import-dialog.h"
#include "tiers-window.h"
#include "tiers-test-util.h"
#include "tiers-test-widgets.h"

typedef struct
{
  char         *dir;
  char         *path;
  TiersSession *session;
  guint         data_changed;
  char         *imported;
} Fixture;

#define SUPPLIERS \
  "code,name,category\n" \
  "S001,\"Acme, Inc.\",Fasteners\n" \
  "S002,上海精密机械,Machining\n" \
  "S003,Borealis,Fasteners\n"

#define RECEIPTS_HEADER \
  "supplier_code,po_number,item_code,ordered_qty,received_qty,rejected_qty,unit_price," \
  "promised_date,received_date\n"

#define RECEIPTS \
  RECEIPTS_HEADER \
  "S001,PO-1,M6,100,100,0,0.10,2026-07-01,2026-07-01\n" \
  "S002,PO-2,SH-1,10,10,1,25.00,2026-07-05,2026-07-08\n" \
  "S003,PO-3,M8,50,50,0,0.20,2026-08-01,2026-07-30\n" \
  "S001,PO-4,M6,100,90,0,0.10,2026-09-01,2026-09-02\n"

static void
on_data_changed_cb (TiersSession *session,
                    Fixture      *f)
{
  f->data_changed++;
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("tiers-import-dialog-XXXXXX", NULL);
  f->path = g_build_filename (f->dir, "tiers.db", NULL);
  f->session = tiers_session_new (f->path, &error);
  g_assert_no_error (error);
  g_signal_connect (f->session, "data-changed", G_CALLBACK (on_data_changed_cb), f);
}

static void unref_and_wait (gpointer object);

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_autofree char *cmd = g_strdup_printf ("rm -rf '%s'", f->dir);

  tiers_session_cancel (f->session);
  unref_and_wait (f->session);
  g_assert_true (g_spawn_command_line_sync (cmd, NULL, NULL, NULL, NULL));
  g_free (f->imported);
  g_free (f->path);
  g_free (f->dir);
}

static GFile *
write_file (Fixture    *f,
            const char *name,
            const char *contents)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, contents, -1, &error));
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static gint64
count_rows (Fixture    *f,
            const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_open_v2 (f->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

static void
on_imported_cb (TiersImportDialog *dialog,
                const char        *message,
                Fixture           *f)
{
  g_free (f->imported);
  f->imported = g_strdup (message);
}

static TiersImportDialog *
dialog_new (Fixture *f)
{
  TiersImportDialog *dialog = tiers_import_dialog_new (NULL, f->session);

  g_object_ref_sink (dialog);
  g_signal_connect (dialog, "imported", G_CALLBACK (on_imported_cb), f);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
wait_until_idle (TiersImportDialog *dialog)
{
  while (tiers_import_dialog_get_busy (dialog))
    g_main_context_iteration (NULL, TRUE);
}

static void
add_files (TiersImportDialog *dialog,
           GFile             *first,
           GFile             *second)
{
  GFile *files[] = { first, second };

  tiers_import_dialog_add_files (dialog, files, second != NULL ? 2 : 1);
  g_assert_true (tiers_import_dialog_get_busy (dialog));
  g_assert_false (tiers_import_dialog_get_can_import (dialog));
  wait_until_idle (dialog);
}

static void
on_finalized_cb (gpointer  data,
                 GObject  *where_the_object_was)
{
  g_atomic_int_set ((gint *) data, TRUE);
  /* The last reference may go in a worker thread (a GTask's): wake the test's loop. */
  g_main_context_wakeup (NULL);
}

/* Drops the last reference the test holds, and waits until the workers that still hold
 * OBJECT have let it go. */
static void
unref_and_wait (gpointer object)
{
  gint gone = FALSE;

  g_object_weak_ref (object, on_finalized_cb, &gone);
  g_object_unref (object);
  while (!g_atomic_int_get (&gone))
    g_main_context_iteration (NULL, TRUE);
}

static void
close_dialog (TiersImportDialog *dialog)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
  unref_and_wait (dialog);
}

static TiersImportFileRow *
row_at (TiersImportDialog *dialog,
        guint              index)
{
  return tiers_import_dialog_get_file_row (dialog, index);
}

static void
assert_kind (TiersImportFileRow *row,
             TiersImportKind     expected)
{
  TiersImportKind kind = TIERS_N_IMPORT_KINDS;

  g_assert_true (tiers_import_file_row_get_kind (row, &kind));
  g_assert_cmpint (kind, ==, expected);
}

static void
test_import_set (Fixture *f, gconstpointer data)
{
  g_autoptr(GFile) suppliers = write_file (f, "suppliers.csv", SUPPLIERS);
  g_autoptr(GFile) receipts = write_file (f, "receipts.csv", RECEIPTS);
  g_autoptr(GFile) incidents = write_file (f, "incidents.csv",
                                           "supplier_code,date,severity\n"
                                           "S002,2026-07-09,major\n"
                                           "S003,2026-08-02,minor\n");
  TiersImportDialog *dialog = dialog_new (f);

  /* Receipts first: they name suppliers of the other file, which the check and the import
   * take first. */
  add_files (dialog, receipts, suppliers);
  g_assert_cmpuint (tiers_import_dialog_get_n_files (dialog), ==, 2);
  assert_kind (row_at (dialog, 0), TIERS_IMPORT_RECEIPTS);
  assert_kind (row_at (dialog, 1), TIERS_IMPORT_SUPPLIERS);
  g_assert_cmpuint (tiers_import_file_row_get_n_preview_rows (row_at (dialog, 0)), ==, 4);
  g_assert_cmpuint (tiers_import_file_row_get_n_preview_rows (row_at (dialog, 1)), ==, 3);
  g_assert_cmpint (tiers_import_file_row_get_state (row_at (dialog, 0)), ==,
                   TIERS_IMPORT_FILE_READY);
  g_assert_cmpuint (tiers_import_file_row_get_rows (row_at (dialog, 0)), ==, 4);
  g_assert_cmpuint (tiers_import_file_row_get_rows (row_at (dialog, 1)), ==, 3);
  g_assert_null (tiers_import_file_row_get_problems (row_at (dialog, 0)));
  g_assert_true (tiers_import_dialog_get_can_import (dialog));
  g_assert_cmpstr (tiers_import_dialog_get_status (dialog), ==, "7 rows ready to import.");
  /* The check keeps nothing. */
  g_assert_cmpint (count_rows (f, "supplier"), ==, 0);
  g_assert_cmpuint (f->data_changed, ==, 0);

  /* The same file again is not listed twice; a third kind joins the set. */
  add_files (dialog, suppliers, incidents);
  g_assert_cmpuint (tiers_import_dialog_get_n_files (dialog), ==, 3);
  assert_kind (row_at (dialog, 2), TIERS_IMPORT_INCIDENTS);
  g_assert_true (tiers_import_dialog_get_can_import (dialog));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.import", NULL));
  g_assert_true (tiers_import_dialog_get_busy (dialog));
  while (f->imported == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstr (f->imported, ==, "Imported 4 receipts, 3 suppliers and 2 incidents");
  g_assert_cmpuint (f->data_changed, ==, 1);
  g_assert_cmpint (count_rows (f, "supplier"), ==, 3);
  g_assert_cmpint (count_rows (f, "receipt"), ==, 4);
  g_assert_cmpint (count_rows (f, "incident"), ==, 2);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  close_dialog (dialog);
}

static void
test_bad_rows (Fixture *f, gconstpointer data)
{
  g_autoptr(GFile) suppliers = write_file (f, "suppliers.csv", SUPPLIERS);
  g_autoptr(GFile) receipts = write_file (f, "receipts.csv",
                                          RECEIPTS_HEADER
                                          "S001,PO-1,M6,100,100,0,0.10,2026-07-01,2026-07-01\n"
                                          "S001,PO-2,M6,100,-5,0,0.10,2026-07-01,2026-07-01\n"
                                          "S999,PO-3,M6,100,100,0,0.10,2026-07-01,2026-07-01\n");
  TiersImportDialog *dialog = dialog_new (f);
  TiersImportFileRow *row;
  const char *problems;

  add_files (dialog, suppliers, receipts);
  row = row_at (dialog, 1);
  g_assert_cmpint (tiers_import_file_row_get_state (row), ==, TIERS_IMPORT_FILE_REFUSED);
  problems = tiers_import_file_row_get_problems (row);
  g_assert_nonnull (problems);
  g_assert_true (g_str_has_prefix (problems, "receipts.csv:3: "));
  g_assert_nonnull (strstr (problems, "\nreceipts.csv:4: "));
  g_assert_nonnull (strstr (problems, "S999"));
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==,
                   "Receipts · 2 bad lines");
  g_assert_cmpint (tiers_import_file_row_get_state (row_at (dialog, 0)), ==,
                   TIERS_IMPORT_FILE_READY);
  g_assert_false (tiers_import_dialog_get_can_import (dialog));
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.import", NULL) &&
                  tiers_import_dialog_get_busy (dialog));
  g_assert_cmpint (count_rows (f, "supplier"), ==, 0);
  g_assert_cmpint (count_rows (f, "receipt"), ==, 0);

  /* Removing the bad file leaves a clean set. */
  g_signal_emit_by_name (row, "remove");
  wait_until_idle (dialog);
  g_assert_cmpuint (tiers_import_dialog_get_n_files (dialog), ==, 1);
  g_assert_true (tiers_import_dialog_get_can_import (dialog));
  close_dialog (dialog);
  g_assert_cmpint (count_rows (f, "supplier"), ==, 0);
  g_assert_cmpuint (f->data_changed, ==, 0);
}

static void
test_unrecognised (Fixture *f, gconstpointer data)
{
  g_autoptr(GFile) other = write_file (f, "other.csv", "when,what\n2026-07-01,lunch\n");
  TiersImportDialog *dialog = dialog_new (f);
  TiersImportFileRow *row;

  add_files (dialog, other, NULL);
  row = row_at (dialog, 0);
  g_assert_false (tiers_import_file_row_get_kind (row, NULL));
  g_assert_cmpint (tiers_import_file_row_get_state (row), ==, TIERS_IMPORT_FILE_UNREADABLE);
  g_assert_cmpuint (tiers_import_file_row_get_n_preview_rows (row), ==, 1);
  g_assert_nonnull (strstr (tiers_import_file_row_get_problems (row),
                            "Receipts: supplier_code, po_number, item_code"));
  g_assert_false (tiers_import_dialog_get_can_import (dialog));
  close_dialog (dialog);
}

static void
import_directly (Fixture    *f,
                 const char *name,
                 const char *contents)
{
  g_autoptr(GFile) file = write_file (f, name, contents);
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(TiersStore) store = tiers_store_open (f->path, NULL);
  TiersImportResult result = { 0 };
  TiersImportKind kind = g_str_has_prefix (contents, "code") ? TIERS_IMPORT_SUPPLIERS
                                                             : TIERS_IMPORT_RECEIPTS;
  g_autoptr(GError) error = NULL;

  g_assert_true (tiers_store_import_file (store, kind, path, TIERS_IMPORT_FLAGS_NONE, NULL,
                                          NULL, NULL, &result, &error));
  g_assert_no_error (error);
  tiers_import_result_clear (&result);
}

static void
test_skip_duplicates (Fixture *f, gconstpointer data)
{
  g_autoptr(GFile) overlap = NULL;
  TiersImportDialog *dialog;
  TiersImportFileRow *row;

  import_directly (f, "suppliers.csv", SUPPLIERS);
  import_directly (f, "receipts.csv", RECEIPTS);
  /* An export overlapping the one imported: two receipts again, one new. */
  overlap = write_file (f, "overlap.csv",
                        RECEIPTS_HEADER
                        "S001,PO-1,M6,100,100,0,0.10,2026-07-01,2026-07-01\n"
                        "S002,PO-2,SH-1,10,10,1,25.00,2026-07-05,2026-07-08\n"
                        "S003,PO-9,M8,60,60,0,0.20,2026-09-10,2026-09-10\n");
  dialog = dialog_new (f);
  add_files (dialog, overlap, NULL);
  row = row_at (dialog, 0);
  g_assert_cmpint (tiers_import_file_row_get_state (row), ==, TIERS_IMPORT_FILE_REFUSED);
  g_assert_true (g_str_has_prefix (tiers_import_file_row_get_problems (row), "overlap.csv:2: "));
  g_assert_false (tiers_import_dialog_get_can_import (dialog));

  tiers_import_dialog_set_skip_duplicates (dialog, TRUE);
  g_assert_true (tiers_import_dialog_get_busy (dialog));
  wait_until_idle (dialog);
  g_assert_cmpint (tiers_import_file_row_get_state (row), ==, TIERS_IMPORT_FILE_READY);
  g_assert_cmpuint (tiers_import_file_row_get_rows (row), ==, 1);
  g_assert_cmpuint (tiers_import_file_row_get_skipped (row), ==, 2);
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==,
                   "Receipts · 1 row ready, 2 duplicates skipped");
  g_assert_true (tiers_import_dialog_get_can_import (dialog));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.import", NULL));
  while (f->imported == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstr (f->imported, ==, "Imported 1 receipt, skipped 2 duplicates");
  g_assert_cmpint (count_rows (f, "receipt"), ==, 5);
  close_dialog (dialog);
}

/* About 200,000 receipts: long enough to stop in the middle. */
static GFile *
write_large_receipts (Fixture *f)
{
  g_autoptr(GString) text = g_string_new (RECEIPTS_HEADER);

  for (guint i = 0; i < 200000; i++)
    g_string_append_printf (text, "S00%u,PO-%u,M%u,100,100,%u,0.10,2026-07-%02u,2026-07-%02u\n",
                            1 + i % 3, i, i % 50, i % 3, 1 + i % 28, 1 + (i + 1) % 28);
  return write_file (f, "large.csv", text->str);
}

/* Another program (here a connection of the test's, as `sqlite3` would) keeps a write
 * transaction open: the import waits as long as the window was told and then says why in
 * the dialog, nothing imported, not a bare "database is locked"; once the other program is
 * done, the same import goes through. */
static void
test_locked (Fixture *f, gconstpointer data)
{
  g_autoptr(GFile) suppliers = write_file (f, "suppliers.csv", SUPPLIERS);
  TiersImportDialog *dialog = dialog_new (f);
  sqlite3 *other = NULL;

  add_files (dialog, suppliers, NULL);
  g_assert_true (tiers_import_dialog_get_can_import (dialog));
  tiers_store_set_wait (2, NULL);
  g_assert_cmpint (sqlite3_open (f->path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN EXCLUSIVE; DELETE FROM supplier_note",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.import", NULL));
  wait_until_idle (dialog);
  g_assert_null (f->imported);
  tiers_test_assert_contains (tiers_import_dialog_get_status (dialog),
                              "another program kept writing to it for more than 2 seconds");
  g_assert_null (strstr (tiers_import_dialog_get_status (dialog), "locked"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));

  g_assert_cmpint (sqlite3_exec (other, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (other);
  g_assert_cmpint (count_rows (f, "supplier"), ==, 0);
  g_assert_true (tiers_import_dialog_get_can_import (dialog));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.import", NULL));
  while (f->imported == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (count_rows (f, "supplier"), ==, 3);
  tiers_store_set_wait (30, NULL);
  close_dialog (dialog);
}

static void
on_notify_fraction_cb (GtkProgressBar *bar,
                       GParamSpec     *pspec,
                       double         *fraction)
{
  *fraction = gtk_progress_bar_get_fraction (bar);
}

static GtkProgressBar *
find_progress_bar (GtkWidget *widget)
{
  if (GTK_IS_PROGRESS_BAR (widget))
    return GTK_PROGRESS_BAR (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkProgressBar *bar = find_progress_bar (child);

      if (bar != NULL)
        return bar;
    }
  return NULL;
}

static void
test_stop_large (Fixture *f, gconstpointer data)
{
  g_autoptr(GFile) large = NULL;
  TiersImportDialog *dialog;
  GtkProgressBar *bar;
  double fraction = 0.0;

  import_directly (f, "suppliers.csv", SUPPLIERS);
  large = write_large_receipts (f);
  dialog = dialog_new (f);
  add_files (dialog, large, NULL);
  g_assert_cmpuint (tiers_import_file_row_get_rows (row_at (dialog, 0)), ==, 200000);
  g_assert_true (tiers_import_dialog_get_can_import (dialog));

  bar = find_progress_bar (GTK_WIDGET (dialog));
  g_assert_nonnull (bar);
  g_signal_connect (bar, "notify::fraction", G_CALLBACK (on_notify_fraction_cb), &fraction);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.import", NULL));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (bar)));
  while (fraction <= 0.0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpfloat (fraction, <, 1.0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.stop", NULL));
  g_assert_false (tiers_import_dialog_get_busy (dialog));
  g_assert_cmpstr (tiers_import_dialog_get_status (dialog), ==,
                   "Import stopped: nothing was imported.");
  /* Import stays possible: the files were checked. */
  g_assert_true (tiers_import_dialog_get_can_import (dialog));
  close_dialog (dialog);
  g_assert_null (f->imported);
  g_assert_cmpint (count_rows (f, "receipt"), ==, 0);
  g_assert_cmpint (count_rows (f, "import_batch"), ==, 1);
  g_assert_cmpuint (f->data_changed, ==, 0);
}

/* Closing the dialog while it checks cancels the check. */
static void
test_close_while_checking (Fixture *f, gconstpointer data)
{
  g_autoptr(GFile) suppliers = write_file (f, "suppliers.csv", SUPPLIERS);
  TiersImportDialog *dialog = dialog_new (f);
  GFile *files[] = { suppliers };

  tiers_import_dialog_add_files (dialog, files, 1);
  g_assert_true (tiers_import_dialog_get_busy (dialog));
  close_dialog (dialog);
  g_assert_cmpint (count_rows (f, "supplier"), ==, 0);
}

/* Closing the dialog right after Import: either the set was stopped and nothing landed, or
 * it had committed, and then the session and the window hear of it all the same. */
static void
test_close_while_importing (Fixture *f, gconstpointer data)
{
  g_autoptr(GFile) suppliers = write_file (f, "suppliers.csv", SUPPLIERS);
  TiersImportDialog *dialog = dialog_new (f);

  add_files (dialog, suppliers, NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.import", NULL));
  close_dialog (dialog);
  g_test_message ("the import %s before the dialog closed",
                  f->imported != NULL ? "had committed" : "was stopped");
  if (f->imported != NULL)
    {
      g_assert_cmpstr (f->imported, ==, "Imported 3 suppliers");
      g_assert_cmpint (count_rows (f, "supplier"), ==, 3);
      g_assert_cmpuint (f->data_changed, ==, 1);
    }
  else
    {
      g_assert_cmpint (count_rows (f, "supplier"), ==, 0);
      g_assert_cmpuint (f->data_changed, ==, 0);
    }
}

static TiersImportDialog *
find_import_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (TIERS_IS_IMPORT_DIALOG (window))
        return TIERS_IMPORT_DIALOG (window);
    }
  return NULL;
}

/* CSV files dropped on an empty database's window open the dialog with them; once they
 * land, the window leaves its empty state and says what landed. */
static void
test_drop_on_window (Fixture *f, gconstpointer data)
{
  g_autoptr(GFile) suppliers = write_file (f, "suppliers.csv", SUPPLIERS);
  g_autoptr(GFile) receipts = write_file (f, "receipts.csv", RECEIPTS);
  GFile *files[] = { suppliers, receipts };
  TiersWindow *window = g_object_ref (tiers_window_new (NULL, f->path));
  GValue value = G_VALUE_INIT;
  TiersImportDialog *dialog;
  gboolean dropped = FALSE;

  gtk_window_present (GTK_WINDOW (window));
  TIERS_TEST_WAIT_UNTIL (g_strcmp0 (tiers_window_get_page (window), "loading") != 0);
  g_assert_cmpstr (tiers_window_get_page (window), ==, "empty");
  g_assert_null (find_import_dialog ());
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_array (files, G_N_ELEMENTS (files)));
  g_signal_emit_by_name (tiers_test_find_drop_target (GTK_WIDGET (window)), "drop", &value,
                         10.0, 10.0, &dropped);
  g_value_unset (&value);
  g_assert_true (dropped);

  dialog = find_import_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  g_assert_cmpuint (tiers_import_dialog_get_n_files (dialog), ==, 2);
  wait_until_idle (dialog);
  g_assert_true (tiers_import_dialog_get_can_import (dialog));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.import", NULL));
  TIERS_TEST_WAIT_UNTIL (find_import_dialog () == NULL);
  g_assert_cmpint (count_rows (f, "receipt"), ==, 4);
  g_assert_cmpstr (tiers_window_get_page (window), ==, "pages");

  gtk_window_destroy (GTK_WINDOW (window));
  unref_and_wait (window);
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/import-dialog/import-set", test_import_set);
  ADD ("/import-dialog/bad-rows", test_bad_rows);
  ADD ("/import-dialog/unrecognised", test_unrecognised);
  ADD ("/import-dialog/skip-duplicates", test_skip_duplicates);
  ADD ("/import-dialog/stop-large", test_stop_large);
  ADD ("/import-dialog/close-while-checking", test_close_while_checking);
  ADD ("/import-dialog/close-while-importing", test_close_while_importing);
  ADD ("/import-dialog/drop-on-window", test_drop_on_window);
  ADD ("/import-dialog/locked", test_locked);
#undef ADD
  return g_test_run ();
}
