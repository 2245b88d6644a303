/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-import.c: the import benchmark of docs/benchmarks.md. In one run it generates the
 * data, times sqlite3's own `.import` of receipts.csv plus the index on (supplier_code,
 * received_date), times the real importer on the same file into a fresh database, prints
 * the ratio, and the importer's peak memory at two file sizes. */
#define G_LOG_DOMAIN "tiers-bench"

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <sqlite3.h>
#include <sys/resource.h>

#include "tiers-import.h"
#include "tiers-store.h"

typedef struct
{
  double  seconds;
  guint64 rows;
  glong   max_rss_kib;
} Measure;

/* The child side: import suppliers (untimed) and receipts (timed) through the real code. */
static int
child_import (const char *db_path,
              const char *folder)
{
  g_autofree char *suppliers = g_build_filename (folder, "suppliers.csv", NULL);
  g_autofree char *receipts = g_build_filename (folder, "receipts.csv", NULL);
  g_autoptr(TiersStore) store = NULL;
  g_autoptr(GError) error = NULL;
  TiersImportResult result = { 0 };
  struct rusage usage;
  gint64 start;
  double seconds;
  guint64 rows;

  store = tiers_store_open (db_path, &error);
  if (store == NULL ||
      !tiers_store_import_file (store, TIERS_IMPORT_SUPPLIERS, suppliers, 0, NULL, NULL, NULL,
                                &result, &error))
    goto failed;
  start = g_get_monotonic_time ();
  if (!tiers_store_import_file (store, TIERS_IMPORT_RECEIPTS, receipts, 0, NULL, NULL, NULL,
                                &result, &error))
    goto failed;
  seconds = (double) (g_get_monotonic_time () - start) / G_USEC_PER_SEC;
  rows = result.rows_imported;
  tiers_import_result_clear (&result);
  g_clear_pointer (&store, tiers_store_close);
  getrusage (RUSAGE_SELF, &usage);
  g_print ("%.3f %" G_GUINT64_FORMAT " %ld\n", seconds, rows, usage.ru_maxrss);
  return 0;

failed:
  g_printerr ("bench-import: %s\n", error->message);
  tiers_import_result_clear (&result);
  return 1;
}

static gboolean
spawn (const char * const *argv,
       char              **out,
       double             *seconds,
       GError            **error)
{
  g_autofree char *err = NULL;
  gint64 start = g_get_monotonic_time ();
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, out, &err,
                     &status, error))
    return FALSE;
  if (seconds != NULL)
    *seconds = (double) (g_get_monotonic_time () - start) / G_USEC_PER_SEC;
  if (!g_spawn_check_wait_status (status, error))
    {
      g_prefix_error (error, "%s: %s", argv[0], err ? err : "");
      return FALSE;
    }
  return TRUE;
}

static gboolean
generate (const char *generator,
          const char *folder,
          guint64     receipts,
          GError    **error)
{
  g_autofree char *count = g_strdup_printf ("%" G_GUINT64_FORMAT, receipts);
  const char *argv[] = { generator, "--output", folder, "--receipts", count, NULL };

  g_print ("Generating %s receipts into %s ...\n", count, folder);
  return spawn (argv, NULL, NULL, error);
}

static gboolean
time_sqlite3 (const char *folder,
              double     *seconds,
              GError    **error)
{
  g_autofree char *db = g_build_filename (folder, "sqlite3.db", NULL);
  g_autofree char *csv = g_build_filename (folder, "receipts.csv", NULL);
  g_autofree char *import = g_strdup_printf (".import --csv --skip 1 '%s' receipts", csv);
  const char *argv[] = {
    "sqlite3", db,
    "CREATE TABLE receipts (supplier_code TEXT, po_number TEXT, item_code TEXT, "
    "ordered_qty REAL, received_qty REAL, rejected_qty REAL, unit_price REAL, "
    "promised_date TEXT, received_date TEXT);",
    import,
    "CREATE INDEX receipts_supplier_date ON receipts (supplier_code, received_date);",
    NULL
  };
  gboolean ok;

  g_unlink (db);
  ok = spawn (argv, NULL, seconds, error);
  g_unlink (db);
  return ok;
}

static void
remove_database (const char *db)
{
  g_autofree char *wal = g_strconcat (db, "-wal", NULL);
  g_autofree char *shm = g_strconcat (db, "-shm", NULL);

  g_unlink (db);
  g_unlink (wal);
  g_unlink (shm);
}

static gboolean
time_import (const char *self,
             const char *folder,
             Measure    *measure,
             GError    **error)
{
  g_autofree char *db = g_build_filename (folder, "tiers.db", NULL);
  g_autofree char *out = NULL;
  const char *argv[] = { self, "--child-import", db, folder, NULL };
  gboolean ok;

  remove_database (db);
  ok = spawn (argv, &out, NULL, error);
  remove_database (db);
  if (ok && sscanf (out, "%lf %" G_GUINT64_FORMAT " %ld", &measure->seconds, &measure->rows,
                    &measure->max_rss_kib) != 3)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "unexpected child output: %s", out);
      ok = FALSE;
    }
  return ok;
}

