/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-cli-finalize.c: `finalize PERIOD` and `reopen PERIOD --reason TEXT`: freeze a
 * period's grades, or make it a draft again (docs/cli.md, "finalize PERIOD" and "reopen
 * PERIOD --reason TEXT"). */
#define G_LOG_DOMAIN "tiers-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "tiers-cli.h"
#include "tiers-error.h"
#include "tiers-store-review.h"

int
tiers_cli_finalize (TiersCli *cli,
                    int       argc,
                    char    **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("PERIOD"));
  g_autofree char *name = NULL;
  GError *error = NULL;
  TiersStore *store;
  TiersPeriod period;
  gboolean evaluated = FALSE;
  guint n_suppliers = 0;
  int status;

  g_option_context_set_summary (context,
      _("Finalize PERIOD: its grades, overrides and review marks are frozen, and neither a "
        "scheme change nor an import changes them. A period whose evaluation is missing or "
        "out of date is evaluated first."));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!tiers_cli_parse_options (context, &argc, &argv, &status))
    return status;
  if (argc != 2)
    return tiers_cli_usage_error (context, _("give exactly one PERIOD, as in 2026-Q1"));

  if (!tiers_period_parse (argv[1], &period, &error) ||
      (store = tiers_cli_get_store (cli, &error)) == NULL ||
      !tiers_store_finalize_period (store, &period, &n_suppliers, &evaluated, &error))
    return tiers_cli_fail (error);

  name = tiers_period_to_string (&period);
  if (evaluated)
    g_print (ngettext ("Evaluated and finalized %s: %u supplier, grades frozen.\n",
                       "Evaluated and finalized %s: %u suppliers, grades frozen.\n",
                       n_suppliers), name, n_suppliers);
  else
    g_print (ngettext ("Finalized %s: %u supplier, grades frozen.\n",
                       "Finalized %s: %u suppliers, grades frozen.\n", n_suppliers),
             name, n_suppliers);
  return TIERS_EXIT_OK;
}

int
tiers_cli_reopen (TiersCli *cli,
                  int       argc,
                  char    **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("PERIOD"));
  g_autofree char *reason = NULL;
  g_autofree char *name = NULL;
  GError *error = NULL;
  TiersStore *store;
  TiersPeriod period;
  int status;
  GOptionEntry entries[] = {
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason,
      N_("Why the period is reopened (required; recorded with who and when)"), N_("TEXT") },
    { NULL }
  };

  g_option_context_set_summary (context,
      _("Reopen the finalized PERIOD as a draft, so that it can be evaluated again and its "
        "overrides and review marks changed. The reason is recorded with who reopened it "
        "and when."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!tiers_cli_parse_options (context, &argc, &argv, &status))
    return status;
  if (argc != 2)
    return tiers_cli_usage_error (context, _("give exactly one PERIOD, as in 2026-Q1"));
  if (reason == NULL)
    return tiers_cli_usage_error (context, _("give the reason for reopening with --reason TEXT"));

  if (!tiers_period_parse (argv[1], &period, &error) ||
      (store = tiers_cli_get_store (cli, &error)) == NULL ||
      !tiers_store_reopen_period (store, &period, reason, &error))
    return tiers_cli_fail (error);

  name = tiers_period_to_string (&period);
  g_print (_("Reopened %s as a draft: it can be evaluated again, and its overrides and review "
             "marks changed.\n"), name);
  return TIERS_EXIT_OK;
}
