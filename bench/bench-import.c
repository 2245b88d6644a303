/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-import.c: the import benchmark of docs/benchmarks.md. In one run it generates the
 * data, writes the receipts in three orders (as generated, in date order; shuffled; sorted by
 * supplier), and for each order times sqlite3's own `.import` of that file plus the index on
 * (supplier_code, received_date) and the real importer on the same file into a fresh
 * database, alternating; it prints the three ratios of the medians, and the importer's peak
 * memory at two file sizes in each order. */
#define G_LOG_DOMAIN "tiers-bench"

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sqlite3.h>
#include <sys/resource.h>
#include <unistd.h>

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

/* ---- the three orders ---- */

typedef enum { ORDER_DATE, ORDER_SHUFFLED, ORDER_SUPPLIER, N_ORDERS } Order;

static const char * const order_names[N_ORDERS] = {
  "date order (as exported)", "shuffled", "sorted by supplier"
};
static const char * const order_folders[N_ORDERS] = { NULL, "shuffled", "by-supplier" };

typedef struct
{
  char  *text;
  gsize  length;
  guint  index;   /* in the file: the sort by supplier keeps it for equal codes */
} Line;

static int
compare_supplier (gconstpointer a,
                  gconstpointer b)
{
  const Line *x = a, *y = b;
  const char *cx = memchr (x->text, ',', x->length), *cy = memchr (y->text, ',', y->length);
  gsize nx = cx ? (gsize) (cx - x->text) : x->length, ny = cy ? (gsize) (cy - y->text) : y->length;
  int c = memcmp (x->text, y->text, MIN (nx, ny));

  if (c == 0 && nx != ny)
    c = nx < ny ? -1 : 1;
  if (c == 0)
    c = x->index < y->index ? -1 : x->index > y->index;
  return c;
}

/* Writes TARGET/receipts.csv with the rows of SOURCE/receipts.csv in the given order (the
 * same every run: a fixed seed), and links SOURCE's suppliers beside it. */
static gboolean
write_order (const char *source,
             Order       order,
             const char *target,
             GError    **error)
{
  g_autofree char *csv = g_build_filename (source, "receipts.csv", NULL);
  g_autofree char *target_csv = g_build_filename (target, "receipts.csv", NULL);
  g_autofree char *suppliers = g_canonicalize_filename ("suppliers.csv", source);
  g_autofree char *link = g_build_filename (target, "suppliers.csv", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (Line));
  g_autoptr(GString) text = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (13);
  gsize length;
  char *p, *end, *header_end;

  if (!g_file_get_contents (csv, &contents, &length, error))
    return FALSE;
  end = contents + length;
  header_end = memchr (contents, '\n', length);
  if (header_end == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s has no rows", csv);
      return FALSE;
    }
  for (p = header_end + 1; p < end; )
    {
      char *nl = memchr (p, '\n', (gsize) (end - p));
      Line line = { p, (nl ? (gsize) (nl - p) : (gsize) (end - p)), lines->len };

      g_array_append_val (lines, line);
      p = nl ? nl + 1 : end;
    }
  if (order == ORDER_SHUFFLED)
    for (guint i = lines->len; i > 1; i--)
      {
        guint j = (guint) g_rand_int_range (rand, 0, (gint32) i);
        Line t = g_array_index (lines, Line, i - 1);

        g_array_index (lines, Line, i - 1) = g_array_index (lines, Line, j);
        g_array_index (lines, Line, j) = t;
      }
  else
    g_array_sort (lines, compare_supplier);

  text = g_string_sized_new (length + 1);
  g_string_append_len (text, contents, header_end + 1 - contents);
  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);

      g_string_append_len (text, line->text, (gssize) line->length);
      g_string_append_c (text, '\n');
    }
  if (g_mkdir_with_parents (target, 0755) != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "cannot make %s", target);
      return FALSE;
    }
  g_unlink (link);
  if (symlink (suppliers, link) != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "cannot link %s", link);
      return FALSE;
    }
  return g_file_set_contents (target_csv, text->str, (gssize) text->len, error);
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

