/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-cli-sample.c: `sample [--suppliers N] [--years Y] [--seed S] [--until DATE]`: fills an
 * empty database with demonstration data (docs/cli.md, "sample [--suppliers N] [--years Y]
 * [--seed S] [--until YYYY-MM-DD]"). */
#define G_LOG_DOMAIN "tiers-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "tiers-cli.h"
#include "tiers-error.h"
#include "tiers-import.h"
#include "tiers-period.h"
#include "tiers-store-sample.h"

/* Whole decimal numbers only: GLib's own integer options would take "-3" or "0x10". */
static gboolean
parse_count (const char *text,
             guint64     max,
             guint64    *value)
{
  return g_ascii_string_to_unsigned (text, 10, 1, max, value, NULL);
}

static gboolean
parse_options (GOptionContext     *context,
               const char         *suppliers,
               const char         *years,
               const char         *seed,
               const char         *until,
               TiersSampleOptions *options,
               int                *status)
{
  guint64 v;

  if (suppliers != NULL)
    {
      if (!parse_count (suppliers, TIERS_SAMPLE_MAX_SUPPLIERS, &v))
        goto usage_suppliers;
      options->suppliers = (guint) v;
    }
  if (years != NULL)
    {
      if (!parse_count (years, TIERS_SAMPLE_MAX_YEARS, &v))
        goto usage_years;
      options->years = (guint) v;
    }
  if (seed != NULL && !g_ascii_string_to_unsigned (seed, 10, 0, G_MAXUINT64, &options->seed,
                                                   NULL))
    {
      *status = tiers_cli_usage_error (context, _("--seed must be a whole number of 0 or more"));
      return FALSE;
    }
  if (until != NULL && !tiers_date_parse (until, &options->until))
    {
      *status = tiers_cli_usage_error (context, _("--until must be a date as YYYY-MM-DD"));
      return FALSE;
    }
  return TRUE;

usage_suppliers:
  {
    g_autofree char *message = g_strdup_printf (
        _("--suppliers must be a whole number from 1 to %d"), TIERS_SAMPLE_MAX_SUPPLIERS);
    *status = tiers_cli_usage_error (context, message);
    return FALSE;
  }
usage_years:
  {
    g_autofree char *message = g_strdup_printf (
        _("--years must be a whole number from 1 to %d"), TIERS_SAMPLE_MAX_YEARS);
    *status = tiers_cli_usage_error (context, message);
    return FALSE;
  }
}

/* Columns on a terminal: a Chinese character takes two, so printf's byte padding would
 * misalign the counts of a translated summary. */
static guint
display_width (const char *text)
{
  guint width = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    width += g_unichar_iswide (g_utf8_get_char (p)) ? 2 : 1;
  return width;
}

static void
print_summary (const TiersSampleOptions *options,
               const guint64             rows[TIERS_SAMPLE_N_DOCUMENTS])
{
  char first[16], last[16];
  GDate start;

  tiers_sample_options_get_start (options, &start);
  g_date_strftime (first, sizeof first, "%Y-%m-%d", &start);
  g_date_strftime (last, sizeof last, "%Y-%m-%d", &options->until);
  g_print (_("Loaded sample data from %s to %s:\n"), first, last);
  for (guint d = 0; d < TIERS_SAMPLE_N_DOCUMENTS; d++)
    {
      const char *label = tiers_import_kind_label ((TiersImportKind) d);
      guint width = display_width (label);

      g_print ("  %s%*s %8" G_GUINT64_FORMAT "\n", label, width < 10 ? (int) (10 - width) : 0,
               "", rows[d]);
    }
}

int
tiers_cli_sample (TiersCli *cli,
                  int       argc,
                  char    **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autofree char *suppliers = NULL;
  g_autofree char *years = NULL;
  g_autofree char *seed = NULL;
  g_autofree char *until = NULL;
  guint64 rows[TIERS_SAMPLE_N_DOCUMENTS] = { 0 };
  TiersSampleOptions options;
  GError *error = NULL;
  TiersStore *store;
  int status;
  GOptionEntry entries[] = {
    { "suppliers", 0, 0, G_OPTION_ARG_STRING, &suppliers,
      N_("How many suppliers (default 80)"), N_("N") },
    { "years", 0, 0, G_OPTION_ARG_STRING, &years,
      N_("How many years of history, 1 to 20 (default 3)"), N_("Y") },
    { "seed", 0, 0, G_OPTION_ARG_STRING, &seed,
      N_("Another seed gives other data; the same seed the same data (default 1)"), N_("S") },
    { "until", 0, 0, G_OPTION_ARG_STRING, &until,
      N_("The last day of data (default: the end of the last complete quarter)"),
      N_("YYYY-MM-DD") },
    { NULL }
  };

  g_option_context_set_summary (context,
      _("Fill an empty database with realistic demonstration data: suppliers in several\n"
        "categories with receipts, incidents, feedback and evaluators’ ratings, whose grades\n"
        "spread from A to D. A database that already holds suppliers is refused."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!tiers_cli_parse_options (context, &argc, &argv, &status))
    return status;
  if (argc != 1)
    return tiers_cli_usage_error (context, _("sample takes no arguments, only options"));

  tiers_sample_options_init (&options);
  if (!parse_options (context, suppliers, years, seed, until, &options, &status))
    return status;
  if (!tiers_sample_options_validate (&options, &error))
    {
      status = tiers_cli_usage_error (context, error->message);
      g_error_free (error);
      return status;
    }

  store = tiers_cli_get_store (cli, &error);
  if (store == NULL || !tiers_store_load_sample_full (store, &options, rows, NULL, &error))
    return tiers_cli_fail (error);
  print_summary (&options, rows);
  return TIERS_EXIT_OK;
}
