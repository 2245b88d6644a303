/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-scorecards.c: times a batch of printed scorecards (docs/benchmarks.md, "Printed
 * scorecards"): sample data of N suppliers (default 1,000) over two years, then the newest
 * quarter's scorecards written into one PDF, every supplier's, as `scorecard PERIOD --pdf`
 * and the window's export do: reading what they are made of, then laying out and writing.
 * Prints wall-clock and CPU time of each part, so a busy machine shows as the gap. */
#include "config.h"

#include <glib/gstdio.h>
#include <sys/resource.h>

#include "tiers-scorecard-pdf.h"
#include "tiers-store-sample.h"
#include "tiers-store-scorecard.h"

static double
cpu_seconds (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6
       + usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
}

int
main (int argc, char **argv)
{
  g_autofree char *dir = g_dir_make_tmp ("bench-scorecards-XXXXXX", NULL);
  g_autofree char *db = g_build_filename (dir, "tiers.db", NULL);
  g_autofree char *pdf = g_build_filename (dir, "scorecards.pdf", NULL);
  g_autoptr(TiersStore) store = NULL;
  g_autoptr(TiersScorecardData) data = NULL;
  g_autoptr(GPtrArray) codes = NULL;
  g_autoptr(GError) error = NULL;
  TiersSampleOptions options;
  TiersPageFormat format;
  TiersPeriod period = { TIERS_PERIOD_QUARTER, 2026, 3 };
  gint64 start;
  double cpu;
  guint pages = 0;
  gint64 suppliers = argc > 1 ? g_ascii_strtoll (argv[1], NULL, 10) : 1000;

  if (suppliers <= 0)
    {
      g_printerr ("usage: %s [SUPPLIERS]\n", argv[0]);
      return 2;
    }
  if ((store = tiers_store_open (db, &error)) == NULL)
    g_error ("%s", error->message);
  tiers_sample_options_init (&options);
  options.suppliers = (guint) suppliers;
  options.years = 2;
  g_date_set_dmy (&options.until, 30, 9, 2026);
  if (!tiers_store_load_sample (store, &options, NULL, &error))
    g_error ("%s", error->message);
  /* The first read grades the eight quarters the score history shows and stores them; a
   * manager prints a period that was graded already, so time the second. */
  g_clear_pointer (&data, tiers_scorecard_data_free);
  if ((data = tiers_store_load_scorecard_data (store, &period, &error)) == NULL)
    g_error ("%s", error->message);
  g_clear_pointer (&data, tiers_scorecard_data_free);

  start = g_get_monotonic_time ();
  cpu = cpu_seconds ();
  if ((data = tiers_store_load_scorecard_data (store, &period, &error)) == NULL)
    g_error ("%s", error->message);
  g_print ("read %" G_GINT64_FORMAT " suppliers' data: %.2f s (CPU %.2f s)\n", suppliers,
           (g_get_monotonic_time () - start) / 1e6, cpu_seconds () - cpu);

  data->set.language = "en";
  data->set.company = "Acme Purchasing";
  codes = tiers_scorecard_set_select (&data->set, TIERS_GRADE_NONE, NULL);
  tiers_page_format_init (&format, TIERS_PAPER_A4);
  start = g_get_monotonic_time ();
  cpu = cpu_seconds ();
  if (!tiers_scorecard_pdf_write_set (pdf, &format, &data->set, codes, NULL, NULL, NULL, &pages,
                                      &error))
    g_error ("%s", error->message);
  g_print ("laid out and wrote %u scorecards, %u pages: %.2f s (CPU %.2f s)\n", codes->len,
           pages, (g_get_monotonic_time () - start) / 1e6, cpu_seconds () - cpu);

  g_unlink (pdf);
  g_clear_pointer (&store, tiers_store_close);
  g_unlink (db);
  {
    g_autofree char *wal = g_strconcat (db, "-wal", NULL);
    g_autofree char *shm = g_strconcat (db, "-shm", NULL);

    g_unlink (wal);
    g_unlink (shm);
  }
  g_rmdir (dir);
  return 0;
}
