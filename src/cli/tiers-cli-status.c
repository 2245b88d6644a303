/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-cli-status.c: `status SUPPLIER [STATUS --date DATE --reason TEXT]`: a supplier's
 * status history, or a change of it (docs/cli.md, "status"). */
#define G_LOG_DOMAIN "tiers-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "tiers-cli.h"
#include "tiers-error.h"
#include "tiers-store-status.h"

static int
print_history (TiersStore *store,
               const char *code)
{
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GString) out = NULL;
  GError *error = NULL;

  if ((changes = tiers_store_list_status_changes (store, code, &error)) == NULL)
    return tiers_cli_fail (error);
  out = g_string_new ("date,status,reason,set_by,set_at\n");
  for (guint i = 0; i < changes->len; i++)
    {
      const TiersStatusChange *c = g_ptr_array_index (changes, i);

      g_string_append_printf (out, "%s,%s,", c->date, tiers_supplier_status_to_string (c->status));
      tiers_cli_append_field (out, c->reason);
      g_string_append_c (out, ',');
      tiers_cli_append_field (out, c->set_by);
      g_string_append_c (out, ',');
      tiers_cli_append_field (out, c->set_at);
      g_string_append_c (out, '\n');
    }
  if (fwrite (out->str, 1, out->len, stdout) != out->len || fflush (stdout) != 0)
    return TIERS_EXIT_REFUSED;
  return TIERS_EXIT_OK;
}

int
tiers_cli_status (TiersCli *cli,
                  int       argc,
                  char    **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("SUPPLIER [STATUS]"));
  g_autofree char *date = NULL;
  g_autofree char *reason = NULL;
  TiersSupplierStatus status;
  GError *error = NULL;
  TiersStore *store;
  int exit_status;
  GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &date,
      N_("From when the status holds, YYYY-MM-DD (required with STATUS)"), N_("DATE") },
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason,
      N_("Why the status changes (required with STATUS)"), N_("TEXT") },
    { NULL }
  };

  g_option_context_set_summary (context,
      _("Without STATUS, print SUPPLIER’s status changes as CSV, oldest first. With STATUS "
        "(active, on_hold or terminated), record the change. A terminated supplier leaves "
        "grading for the periods that start after DATE; its history is kept."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!tiers_cli_parse_options (context, &argc, &argv, &exit_status))
    return exit_status;
  if (argc != 2 && argc != 3)
    return tiers_cli_usage_error (context, _("use “status SUPPLIER” or “status SUPPLIER STATUS "
                                             "--date DATE --reason TEXT”"));
  if ((store = tiers_cli_get_store (cli, &error)) == NULL)
    return tiers_cli_fail (error);
  if (argc == 2)
    return print_history (store, argv[1]);
  if (!tiers_supplier_status_parse (argv[2], &status, &error))
    return tiers_cli_fail (error);
  if (date == NULL || reason == NULL)
    {
      g_printerr ("supplier-tiers-cli: %s\n",
                  _("a change of status needs --date DATE and --reason TEXT"));
      return TIERS_EXIT_REFUSED;
    }
  if (!tiers_store_set_supplier_status (store, argv[1], status, date, reason, &error))
    return tiers_cli_fail (error);
  g_print (_("%s is %s from %s on.\n"), argv[1], tiers_supplier_status_label (status), date);
  return TIERS_EXIT_OK;
}
