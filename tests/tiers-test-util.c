/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-test-util.c: helpers several tests share. */
#include "config.h"

#include <stdarg.h>
#include <string.h>
#include <sys/wait.h>

#include "tiers-test-util.h"

void
tiers_test_run_clear (TiersTestRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

void
tiers_test_run_cli (TiersTestRun *run,
                    const char   *db,
                    ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *program = g_getenv ("SUPPLIER_TIERS_CLI");
  const char *arg;
  va_list args;
  int wait_status;

  g_assert_nonnull (program);
  g_ptr_array_add (argv, (char *) program);
  if (db != NULL)
    {
      g_ptr_array_add (argv, (char *) "--db");
      g_ptr_array_add (argv, (char *) db);
    }
  va_start (args, db);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  tiers_test_run_clear (run);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &run->out, &run->err, &wait_status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
}

void
tiers_test_remove_tree (const char *dir)
{
  const char *argv[] = { "rm", "-rf", "--", dir, NULL };
  g_autoptr(GError) error = NULL;
  int wait_status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               NULL, NULL, &wait_status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (wait_status, NULL));
}

void
tiers_test_database_set_up_with (TiersTestDatabase  *database,
                                 const char         *set,
                                 const char * const *kinds)
{
  g_auto(TiersTestRun) run = { 0 };
  g_autofree char *scheme = g_test_build_filename (G_TEST_DIST, "data", set, "scheme.ini",
                                                   NULL);

  database->dir = g_dir_make_tmp ("tiers-cli-XXXXXX", NULL);
  database->db = g_build_filename (database->dir, "tiers.db", NULL);
  tiers_test_run_cli (&run, database->db, "scheme", "import", scheme, NULL);
  tiers_test_assert_status (&run, 0);
  for (guint i = 0; kinds[i] != NULL; i++)
    {
      g_autofree char *name = g_strconcat (kinds[i], ".csv", NULL);
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", set, name, NULL);

      tiers_test_run_clear (&run);
      tiers_test_run_cli (&run, database->db, "import", kinds[i], path, NULL);
      tiers_test_assert_status (&run, 0);
    }
}

void
tiers_test_database_set_up (TiersTestDatabase *database,
                            const char        *set)
{
  const char *kinds[] = { "suppliers", "receipts", NULL };

  tiers_test_database_set_up_with (database, set, kinds);
}

void
tiers_test_database_tear_down (TiersTestDatabase *database)
{
  tiers_test_remove_tree (database->dir);
  g_clear_pointer (&database->db, g_free);
  g_clear_pointer (&database->dir, g_free);
}

void
tiers_test_store_import (TiersTestStore  *test_store,
                         const char      *set,
                         TiersImportKind  kind,
                         const char      *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", set, name, NULL);
  g_autoptr(GError) error = NULL;
  TiersImportResult result = { 0 };

  g_assert_true (tiers_store_import_file (test_store->store, kind, path, 0, NULL, NULL, NULL,
                                         &result, &error));
  g_assert_no_error (error);
  tiers_import_result_clear (&result);
}

void
tiers_test_store_open (TiersTestStore    *test_store,
                       const char        *set,
                       const TiersScheme *scheme)
{
  g_autoptr(TiersScheme) loaded = NULL;
  g_autoptr(GError) error = NULL;

  if (scheme == NULL)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", set, "scheme.ini",
                                                     NULL);

      scheme = loaded = tiers_scheme_load_from_file (path, &error);
      g_assert_no_error (error);
    }
  test_store->dir = g_dir_make_tmp ("tiers-store-XXXXXX", NULL);
  test_store->path = g_build_filename (test_store->dir, "tiers.db", NULL);
  test_store->store = tiers_store_open (test_store->path, &error);
  g_assert_no_error (error);
  g_assert_true (tiers_store_save_scheme (test_store->store, scheme, "test",
                                          &test_store->version, &error));
  g_assert_no_error (error);
}

void
tiers_test_store_set_up (TiersTestStore    *test_store,
                         const char        *set,
                         const TiersScheme *scheme)
{
  tiers_test_store_open (test_store, set, scheme);
  tiers_test_store_import (test_store, set, TIERS_IMPORT_SUPPLIERS, "suppliers.csv");
  tiers_test_store_import (test_store, set, TIERS_IMPORT_RECEIPTS, "receipts.csv");
}

void
tiers_test_store_tear_down (TiersTestStore *test_store)
{
  g_clear_pointer (&test_store->store, tiers_store_close);
  tiers_test_remove_tree (test_store->dir);
  g_clear_pointer (&test_store->path, g_free);
  g_clear_pointer (&test_store->dir, g_free);
}

gboolean
tiers_test_on_timeout (gpointer condition_text)
{
  g_error ("timed out waiting for %s", (const char *) condition_text);
  return G_SOURCE_REMOVE;
}

void
tiers_test_assert_status (TiersTestRun *run,
                          int           status)
{
  if (run->status != status)
    g_error ("exit %d, not %d: %s%s", run->status, status, run->out, run->err);
}

void
tiers_test_assert_contains (const char *text,
                            const char *part)
{
  if (strstr (text, part) == NULL)
    g_error ("“%s” not found in:\n%s", part, text);
}
