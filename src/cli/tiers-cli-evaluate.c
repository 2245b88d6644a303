/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-cli-evaluate.c: `evaluate PERIOD [--scheme FILE] [--dry-run]`: grade every supplier for a
 * period, store the result and print it as CSV (docs/cli.md, "evaluate PERIOD [--scheme FILE]
 * [--dry-run]"). */
#define G_LOG_DOMAIN "tiers-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "tiers-cli.h"
#include "tiers-error.h"
#include "tiers-store-evaluation.h"

int
tiers_cli_evaluate (TiersCli *cli,
                    int       argc,
                    char    **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("PERIOD"));
  g_autofree char *scheme_path = NULL;
  g_autoptr(TiersScheme) scheme = NULL;
  g_autoptr(TiersEvaluation) evaluation = NULL;
  gboolean dry_run = FALSE;
  GError *error = NULL;
  TiersStore *store;
  TiersPeriod period;
  int status;
  GOptionEntry entries[] = {
    { "scheme", 0, 0, G_OPTION_ARG_FILENAME, &scheme_path,
      N_("Store FILE as a new scheme version first and grade with it"), N_("FILE") },
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &dry_run,
      N_("Store nothing: show what the grades would be"), NULL },
    { NULL }
  };

  g_option_context_set_summary (context,
      _("Grade every supplier for PERIOD (YYYY, YYYY-H1, YYYY-Q3, YYYY-MM), store the result "
        "(replacing an earlier one, then grading later stored periods again so smoothing "
        "stays consistent) and print it as CSV: supplier_code, score, grade, provisional and "
        "each criterion’s score."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!tiers_cli_parse_options (context, &argc, &argv, &status))
    return status;
  if (argc != 2)
    return tiers_cli_usage_error (context, _("give exactly one PERIOD, as in 2026-Q1"));

  if (!tiers_period_parse (argv[1], &period, &error))
    return tiers_cli_fail (error);
  if (scheme_path != NULL && (scheme = tiers_scheme_load_from_file (scheme_path, &error)) == NULL)
    {
      g_prefix_error (&error, "%s: ", scheme_path);
      return tiers_cli_fail (error);
    }
  store = tiers_cli_get_store (cli, &error);
  if (store == NULL)
    return tiers_cli_fail (error);
  evaluation = tiers_store_evaluate (store, &period, scheme,
                                     dry_run ? TIERS_EVALUATE_DRY_RUN : TIERS_EVALUATE_FLAGS_NONE,
                                     &error);
  if (evaluation == NULL)
    return tiers_cli_fail (error);

  /* In blocks straight to standard output: ten thousand rows need no string of their own. */
  if (!tiers_evaluation_write_csv (evaluation, stdout) || fflush (stdout) != 0)
    return TIERS_EXIT_REFUSED;
  return TIERS_EXIT_OK;
}