static gboolean
file_size_mib (const char *folder,
               double     *mib)
{
  g_autofree char *csv = g_build_filename (folder, "receipts.csv", NULL);
  GStatBuf st;

  if (g_stat (csv, &st) != 0)
    return FALSE;
  *mib = (double) st.st_size / (1024 * 1024);
  return TRUE;
}

static void
print_machine (void)
{
  g_autofree char *out = NULL;
  const char *argv[] = { "nproc", NULL };

  if (spawn (argv, &out, NULL, NULL))
    g_print ("Machine: %s cores (nproc), ", g_strstrip (out));
  g_print ("SQLite %s\n", sqlite3_libversion ());
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new ("- time the receipt import");
  g_autoptr(GError) error = NULL;
  g_autofree char *work = NULL;
  g_autofree char *data = NULL;
  g_autofree char *self = NULL;
  g_autofree char *generator = NULL;
  g_autofree char *large = NULL;
  g_autofree char *small = NULL;
  gint64 receipts = 2000000, small_receipts = 200000;
  int repeat = 1;
  gboolean child = FALSE;
  double sqlite_best = G_MAXDOUBLE, size_large = 0, size_small = 0;
  Measure ours_best = { G_MAXDOUBLE, 0, 0 }, ours_small = { 0 };
  GOptionEntry entries[] = {
    { "work", 0, 0, G_OPTION_ARG_FILENAME, &work,
      "Folder for the data and databases (default: a new temporary folder, removed after)",
      "DIR" },
    { "data", 0, 0, G_OPTION_ARG_FILENAME, &data,
      "Take suppliers.csv and receipts.csv from DIR instead of generating them", "DIR" },
    { "receipts", 0, 0, G_OPTION_ARG_INT64, &receipts, "Receipts to time (default 2000000)",
      "N" },
    { "small", 0, 0, G_OPTION_ARG_INT64, &small_receipts,
      "The smaller file whose peak memory is compared (default 200000)", "N" },
    { "repeat", 0, 0, G_OPTION_ARG_INT, &repeat,
      "Time each side N times, alternating, and keep the best (default 1)", "N" },
    { "child-import", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE, &child, NULL, NULL },
    { NULL }
  };
  gboolean temporary;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("bench-import: %s\n", error->message);
      return 2;
    }
  if (child)
    return argc == 3 ? child_import (argv[1], argv[2]) : 2;

  self = g_canonicalize_filename (argv[0], NULL);
  {
    g_autofree char *dir = g_path_get_dirname (self);
    generator = g_build_filename (dir, "tiers-bench-generate", NULL);
  }
  temporary = work == NULL;
  if (temporary)
    work = g_dir_make_tmp ("tiers-bench-XXXXXX", &error);
  if (work == NULL)
    goto failed;
  large = data ? g_strdup (data) : g_build_filename (work, "large", NULL);
  small = g_build_filename (work, "small", NULL);

  print_machine ();
  if ((data == NULL && !generate (generator, large, (guint64) receipts, &error)) ||
      !generate (generator, small, (guint64) small_receipts, &error) ||
      !file_size_mib (large, &size_large) || !file_size_mib (small, &size_small))
    goto failed;

  for (int i = 0; i < MAX (repeat, 1); i++)
    {
      double seconds;
      Measure ours;

      if (!time_sqlite3 (large, &seconds, &error) || !time_import (self, large, &ours, &error))
        goto failed;
      g_print ("  run %d: sqlite3 %.2f s, supplier-tiers %.2f s\n", i + 1, seconds,
               ours.seconds);
      sqlite_best = MIN (sqlite_best, seconds);
      if (ours.seconds < ours_best.seconds)
        ours_best = ours;
    }
  if (!time_import (self, small, &ours_small, &error))
    goto failed;

  g_print ("\nreceipts.csv: %" G_GUINT64_FORMAT " rows, %.0f MiB\n", ours_best.rows,
           size_large);
  g_print ("sqlite3 .import + CREATE INDEX:  %8.2f s\n", sqlite_best);
  g_print ("supplier-tiers import receipts:  %8.2f s\n", ours_best.seconds);
  g_print ("ratio:                           %8.2f (target <= 1.50)\n",
           ours_best.seconds / sqlite_best);
  g_print ("peak memory of the import: %" G_GUINT64_FORMAT " rows (%.0f MiB): %.0f MiB; "
           "%" G_GUINT64_FORMAT " rows (%.0f MiB): %.0f MiB\n",
           ours_small.rows, size_small, ours_small.max_rss_kib / 1024.0,
           ours_best.rows, size_large, ours_best.max_rss_kib / 1024.0);

  if (temporary)
    {
      g_autofree char *cmd = g_strdup_printf ("rm -rf '%s'", work);
      g_spawn_command_line_sync (cmd, NULL, NULL, NULL, NULL);
    }
  return 0;

failed:
  g_printerr ("bench-import: %s\n", error ? error->message : "failed");
  return 1;
}
