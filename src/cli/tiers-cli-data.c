/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-cli-data.c: `completeness PERIOD`, `batches` and `withdraw BATCH --reason TEXT`:
 * where a period's data is too thin for a fair grade, the imported files, and taking one
 * file's rows back whole (docs/cli.md). */
#define G_LOG_DOMAIN "tiers-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "tiers-cli.h"
#include "tiers-error.h"
#include "tiers-number.h"
#include "tiers-store-batches.h"
#include "tiers-store-completeness.h"

static int
print_text (GString *out)
{
  g_autofree char *text = g_string_free (out, FALSE);

  fputs (text, stdout);
  return fflush (stdout) == 0 ? TIERS_EXIT_OK : TIERS_EXIT_REFUSED;
}

int
tiers_cli_completeness (TiersCli *cli,
                        int       argc,
                        char    **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("PERIOD"));
  g_autoptr(TiersScheme) scheme = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  GError *error = NULL;
  TiersStore *store;
  TiersPeriod period;
  GString *out;
  int status;

  g_option_context_set_summary (context,
      _("List the suppliers whose grade for PERIOD rests on too little data, as CSV sorted "
        "by supplier code: no receipts, fewer receipts than MinReceipts, no feedback, "
        "missing ratings of the scheme’s manual criteria (their keys, joined by “;”), or no "
        "data at all in PERIOD and the two periods before it (stale)."));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!tiers_cli_parse_options (context, &argc, &argv, &status))
    return status;
  if (argc != 2)
    return tiers_cli_usage_error (context, _("give exactly one PERIOD, as in 2026-Q1"));

  if (!tiers_period_parse (argv[1], &period, &error) ||
      (store = tiers_cli_get_store (cli, &error)) == NULL ||
      (scheme = tiers_store_load_scheme (store, NULL, &error)) == NULL ||
      (rows = tiers_store_completeness (store, &period, scheme, &error)) == NULL)
    return tiers_cli_fail (error);

  out = g_string_new ("supplier_code,name,receipts,feedback,missing_ratings,issue\n");
  for (guint i = 0; i < rows->len; i++)
    {
      const TiersCompletenessRow *row = g_ptr_array_index (rows, i);
      g_autofree char *issues = NULL;
      g_autofree char *missing = NULL;

      if (row->issues == 0)
        continue;
      g_ptr_array_add (row->missing, NULL);
      missing = g_strjoinv (";", (char **) row->missing->pdata);
      g_ptr_array_set_size (row->missing, row->missing->len - 1);
      issues = tiers_completeness_issues_to_string (row->issues);
      tiers_cli_append_field (out, row->code);
      g_string_append_c (out, ',');
      tiers_cli_append_field (out, row->name);
      g_string_append_printf (out, ",%" G_GUINT64_FORMAT ",%" G_GUINT64_FORMAT ",",
                              row->receipts, row->feedback);
      tiers_cli_append_field (out, missing);
      g_string_append_c (out, ',');
      tiers_cli_append_field (out, issues);
      g_string_append_c (out, '\n');
    }
  return print_text (out);
}

int
tiers_cli_batches (TiersCli *cli,
                   int       argc,
                   char    **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GPtrArray) batches = NULL;
  GError *error = NULL;
  TiersStore *store;
  GString *out;
  int status;

  g_option_context_set_summary (context,
      _("List the imported files, newest first, as CSV: the batch number “withdraw” takes, "
        "the kind, the file, when it was imported, how many rows it holds, and whether it "
        "can be withdrawn (1) or why not."));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!tiers_cli_parse_options (context, &argc, &argv, &status))
    return status;
  if (argc != 1)
    return tiers_cli_usage_error (context, _("“batches” takes no arguments"));
  if ((store = tiers_cli_get_store (cli, &error)) == NULL ||
      (batches = tiers_store_list_batches (store, &error)) == NULL)
    return tiers_cli_fail (error);

  out = g_string_new ("batch,kind,file_name,imported_at,rows,withdrawable,why_not\n");
  for (guint i = 0; i < batches->len; i++)
    {
      const TiersImportBatch *batch = g_ptr_array_index (batches, i);

      g_string_append_printf (out, "%" G_GINT64_FORMAT ",%s,", batch->id, batch->kind);
      tiers_cli_append_field (out, batch->file_name);
      g_string_append_printf (out, ",%s,%" G_GUINT64_FORMAT ",%d,", batch->imported_at,
                              batch->rows, batch->refusal == NULL);
      tiers_cli_append_field (out, batch->refusal ? batch->refusal : "");
      g_string_append_c (out, '\n');
    }
  return print_text (out);
}

int
tiers_cli_withdraw (TiersCli *cli,
                    int       argc,
                    char    **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("BATCH"));
  g_autofree char *reason = NULL;
  GError *error = NULL;
  TiersStore *store;
  gint64 batch = 0;
  guint64 rows = 0;
  int status;
  GOptionEntry entries[] = {
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason,
      N_("Why the file is withdrawn (required; recorded with who and when)"), N_("TEXT") },
    { NULL }
  };

  g_option_context_set_summary (context,
      _("Withdraw the imported file numbered BATCH (see “batches”) whole: every row it "
        "brought is deleted, or none is. Refused while a finalized period holds one of its "
        "rows. The file may be imported again afterwards."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!tiers_cli_parse_options (context, &argc, &argv, &status))
    return status;
  if (argc != 2 || !tiers_integer_parse (argv[1], &batch) || batch <= 0)
    return tiers_cli_usage_error (context,
                                  _("give exactly one BATCH number, as “batches” lists them"));
  if (reason == NULL)
    return tiers_cli_usage_error (context, _("give the reason for withdrawing with --reason TEXT"));

  if ((store = tiers_cli_get_store (cli, &error)) == NULL ||
      !tiers_store_withdraw_batch (store, batch, reason, &rows, &error))
    return tiers_cli_fail (error);
  g_print (ngettext ("Withdrew batch %lld: %llu row deleted.\n",
                     "Withdrew batch %lld: %llu rows deleted.\n", rows),
           (long long) batch, (unsigned long long) rows);
  return TIERS_EXIT_OK;
}