/* The load average, as the machine may be shared while the benchmark runs. */
static void
print_load (const char *when)
{
  g_autofree char *load = NULL;

  if (g_file_get_contents ("/proc/loadavg", &load, NULL, NULL))
    g_print ("Load average %s: %s", when, load);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (GArray *values)
{
  guint n = values->len;

  g_array_sort (values, compare_doubles);
  if (n == 0)
    return 0;
  return n % 2 ? g_array_index (values, double, n / 2)
               : (g_array_index (values, double, n / 2 - 1) +
                  g_array_index (values, double, n / 2)) / 2;
}

typedef struct
{
  char   *large, *small;     /* the folders of this order's files */
  GArray *sqlite_times, *our_times;
  Measure ours_large, ours_small;
  double  size_large, size_small;
} Case;

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
  int repeat = 3;
  gboolean child = FALSE;
  Case cases[N_ORDERS] = { { 0 } };
  GOptionEntry entries[] = {
    { "work", 0, 0, G_OPTION_ARG_FILENAME, &work,
      "Folder for the data and databases (default: a new temporary folder, removed after)",
      "DIR" },
    { "data", 0, 0, G_OPTION_ARG_FILENAME, &data,
      "Take suppliers.csv and receipts.csv (in date order) from DIR instead of generating "
      "them; the other orders are written to the work folder", "DIR" },
    { "receipts", 0, 0, G_OPTION_ARG_INT64, &receipts, "Receipts to time (default 2000000)",
      "N" },
    { "small", 0, 0, G_OPTION_ARG_INT64, &small_receipts,
      "The smaller file whose peak memory is compared (default 200000)", "N" },
    { "repeat", 0, 0, G_OPTION_ARG_INT, &repeat,
      "Time each side of each order N times, alternating, and keep the medians (default 3)",
      "N" },
    { "child-import", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE, &child, NULL, NULL },
    { NULL }
  };
  gboolean temporary, met = TRUE;

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
  print_load ("before");
  if ((data == NULL && !generate (generator, large, (guint64) receipts, &error)) ||
      !generate (generator, small, (guint64) small_receipts, &error))
    goto failed;
  for (Order o = 0; o < N_ORDERS; o++)
    {
      Case *c = &cases[o];

      c->sqlite_times = g_array_new (FALSE, FALSE, sizeof (double));
      c->our_times = g_array_new (FALSE, FALSE, sizeof (double));
      if (o == ORDER_DATE)
        {
          c->large = g_strdup (large);
          c->small = g_strdup (small);
        }
      else
        {
          /* Given data stays untouched: the reordered copies go to the work folder. */
          c->large = g_build_filename (work, "large-order", order_folders[o], NULL);
          c->small = g_build_filename (small, order_folders[o], NULL);
          g_print ("Writing the receipts %s ...\n", order_names[o]);
          if (!write_order (large, o, c->large, &error) ||
              !write_order (small, o, c->small, &error))
            goto failed;
        }
      if (!file_size_mib (c->large, &c->size_large) ||
          !file_size_mib (c->small, &c->size_small))
        goto failed;
    }

  for (int i = 0; i < MAX (repeat, 1); i++)
    for (Order o = 0; o < N_ORDERS; o++)
      {
        Case *c = &cases[o];
        double seconds;
        Measure ours;

        if (!time_sqlite3 (c->large, &seconds, &error) ||
            !time_import (self, c->large, &ours, &error))
          goto failed;
        g_print ("  run %d, %-26s sqlite3 %6.2f s, supplier-tiers %6.2f s (%.2f)\n", i + 1,
                 order_names[o], seconds, ours.seconds, ours.seconds / seconds);
        g_array_append_val (c->sqlite_times, seconds);
        g_array_append_val (c->our_times, ours.seconds);
        if (ours.max_rss_kib > c->ours_large.max_rss_kib)
          c->ours_large = ours;
      }
  for (Order o = 0; o < N_ORDERS; o++)
    if (!time_import (self, cases[o].small, &cases[o].ours_small, &error))
      goto failed;

  g_print ("\nreceipts.csv: %" G_GUINT64_FORMAT " rows, %.0f MiB; medians of %d runs\n",
           cases[0].ours_large.rows, cases[0].size_large, MAX (repeat, 1));
  g_print ("%-26s %10s %16s %7s %24s\n", "order", "sqlite3", "supplier-tiers", "ratio",
           "peak memory small/large");
  for (Order o = 0; o < N_ORDERS; o++)
    {
      Case *c = &cases[o];
      double sqlite_median = median (c->sqlite_times), our_median = median (c->our_times);
      double ratio = our_median / sqlite_median;

      met = met && ratio <= 1.5;
      g_print ("%-26s %8.2f s %14.2f s %7.2f %11.0f / %.0f MiB\n", order_names[o],
               sqlite_median, our_median, ratio, c->ours_small.max_rss_kib / 1024.0,
               c->ours_large.max_rss_kib / 1024.0);
    }
  g_print ("target: each ratio <= 1.50: %s\n", met ? "met" : "NOT met");
  g_print ("peak memory: %" G_GUINT64_FORMAT " rows (%.0f MiB) and %" G_GUINT64_FORMAT
           " rows (%.0f MiB), the importing process's maximum resident set size\n",
           cases[0].ours_small.rows, cases[0].size_small, cases[0].ours_large.rows,
           cases[0].size_large);
  print_load ("after");

  for (Order o = 0; o < N_ORDERS; o++)
    {
      g_free (cases[o].large);
      g_free (cases[o].small);
      g_array_unref (cases[o].sqlite_times);
      g_array_unref (cases[o].our_times);
    }
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
