/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-cli-override.c: `override PERIOD SUPPLIER GRADE --reason CODE --comment TEXT` and
 * `override PERIOD SUPPLIER --withdraw`: set another grade beside the computed one, or take
 * it back (docs/cli.md, "override"). */
#define G_LOG_DOMAIN "tiers-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "tiers-cli.h"
#include "tiers-error.h"
#include "tiers-store-review.h"

int
tiers_cli_override (TiersCli *cli,
                    int       argc,
                    char    **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("PERIOD SUPPLIER [GRADE]"));
  g_autofree char *reason_code = NULL;
  g_autofree char *comment = NULL;
  g_autofree char *name = NULL;
  gboolean withdraw = FALSE;
  GError *error = NULL;
  TiersOverrideReason reason;
  TiersGrade grade;
  TiersStore *store;
  TiersPeriod period;
  int status;
  GOptionEntry entries[] = {
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason_code,
      N_("Why: data_error, outside_control, new_information or other"), N_("CODE") },
    { "comment", 0, 0, G_OPTION_ARG_STRING, &comment,
      N_("What happened, in a few words (required)"), N_("TEXT") },
    { "withdraw", 0, 0, G_OPTION_ARG_NONE, &withdraw,
      N_("Take the supplier’s override back: the computed grade stands alone again"), NULL },
    { NULL }
  };

  g_option_context_set_summary (context,
      _("Set GRADE (A to D) for SUPPLIER in the draft PERIOD beside the computed grade, which "
        "stays; who and when are recorded with the reason and the comment. --withdraw takes "
        "it back."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!tiers_cli_parse_options (context, &argc, &argv, &status))
    return status;
  if (withdraw && (argc != 3 || reason_code != NULL || comment != NULL))
    return tiers_cli_usage_error (context,
        _("use “override PERIOD SUPPLIER --withdraw”, without a grade, reason or comment"));
  if (!withdraw && argc != 4)
    return tiers_cli_usage_error (context,
        _("use “override PERIOD SUPPLIER GRADE --reason CODE --comment TEXT”"));
  if (!withdraw && (reason_code == NULL || comment == NULL))
    return tiers_cli_usage_error (context,
        _("an override needs --reason CODE and --comment TEXT"));

  if (!tiers_period_parse (argv[1], &period, &error))
    return tiers_cli_fail (error);
  name = tiers_period_to_string (&period);
  if (withdraw)
    {
      if ((store = tiers_cli_get_store (cli, &error)) == NULL ||
          !tiers_store_withdraw_override (store, &period, argv[2], &error))
        return tiers_cli_fail (error);
      g_print (_("Withdrew the override of %s in %s: the computed grade stands.\n"),
               argv[2], name);
      return TIERS_EXIT_OK;
    }
  if (!tiers_grade_parse (argv[3], &grade, &error) ||
      !tiers_override_reason_parse (reason_code, &reason, &error) ||
      (store = tiers_cli_get_store (cli, &error)) == NULL ||
      !tiers_store_set_override (store, &period, argv[2], grade, reason, comment, &error))
    return tiers_cli_fail (error);
  g_print (_("Set grade %s for %s in %s (%s); the computed grade stays beside it.\n"),
           tiers_grade_to_string (grade), argv[2], name, tiers_override_reason_to_string (reason));
  return TIERS_EXIT_OK;
}
