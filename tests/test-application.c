/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-application.c: `supplier-tiers --db FILE` as a user runs it: the window opens on that
 * file, resolved against the caller's folder, with the shortcuts, actions and help overlay in
 * place; a second `supplier-tiers --db OTHER` reaches the running instance, which opens a
 * window on OTHER. With SUPPLIER_TIERS_FIRST_CONTENT set, it reports its first frame that
 * shows the Overview's counts and quits. */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "tiers-application.h"
#include "tiers-store-sample.h"
#include "tiers-window.h"

typedef struct
{
  char             *dir;
  char             *db_path;
  TiersApplication *app;
} Fixture;

static void
fixture_set_up (Fixture      *f,
                gconstpointer data)
{
  f->dir = g_dir_make_tmp ("tiers-app-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
  f->db_path = g_build_filename (f->dir, "shop.db", NULL);
  f->app = tiers_application_new ();
  /* Not the instance a user might have running on the session bus. */
  g_application_set_flags (G_APPLICATION (f->app),
                           g_application_get_flags (G_APPLICATION (f->app)) |
                           G_APPLICATION_NON_UNIQUE);
}

static void
fixture_tear_down (Fixture      *f,
                   gconstpointer data)
{
  const char *names[] = { "shop.db", "shop.db-wal", "shop.db-shm",
                          "other.db", "other.db-wal", "other.db-shm" };

  g_assert_finalize_object (f->app);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (f->dir, names[i], NULL);

      g_remove (path);
    }
  g_assert_cmpint (g_rmdir (f->dir), ==, 0);
  g_free (f->db_path);
  g_free (f->dir);
}

/* Checks what the running application offers once the window has read the database, then
 * quits as Ctrl+Q does. */
static gboolean
check_and_quit_cb (gpointer user_data)
{
  Fixture *f = user_data;
  GtkApplication *app = GTK_APPLICATION (f->app);
  GList *windows = gtk_application_get_windows (app);
  TiersWindow *window;
  g_auto(GStrv) import_accels = NULL;
  g_auto(GStrv) open_accels = NULL;
  g_auto(GStrv) page_accels = NULL;
  g_auto(GStrv) quit_accels = NULL;
  g_auto(GStrv) help_accels = NULL;

  g_assert_cmpuint (g_list_length (windows), ==, 1);
  window = TIERS_WINDOW (windows->data);
  if (g_strcmp0 (tiers_window_get_page (window), "loading") == 0)
    return G_SOURCE_CONTINUE;
  g_assert_cmpstr (tiers_window_get_page (window), ==, "empty");
  g_assert_cmpstr (tiers_window_get_db_path (window), ==, f->db_path);
  g_assert_nonnull (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));

  import_accels = gtk_application_get_accels_for_action (app, "win.import");
  open_accels = gtk_application_get_accels_for_action (app, "win.open-database");
  page_accels = gtk_application_get_accels_for_action (app, "win.show-page::suppliers");
  quit_accels = gtk_application_get_accels_for_action (app, "app.quit");
  help_accels = gtk_application_get_accels_for_action (app, "win.show-help-overlay");
  g_assert_cmpstr (import_accels[0], ==, "<Control>i");
  g_assert_cmpstr (open_accels[0], ==, "<Control>o");
  g_assert_cmpstr (page_accels[0], ==, "<Alt>2");
  g_assert_cmpstr (quit_accels[0], ==, "<Control>q");
  g_assert_nonnull (help_accels[0]);
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "about"));

  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  return G_SOURCE_REMOVE;
}

static void
test_open_database (Fixture      *f,
                    gconstpointer data)
{
  g_autofree char *cwd = g_get_current_dir ();
  char *argv[] = { (char *) "supplier-tiers", (char *) "--db", (char *) "shop.db", NULL };

  g_assert_cmpint (g_chdir (f->dir), ==, 0);
  g_idle_add (check_and_quit_cb, f);
  g_assert_cmpint (g_application_run (G_APPLICATION (f->app), 3, argv), ==, 0);
  g_assert_cmpint (g_chdir (cwd), ==, 0);
  /* The window opened the file, so it exists now. */
  g_assert_true (g_file_test (f->db_path, G_FILE_TEST_IS_REGULAR));
}

