/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-window-open.c: the window on a database it cannot open (docs/reliability.md): a file
 * that is not a database, a database from a newer version, an empty file, a read-only file
 * and a read-only folder each show "Cannot Open the Database" with the reason, offer nothing that would
 * write, and leave the file byte for byte as it was. */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "tiers-store.h"
#include "tiers-test-util.h"
#include "tiers-test-widgets.h"
#include "tiers-window.h"

typedef struct
{
  char *dir;
  char *db_path;
} Fixture;

static void
fixture_set_up (Fixture      *f,
                gconstpointer data)
{
  f->dir = g_dir_make_tmp ("tiers-window-open-XXXXXX", NULL);
  f->db_path = g_build_filename (f->dir, "tiers.db", NULL);
}

static void
fixture_tear_down (Fixture      *f,
                   gconstpointer data)
{
  g_chmod (f->dir, 0700);
  g_chmod (f->db_path, 0600);
  tiers_test_remove_tree (f->dir);
  g_free (f->db_path);
  g_free (f->dir);
}

static GBytes *
read_bytes (const char *path)
{
  char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_bytes_new_take (contents, length);
}

static gboolean
on_timeout_cb (gpointer user_data)
{
  g_error ("the window never showed why it cannot open the database");
  return G_SOURCE_REMOVE;
}

/* Opens a window on the file, waits for its error page and checks what it says. */
static void
assert_cannot_open (Fixture    *f,
                    const char *starts,
                    const char *expected)
{
  g_autoptr(GBytes) before = read_bytes (f->db_path);
  g_autoptr(GBytes) after = NULL;
  TiersWindow *window = g_object_ref (tiers_window_new (NULL, f->db_path));
  guint timeout = g_timeout_add_seconds (60, on_timeout_cb, NULL);
  GtkLabel *heading, *reason;

  gtk_window_present (GTK_WINDOW (window));
  while (g_strcmp0 (tiers_window_get_page (window), "error") != 0)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);
  while (g_main_context_iteration (NULL, FALSE))
    ;

  heading = tiers_test_find_label (GTK_WIDGET (window), "Cannot Open the Database");
  g_assert_nonnull (heading);
  reason = tiers_test_find_label (GTK_WIDGET (window), starts);
  g_assert_nonnull (reason);
  tiers_test_assert_contains (gtk_label_get_text (reason), expected);
  /* Nothing that would write is offered. */
  g_assert_null (tiers_test_find_button (GTK_WIDGET (window), "win.load-sample"));
  g_assert_null (tiers_test_find_button (GTK_WIDGET (window), "win.import"));

  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_finalize_object (window);
  after = read_bytes (f->db_path);
  g_assert_true (g_bytes_equal (before, after));
}

static void
test_not_a_database (Fixture *f, gconstpointer data)
{
  g_assert_true (g_file_set_contents (f->db_path, "supplier,grade\nBolt,A\n", -1, NULL));
  assert_cannot_open (f, f->db_path, "is not a Supplier Tiers database");
}

static void
test_newer_version (Fixture *f, gconstpointer data)
{
  g_autoptr(TiersStore) store = tiers_store_open (f->db_path, NULL);
  sqlite3 *db = NULL;

  g_assert_nonnull (store);
  g_clear_pointer (&store, tiers_store_close);
  g_assert_cmpint (sqlite3_open (f->db_path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 99",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  assert_cannot_open (f, f->db_path, "written by a newer Supplier Tiers");
}

static void
test_foreign_database (Fixture *f, gconstpointer data)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (f->db_path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE contact (name TEXT); "
                                 "PRAGMA user_version = 3", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  assert_cannot_open (f, f->db_path, "not one of Supplier Tiers");
}

static void
test_damaged (Fixture *f, gconstpointer data)
{
  g_autoptr(TiersStore) store = tiers_store_open (f->db_path, NULL);
  g_autofree char *bytes = NULL;
  gsize length = 0;

  /* Closed, the database is all in its file. */
  g_assert_nonnull (store);
  g_clear_pointer (&store, tiers_store_close);
  g_assert_true (g_file_get_contents (f->db_path, &bytes, &length, NULL));
  g_assert_cmpuint (length, >, 4096);
  memset (bytes + 100, 0x5a, 4096 - 100);
  g_assert_true (g_file_set_contents (f->db_path, bytes, (gssize) length, NULL));
  assert_cannot_open (f, f->db_path, "is damaged");
}

static void
test_empty_file (Fixture *f, gconstpointer data)
{
  g_assert_true (g_file_set_contents (f->db_path, "", 0, NULL));
  assert_cannot_open (f, f->db_path, "is an empty file");
}

static void
test_read_only_file (Fixture *f, gconstpointer data)
{
  g_autoptr(TiersStore) store = tiers_store_open (f->db_path, NULL);

  g_assert_nonnull (store);
  g_assert_true (tiers_store_get_schema_version (store) > 0);
  g_clear_pointer (&store, tiers_store_close);
  g_assert_cmpint (g_chmod (f->db_path, 0444), ==, 0);
  assert_cannot_open (f, "The database", "is read-only");
}

static void
test_read_only_folder (Fixture *f, gconstpointer data)
{
  g_autoptr(TiersStore) store = tiers_store_open (f->db_path, NULL);

  g_assert_nonnull (store);
  g_assert_true (tiers_store_get_schema_version (store) > 0);
  g_clear_pointer (&store, tiers_store_close);
  g_assert_cmpint (g_chmod (f->dir, 0555), ==, 0);
  assert_cannot_open (f, "The folder", "is read-only");
}

int
main (int argc, char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/window-open/not-a-database", test_not_a_database);
  ADD ("/window-open/newer-version", test_newer_version);
  ADD ("/window-open/foreign-database", test_foreign_database);
  ADD ("/window-open/damaged", test_damaged);
  ADD ("/window-open/empty-file", test_empty_file);
  ADD ("/window-open/read-only-file", test_read_only_file);
  ADD ("/window-open/read-only-folder", test_read_only_folder);
#undef ADD

  return g_test_run ();
}
