/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-cli.c: supplier-tiers-cli, the command line for batch work and scripts. */
#define G_LOG_DOMAIN "tiers-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "tiers-cli.h"
#include "tiers-error.h"
#include "tiers-store-evaluation.h"

typedef struct
{
  const char      *name;
  TiersCliCommand  run;
  const char      *summary;
} CommandEntry;

static const CommandEntry commands[] = {
  { "import", tiers_cli_import, N_("Import a CSV file of suppliers, receipts, incidents, feedback or ratings") },
  { "scheme", tiers_cli_scheme, N_("Import or export the grading scheme") },
  { "evaluate", tiers_cli_evaluate, N_("Grade every supplier for a period") },
  { "sample", tiers_cli_sample, N_("Fill an empty database with demonstration data") },
  { "chart", tiers_cli_chart, N_("Draw a chart of the grades into a PNG, SVG or PDF file") },
  { "finalize", tiers_cli_finalize, N_("Freeze a period’s grades") },
  { "reopen", tiers_cli_reopen, N_("Make a finalized period a draft again, giving a reason") },
  { "override", tiers_cli_override, N_("Set or withdraw another grade for a supplier in a period") },
  { "review", tiers_cli_review, N_("List the suppliers that moved or stayed low since the previous period") },
  { "conflict", tiers_cli_conflict, N_("Declare, remove or list evaluators’ conflicts of interest") },
  { "verify", tiers_cli_verify, N_("Check the audit trail and the database file") },
  { "backup", tiers_cli_backup, N_("Copy the database into a backup file") },
  { "restore", tiers_cli_restore, N_("Replace the database by a backup") },
  { "scorecard", tiers_cli_scorecard, N_("Write the printed scorecards of a period to a PDF file") },
  { "communication", tiers_cli_communication, N_("Record or list scorecards sent, acknowledged and objected to") },
  { "risk", tiers_cli_risk, N_("Show per category how much the spend depends on few suppliers") },
  { "completeness", tiers_cli_completeness, N_("List the suppliers whose grade for a period rests on too little data") },
  { "batches", tiers_cli_batches, N_("List the imported files") },
  { "withdraw", tiers_cli_withdraw, N_("Withdraw an imported file whole, giving a reason") },
  { "plan", tiers_cli_plan, N_("Open, list or close suppliers’ improvement plans") },
  { "status", tiers_cli_status, N_("Show or change a supplier’s status: active, on hold or terminated") },
};

TiersStore *
tiers_cli_get_store (TiersCli *cli,
                     GError  **error)
{
  if (cli->store == NULL)
    cli->store = tiers_store_open (cli->db_path, error);
  return cli->store;
}

/* Both evaluations as the freshness rule has them; the previous period first, since
 * evaluating it grades the later ones again. */
gboolean
tiers_cli_load_period_and_previous (TiersStore        *store,
                                    const TiersPeriod *period,
                                    TiersEvaluation  **current,
                                    TiersEvaluation  **previous,
                                    GError           **error)
{
  TiersPeriod before = tiers_period_previous (period);
  g_autoptr(TiersScheme) scheme = NULL;
  gint64 version = 0;

  return (scheme = tiers_store_load_scheme (store, &version, error)) != NULL &&
         tiers_store_current_evaluation (store, &before, version, previous, NULL, error) &&
         tiers_store_current_evaluation (store, period, version, current, NULL, error);
}

/* RFC 4180, as the import files quote (docs/formats.md). */
void
tiers_cli_append_field (GString    *row,
                        const char *text)
{
  if (strpbrk (text, ",\"\r\n") == NULL)
    {
      g_string_append (row, text);
      return;
    }
  g_string_append_c (row, '"');
  for (const char *t = text; *t; t++)
    {
      if (*t == '"')
        g_string_append_c (row, '"');
      g_string_append_c (row, *t);
    }
  g_string_append_c (row, '"');
}

/* Prints the error and gives the exit status it stands for. Takes the error. */
int
tiers_cli_fail (GError *error)
{
  g_printerr ("supplier-tiers-cli: %s\n", error->message);
  g_error_free (error);
  return TIERS_EXIT_REFUSED;
}

int
tiers_cli_usage_error (GOptionContext *context,
                       const char     *message)
{
  g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

  g_printerr ("supplier-tiers-cli: %s\n\n%s", message, help);
  return TIERS_EXIT_USAGE;
}