/* Without --db, the database of the last window opened, while it exists. */
static void
test_last_database (Fixture      *f,
                    gconstpointer data)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autofree char *last = NULL;
  char *argv[] = { (char *) "supplier-tiers", NULL };

  g_autoptr(TiersStore) store = tiers_store_open (f->db_path, NULL);

  /* An existing database (an empty file is refused as one that went wrong). */
  g_assert_nonnull (store);
  g_clear_pointer (&store, tiers_store_close);
  g_settings_set_string (settings, "last-database", f->db_path);
  g_idle_add (check_and_quit_cb, f);
  g_assert_cmpint (g_application_run (G_APPLICATION (f->app), 1, argv), ==, 0);
  last = g_settings_get_string (settings, "last-database");
  g_assert_cmpstr (last, ==, f->db_path);
}

static TiersWindow *
find_window (GtkApplication *app,
             const char     *db_path)
{
  for (GList *l = gtk_application_get_windows (app); l; l = l->next)
    if (g_strcmp0 (tiers_window_get_db_path (l->data), db_path) == 0)
      return l->data;
  return NULL;
}

typedef struct
{
  Fixture  *f;
  char     *other_path;
  gboolean  spawned;
  gboolean  second_exited;
} Remote;

static void
on_second_exited_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  Remote *remote = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_subprocess_wait_check_finish (G_SUBPROCESS (object), result, &error));
  g_assert_no_error (error);
  remote->second_exited = TRUE;
}

/* Once the first window is up, a second process asks for another file; it hands the request
 * to this instance and exits, and this instance opens the window. */
static gboolean
remote_step_cb (gpointer user_data)
{
  Remote *remote = user_data;
  GtkApplication *app = GTK_APPLICATION (remote->f->app);

  if (find_window (app, remote->f->db_path) == NULL)
    return G_SOURCE_CONTINUE;
  if (!remote->spawned)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GSubprocess) second = NULL;

      second = g_subprocess_new (G_SUBPROCESS_FLAGS_NONE, &error,
                                 g_getenv ("SUPPLIER_TIERS_APP"), "--db", remote->other_path,
                                 NULL);
      g_assert_no_error (error);
      g_subprocess_wait_check_async (second, NULL, on_second_exited_cb, remote);
      remote->spawned = TRUE;
      return G_SOURCE_CONTINUE;
    }
  /* The window opens its database once it has shown its first frame. */
  if (!remote->second_exited || find_window (app, remote->other_path) == NULL ||
      g_strcmp0 (tiers_window_get_page (find_window (app, remote->other_path)), "empty") != 0)
    return G_SOURCE_CONTINUE;
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (app)), ==, 2);
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  return G_SOURCE_REMOVE;
}

static void
test_remote_open (Fixture      *f,
                  gconstpointer data)
{
  char *argv[] = { (char *) "supplier-tiers", (char *) "--db", f->db_path, NULL };
  Remote remote = { f, g_build_filename (f->dir, "other.db", NULL), FALSE, FALSE };

  /* The instance must be the unique one that a second process finds on the bus. */
  g_application_set_flags (G_APPLICATION (f->app),
                           g_application_get_flags (G_APPLICATION (f->app)) &
                           ~G_APPLICATION_NON_UNIQUE);
  g_timeout_add (20, remote_step_cb, &remote);
  g_assert_cmpint (g_application_run (G_APPLICATION (f->app), 3, argv), ==, 0);
  g_assert_true (remote.second_exited);
  g_assert_true (g_file_test (remote.other_path, G_FILE_TEST_IS_REGULAR));
  g_free (remote.other_path);
}

