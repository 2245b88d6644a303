/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-cli-verify.c: `verify`: checks the audit trail's hash chain and the file's integrity,
 * and names the first broken entry (docs/cli.md, "verify"). */
#define G_LOG_DOMAIN "tiers-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "tiers-cli.h"
#include "tiers-store-audit.h"

int
tiers_cli_verify (TiersCli *cli,
                  int       argc,
                  char    **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  TiersVerifyReport report = { 0 };
  GError *error = NULL;
  TiersStore *store;
  int status;

  g_option_context_set_summary (context,
      _("Checks that every entry of the audit trail is as it was written, none removed or "
        "put in (each holds the SHA-256 hash of the one before and of its own content), and "
        "that the database file is intact (SQLite’s integrity check). Exits 0 when both "
        "hold, 1 naming the first broken entry otherwise."));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!tiers_cli_parse_options (context, &argc, &argv, &status))
    return status;
  if (argc != 1)
    return tiers_cli_usage_error (context, _("verify takes no arguments"));

  if ((store = tiers_cli_get_store (cli, &error)) == NULL ||
      !tiers_store_verify (store, &report, &error))
    return tiers_cli_fail (error);

  status = TIERS_EXIT_OK;
  if (report.broken_id != 0)
    {
      if (report.broken_action != NULL)
        g_printerr (_("supplier-tiers-cli: audit entry %lld (%s) is broken: "
                      "%s\n"), (long long) report.broken_id, report.broken_action,
                    report.problem);
      else
        g_printerr (_("supplier-tiers-cli: audit entry %lld is broken: %s\n"),
                    (long long) report.broken_id, report.problem);
      status = TIERS_EXIT_REFUSED;
    }
  else
    g_print (g_dngettext (GETTEXT_PACKAGE,
                          "Audit trail: %lld entry, as written; the newest "
                          "one’s hash is %s.\n",
                          "Audit trail: %lld entries, all as written; the "
                          "newest one’s hash is %s.\n", (gulong) report.n_entries),
             (long long) report.n_entries, report.newest_hash);
  if (report.integrity != NULL)
    {
      g_printerr (_("supplier-tiers-cli: the database file is damaged (SQLite’s integrity "
                    "check): %s\n"), report.integrity);
      status = TIERS_EXIT_REFUSED;
    }
  else
    g_print (_("Database file: intact (SQLite’s integrity check says ok).\n"));
  tiers_verify_report_clear (&report);
  return status;
}