/* Parses a command's options; FALSE with *status set when the caller must return at once
 * (an unknown option is a usage error). --help exits 0 inside GLib. */
gboolean
tiers_cli_parse_options (GOptionContext *context,
                         int            *argc,
                         char         ***argv,
                         int            *status)
{
  g_autoptr(GError) error = NULL;

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      *status = tiers_cli_usage_error (context, error->message);
      return FALSE;
    }
  return TRUE;
}

/* Said once a command has waited a second for another program writing to the database. */
static void
tell_waiting (const char *path)
{
  g_printerr (_("supplier-tiers-cli: waiting for another program that is writing to %s…\n"),
              path);
}

static char *
commands_description (void)
{
  GString *text = g_string_new (_("Commands:"));

  g_string_append_c (text, '\n');
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_string_append_printf (text, "  %-10s %s\n", commands[i].name, _(commands[i].summary));
  g_string_append (text, _("\nRun “supplier-tiers-cli COMMAND --help” for a command’s options."));
  return g_string_free (text, FALSE);
}

static const CommandEntry *
find_command (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (strcmp (commands[i].name, name) == 0)
      return &commands[i];
  return NULL;
}

/* Run from the build tree (`_build/src/cli/supplier-tiers-cli`), the program takes the
 * build's translations, as `meson devenv` would give it, so a Chinese scorecard can be made
 * before installing; an installed program never lives in that folder. */
static const char *
build_tree_localedir (void)
{
  g_autofree char *program = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *folder = program != NULL ? g_path_get_dirname (program) : NULL;

  return g_strcmp0 (folder, TIERS_CLI_BUILD_DIR) == 0 ? TIERS_BUILD_PO_DIR : NULL;
}

static void
set_up_locale (void)
{
  const char *localedir = g_getenv ("SUPPLIER_TIERS_LOCALEDIR");

  if (localedir == NULL)
    localedir = build_tree_localedir ();

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autofree char *db_path = NULL;
  g_autofree char *description = NULL;
  gboolean version = FALSE;
  int wait = 30;
  TiersCli cli = { 0 };
  const CommandEntry *command;
  int status;
  int first_command = 1;
  GOptionEntry entries[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &db_path,
      N_("The database to use (default: the one of the desktop application)"), N_("FILE") },
    { "wait", 0, 0, G_OPTION_ARG_INT, &wait,
      N_("How long to wait for another program that is writing to the database (default: 30)"),
      N_("SECONDS") },
    { "version", 0, 0, G_OPTION_ARG_NONE, &version, N_("Show the version and exit"), NULL },
    { NULL }
  };

  set_up_locale ();

  /* Global options stand before the command; everything from the command on is its own. */
  while (first_command < argc && argv[first_command][0] == '-')
    {
      if ((strcmp (argv[first_command], "--db") == 0 ||
           strcmp (argv[first_command], "--wait") == 0) && first_command + 1 < argc)
        first_command++;
      first_command++;
    }

  context = g_option_context_new (_("COMMAND [ARGUMENTS…]"));
  g_option_context_set_summary (context, _("Grade suppliers A, B, C or D from their "
                                           "deliveries, quality and service."));
  description = commands_description ();
  g_option_context_set_description (context, description);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  {
    int global_argc = first_command;

    if (!tiers_cli_parse_options (context, &global_argc, &argv, &status))
      return status;
  }

  if (version)
    {
      g_print ("supplier-tiers-cli %s\n", PACKAGE_VERSION);
      return TIERS_EXIT_OK;
    }
  if (first_command >= argc)
    return tiers_cli_usage_error (context, _("no command given"));
  if (wait < 0)
    return tiers_cli_usage_error (context, _("--wait takes a number of seconds, 0 or more"));
  tiers_store_set_wait ((guint) wait, tell_waiting);

  command = find_command (argv[first_command]);
  if (command == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("unknown command “%s”"),
                                                  argv[first_command]);
      return tiers_cli_usage_error (context, message);
    }

  cli.db_path = db_path ? g_strdup (db_path) : tiers_store_default_path ();
  status = command->run (&cli, argc - first_command, argv + first_command);
  g_clear_pointer (&cli.store, tiers_store_close);
  g_free (cli.db_path);
  return status;
}