/* Runs PROGRAM --db DB without GSETTINGS_SCHEMA_DIR, as a developer starts it from the build
 * tree, told to quit after its first frame; gives its exit status and its output. */
static int
run_without_schema_dir (const char  *program,
                        const char  *db,
                        char       **out,
                        char       **err)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_unsetenv (launcher, "GSETTINGS_SCHEMA_DIR");
  g_subprocess_launcher_setenv (launcher, "SUPPLIER_TIERS_FIRST_FRAME", "1", TRUE);
  process = g_subprocess_launcher_spawn (launcher, &error, program, "--db", db, NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, out, err, &error);
  g_assert_no_error (error);
  return g_subprocess_get_exit_status (process);
}

/* Started straight from the build tree it finds the build's schema; a copy elsewhere without
 * an installed schema says what to do and exits 1 instead of aborting. */
static void
test_build_tree (Fixture      *f,
                 gconstpointer data)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *copy = g_build_filename (f->dir, "supplier-tiers", NULL);
  g_autofree char *bytes = NULL;
  gsize length = 0;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (run_without_schema_dir (g_getenv ("SUPPLIER_TIERS_APP"), f->db_path, &out,
                                           &err), ==, 0);
  g_assert_true (g_str_has_prefix (out, "first-frame "));

  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_file_get_contents (g_getenv ("SUPPLIER_TIERS_APP"), &bytes, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (copy, bytes, length, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (copy, 0755), ==, 0);
  g_assert_cmpint (run_without_schema_dir (copy, f->db_path, &out, &err), ==, 1);
  g_assert_nonnull (strstr (err, "io.github.suppliertiers.SupplierTiers"));
  g_assert_nonnull (strstr (err, "meson devenv"));
  g_remove (copy);
}

/* A small sample database whose newest quarter was never graded: the window grades it, shows
 * the Overview's counts, reports that frame and quits; the time is on the monotonic clock, so
 * after the spawn. */
static void
test_first_content (Fixture      *f,
                    gconstpointer data)
{
  g_autoptr(TiersStore) store = NULL;
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  TiersSampleOptions options;
  gint64 start, content = 0;
  const char *line;

  store = tiers_store_open (f->db_path, &error);
  g_assert_no_error (error);
  tiers_sample_options_init (&options);
  options.suppliers = 20;
  options.years = 1;
  g_assert_true (tiers_store_load_sample (store, &options, NULL, &error));
  g_assert_no_error (error);
  g_clear_pointer (&store, tiers_store_close);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_subprocess_launcher_setenv (launcher, "SUPPLIER_TIERS_FIRST_CONTENT", "1", TRUE);
  start = g_get_monotonic_time ();
  process = g_subprocess_launcher_spawn (launcher, &error, g_getenv ("SUPPLIER_TIERS_APP"),
                                         "--db", f->db_path, NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &out, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 0);
  line = strstr (out, "first-content ");
  g_assert_nonnull (line);
  g_assert_cmpint (sscanf (line, "first-content %" G_GINT64_FORMAT, &content), ==, 1);
  g_assert_cmpint (content, >, start);
  g_assert_null (strstr (out, "first-frame "));
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add ("/application/build-tree", Fixture, NULL, fixture_set_up, test_build_tree,
              fixture_tear_down);
  g_test_add ("/application/first-content", Fixture, NULL, fixture_set_up, test_first_content,
              fixture_tear_down);
  g_test_add ("/application/open-database", Fixture, NULL, fixture_set_up,
              test_open_database, fixture_tear_down);
  g_test_add ("/application/last-database", Fixture, NULL, fixture_set_up,
              test_last_database, fixture_tear_down);
  g_test_add ("/application/remote-open", Fixture, NULL, fixture_set_up,
              test_remote_open, fixture_tear_down);
  return g_test_run ();
}
