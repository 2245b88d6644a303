/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-cli-backup.c: `backup FILE` and `restore FILE`, through SQLite's online backup API,
 * safe while the window has the database open (docs/cli.md, "backup and restore"). */
#define G_LOG_DOMAIN "tiers-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "tiers-cli.h"
#include "tiers-store-backup.h"

/* The one FILE argument of COMMAND, or NULL with *STATUS a usage error. */
static const char *
file_argument (GOptionContext *context,
               const char     *summary,
               int            *argc,
               char         ***argv,
               int            *status)
{
  g_option_context_set_summary (context, summary);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!tiers_cli_parse_options (context, argc, argv, status))
    return NULL;
  if (*argc != 2)
    {
      *status = tiers_cli_usage_error (context, _("name one FILE"));
      return NULL;
    }
  return (*argv)[1];
}

int
tiers_cli_backup (TiersCli *cli,
                  int       argc,
                  char    **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE"));
  GError *error = NULL;
  TiersStore *store;
  const char *path;
  int status;

  path = file_argument (context,
      _("Copies the whole database, as it is at one moment, into FILE, also while the "
        "window or another command works on it. FILE is written only once the copy is "
        "complete; an existing backup there is replaced."), &argc, &argv, &status);
  if (path == NULL)
    return status;
  if ((store = tiers_cli_get_store (cli, &error)) == NULL ||
      !tiers_store_back_up (store, path, &error))
    return tiers_cli_fail (error);
  g_print (_("Backed up the database into %s.\n"), path);
  return TIERS_EXIT_OK;
}

int
tiers_cli_restore (TiersCli *cli,
                   int       argc,
                   char    **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE"));
  GError *error = NULL;
  TiersStore *store;
  const char *path;
  int status;

  path = file_argument (context,
      _("Replaces the database’s content by the backup FILE. A file that is not a Supplier "
        "Tiers database, is damaged or comes from a newer version is refused, and the "
        "database stays as it was until the backup is wholly in place. A backup of an "
        "older version is upgraded; the audit trail records the restore."),
      &argc, &argv, &status);
  if (path == NULL)
    return status;
  if ((store = tiers_cli_get_store (cli, &error)) == NULL ||
      !tiers_store_restore (store, path, &error))
    return tiers_cli_fail (error);
  g_print (_("Restored the database from %s.\n"), path);
  return TIERS_EXIT_OK;
}
