/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-cli-import.c: `import KIND FILE [--skip-duplicates]` (docs/cli.md, "import KIND FILE
 * [--skip-duplicates]"; the files: docs/formats.md). */
#define G_LOG_DOMAIN "tiers-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "tiers-cli.h"
#include "tiers-error.h"
#include "tiers-import.h"

static int
run_import (TiersCli         *cli,
            TiersImportKind   kind,
            const char       *path,
            TiersImportFlags  flags)
{
  TiersImportResult result = { 0 };
  GError *error = NULL;
  TiersStore *store;

  store = tiers_cli_get_store (cli, &error);
  if (store == NULL)
    return tiers_cli_fail (error);
  if (!tiers_store_import_file (store, kind, path, flags, NULL, NULL, NULL, &result, &error))
    {
      /* Bad rows are printed as they are, "FILE:LINE: reason" one per line, so editors
       * and scripts can jump to them. */
      int status = TIERS_EXIT_REFUSED;

      if (result.problems_total > 0)
        {
          g_printerr ("%s\n", error->message);
          g_printerr (_("supplier-tiers-cli: %s refused; nothing was imported\n"), path);
          g_error_free (error);
        }
      else
        status = tiers_cli_fail (error);
      tiers_import_result_clear (&result);
      return status;
    }

  /* %llu, not G_GUINT64_FORMAT: xgettext must see the whole message. */
  g_print (g_dngettext (GETTEXT_PACKAGE, "Imported %llu row of %s.\n",
                        "Imported %llu rows of %s.\n", (gulong) result.rows_imported),
           (unsigned long long) result.rows_imported, tiers_import_kind_to_string (kind));
  if (result.duplicates_skipped > 0)
    g_print (g_dngettext (GETTEXT_PACKAGE, "Skipped %llu duplicate.\n",
                          "Skipped %llu duplicates.\n", (gulong) result.duplicates_skipped),
             (unsigned long long) result.duplicates_skipped);
  tiers_import_result_clear (&result);
  return TIERS_EXIT_OK;
}

int
tiers_cli_import (TiersCli *cli,
                  int       argc,
                  char    **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("KIND FILE"));
  gboolean skip_duplicates = FALSE;
  TiersImportKind kind;
  int status;
  GOptionEntry entries[] = {
    { "skip-duplicates", 0, 0, G_OPTION_ARG_NONE, &skip_duplicates,
      N_("Import the file’s other rows and skip duplicate receipts and ratings"), NULL },
    { NULL }
  };

  g_option_context_set_summary (context,
      _("Import a CSV file of KIND: suppliers, receipts, incidents, feedback or ratings.\n"
        "The file lands whole or not at all: every bad row is reported as FILE:LINE: reason\n"
        "and nothing is imported. A file imported before is refused."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!tiers_cli_parse_options (context, &argc, &argv, &status))
    return status;

  if (argc != 3)
    return tiers_cli_usage_error (context, _("use “import KIND FILE [--skip-duplicates]”"));
  if (!tiers_import_kind_from_string (argv[1], &kind))
    {
      g_autofree char *message = g_strdup_printf (
          _("unknown kind “%s”: use suppliers, receipts, incidents, feedback or ratings"),
          argv[1]);
      return tiers_cli_usage_error (context, message);
    }
  return run_import (cli, kind, argv[2],
                     skip_duplicates ? TIERS_IMPORT_SKIP_DUPLICATES : TIERS_IMPORT_FLAGS_NONE);
}
