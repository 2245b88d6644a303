/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-cli-scheme.c: `scheme import FILE` and `scheme export [FILE]`. */
#define G_LOG_DOMAIN "tiers-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "tiers-cli.h"
#include "tiers-error.h"

static int
scheme_import (TiersCli   *cli,
               const char *path)
{
  g_autoptr(TiersScheme) scheme = NULL;
  g_autofree char *version_text = NULL;
  GError *error = NULL;
  TiersStore *store;
  gint64 version = 0;

  scheme = tiers_scheme_load_from_file (path, &error);
  if (scheme == NULL)
    {
      g_prefix_error (&error, "%s: ", path);
      return tiers_cli_fail (error);
    }
  store = tiers_cli_get_store (cli, &error);
  if (store == NULL || !tiers_store_save_scheme (store, scheme, NULL, &version, &error))
    return tiers_cli_fail (error);

  /* The version goes in as text, so translators see one whole message. */
  version_text = g_strdup_printf ("%" G_GINT64_FORMAT, version);
  g_print (_("Scheme “%s” stored as version %s.\n"), scheme->name, version_text);
  return TIERS_EXIT_OK;
}

static int
scheme_export (TiersCli   *cli,
               const char *path)
{
  g_autoptr(TiersScheme) scheme = NULL;
  g_autofree char *data = NULL;
  GError *error = NULL;
  TiersStore *store;

  store = tiers_cli_get_store (cli, &error);
  if (store == NULL || (scheme = tiers_store_load_scheme (store, NULL, &error)) == NULL)
    return tiers_cli_fail (error);

  data = tiers_scheme_to_data (scheme);
  if (path == NULL)
    {
      fputs (data, stdout);
      return fflush (stdout) == 0 ? TIERS_EXIT_OK : TIERS_EXIT_REFUSED;
    }
  if (!g_file_set_contents (path, data, -1, &error))
    return tiers_cli_fail (error);
  return TIERS_EXIT_OK;
}

int
tiers_cli_scheme (TiersCli *cli,
                  int       argc,
                  char    **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("import FILE | export [FILE]"));
  int status;

  g_option_context_set_summary (context,
      _("Import a grading scheme from a key file (it becomes the current scheme, as a new "
        "version), or export the current scheme to FILE or to standard output."));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!tiers_cli_parse_options (context, &argc, &argv, &status))
    return status;

  if (argc == 3 && strcmp (argv[1], "import") == 0)
    return scheme_import (cli, argv[2]);
  if ((argc == 2 || argc == 3) && strcmp (argv[1], "export") == 0)
    return scheme_export (cli, argc == 3 ? argv[2] : NULL);
  return tiers_cli_usage_error (context, _("use “scheme import FILE” or “scheme export [FILE]”"));
}
