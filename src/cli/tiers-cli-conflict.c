/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-cli-conflict.c: `conflict add EVALUATOR SUPPLIER`, `conflict remove EVALUATOR
 * SUPPLIER` and `conflict list`: evaluators' conflicts of interest, whose ratings grading
 * leaves out (docs/cli.md, "conflict"). */
#define G_LOG_DOMAIN "tiers-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "tiers-cli.h"
#include "tiers-error.h"
#include "tiers-store-conflicts.h"

static int
conflict_list (TiersCli *cli)
{
  g_autoptr(GPtrArray) conflicts = NULL;
  GString *out = g_string_new ("evaluator,supplier_code,declared_by,declared_at\n");
  g_autofree char *text = NULL;
  GError *error = NULL;
  TiersStore *store;

  if ((store = tiers_cli_get_store (cli, &error)) == NULL ||
      (conflicts = tiers_store_list_conflicts (store, &error)) == NULL)
    {
      g_string_free (out, TRUE);
      return tiers_cli_fail (error);
    }
  for (guint i = 0; i < conflicts->len; i++)
    {
      const TiersConflict *c = conflicts->pdata[i];

      tiers_cli_append_field (out, c->evaluator);
      g_string_append_c (out, ',');
      tiers_cli_append_field (out, c->supplier_code);
      g_string_append_c (out, ',');
      tiers_cli_append_field (out, c->declared_by);
      g_string_append_c (out, ',');
      tiers_cli_append_field (out, c->declared_at);
      g_string_append_c (out, '\n');
    }
  text = g_string_free (out, FALSE);
  fputs (text, stdout);
  return fflush (stdout) == 0 ? TIERS_EXIT_OK : TIERS_EXIT_REFUSED;
}

int
tiers_cli_conflict (TiersCli *cli,
                    int       argc,
                    char    **argv)
{
  g_autoptr(GOptionContext) context =
      g_option_context_new (_("add EVALUATOR SUPPLIER | remove EVALUATOR SUPPLIER | list"));
  GError *error = NULL;
  TiersStore *store;
  int status;

  g_option_context_set_summary (context,
      _("An evaluator with a conflict of interest with a supplier (a relative works there, "
        "a stake in it) declares it: from then on, grading leaves that evaluator’s ratings "
        "of the supplier out, in every period that is not finalized. “list” prints the "
        "declared conflicts as CSV, by evaluator and supplier code."));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!tiers_cli_parse_options (context, &argc, &argv, &status))
    return status;

  if (argc == 2 && strcmp (argv[1], "list") == 0)
    return conflict_list (cli);
  if (argc == 4 && strcmp (argv[1], "add") == 0)
    {
      if ((store = tiers_cli_get_store (cli, &error)) == NULL ||
          !tiers_store_add_conflict (store, argv[2], argv[3], &error))
        return tiers_cli_fail (error);
      g_print (_("Declared a conflict of interest of “%s” with %s: their ratings of it are "
                 "left out from now on.\n"), argv[2], argv[3]);
      return TIERS_EXIT_OK;
    }
  if (argc == 4 && strcmp (argv[1], "remove") == 0)
    {
      if ((store = tiers_cli_get_store (cli, &error)) == NULL ||
          !tiers_store_remove_conflict (store, argv[2], argv[3], &error))
        return tiers_cli_fail (error);
      g_print (_("Removed the conflict of interest of “%s” with %s: their ratings of it count "
                 "again.\n"), argv[2], argv[3]);
      return TIERS_EXIT_OK;
    }
  return tiers_cli_usage_error (context,
      _("use “conflict add EVALUATOR SUPPLIER”, “conflict remove EVALUATOR SUPPLIER” or "
        "“conflict list”"));
}
