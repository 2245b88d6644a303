/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-cli-scorecard.c: `scorecard PERIOD --supplier CODE --pdf FILE` and the batch
 * `scorecard PERIOD [--grade G] [--category C] --pdf FILE`: the printed scorecards as one
 * PDF, drawn by the drawing module (docs/cli.md, "scorecard"). */
#define G_LOG_DOMAIN "tiers-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "tiers-cli-chart-draw.h"
#include "tiers-cli-scorecard-draw.h"
#include "tiers-cli.h"
#include "tiers-error.h"
#include "tiers-review.h"

/* What is wrong with the options, or NULL. */
static char *
check_options (TiersScorecardRequest *request,
               const char            *grade,
               const char            *paper)
{
  if (request->supplier != NULL && (grade != NULL || request->category != NULL))
    return g_strdup (_("--supplier prints one scorecard: leave out --grade and --category"));
  if (grade != NULL && !tiers_grade_parse (grade, &request->grade, NULL))
    return g_strdup_printf (_("--grade must be A, B, C or D, not “%s”"), grade);
  if (request->language != NULL && !g_str_equal (request->language, "en")
      && !g_str_equal (request->language, "zh_CN"))
    return g_strdup (_("--lang must be en or zh_CN"));
  if (paper != NULL)
    {
      if (g_ascii_strcasecmp (paper, "letter") == 0)
        request->letter = TRUE;
      else if (g_ascii_strcasecmp (paper, "a4") != 0)
        return g_strdup (_("--paper must be a4 or letter"));
    }
  return NULL;
}

int
tiers_cli_scorecard (TiersCli *cli,
                     int       argc,
                     char    **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("PERIOD"));
  g_autofree char *supplier = NULL, *grade = NULL, *category = NULL, *language = NULL;
  g_autofree char *company = NULL, *paper = NULL, *pdf = NULL, *problem = NULL;
  TiersScorecardRequest request = { NULL, TIERS_GRADE_NONE, NULL, NULL, NULL, FALSE };
  TiersCliScorecardWrite write_scorecards;
  guint n_suppliers = 0, n_pages = 0;
  GError *error = NULL;
  TiersStore *store;
  TiersPeriod period;
  int status;
  GOptionEntry entries[] = {
    { "supplier", 0, 0, G_OPTION_ARG_STRING, &supplier,
      N_("The scorecard of this supplier only"), N_("CODE") },
    { "grade", 0, 0, G_OPTION_ARG_STRING, &grade,
      N_("A batch of the suppliers of this grade (A to D; an adjusted grade counts)"),
      N_("G") },
    { "category", 0, 0, G_OPTION_ARG_STRING, &category,
      N_("A batch of the suppliers of this category"), N_("NAME") },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &language,
      N_("The scorecard’s language: en or zh_CN (default: the user’s)"), N_("LANG") },
    { "company", 0, 0, G_OPTION_ARG_STRING, &company,
      N_("Your company’s name at the top of every scorecard (default: none)"), N_("NAME") },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &paper,
      N_("The paper size: a4 (default) or letter"), N_("SIZE") },
    { "pdf", 0, 0, G_OPTION_ARG_FILENAME, &pdf, N_("Write the scorecards to this PDF file"),
      N_("FILE") },
    { NULL }
  };

  g_option_context_set_summary (context,
      _("Write the printed scorecards of PERIOD into one PDF file: one supplier’s with\n"
        "--supplier, else a batch of every supplier (or those of --grade and --category),\n"
        "each starting on a new page, in supplier-code order. The period, and the seven\n"
        "before it that the score history shows, are evaluated first where needed."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!tiers_cli_parse_options (context, &argc, &argv, &status))
    return status;
  if (argc != 2)
    return tiers_cli_usage_error (context, _("give one PERIOD, as in “scorecard 2026-Q3 "
                                             "--supplier FST-0001 --pdf card.pdf”"));
  if (pdf == NULL)
    return tiers_cli_usage_error (context, _("say where to write the scorecards: --pdf FILE"));
  request.supplier = supplier;
  request.category = category;
  request.language = language;
  request.company = company;
  if ((problem = check_options (&request, grade, paper)) != NULL)
    return tiers_cli_usage_error (context, problem);
  if (!tiers_period_parse (argv[1], &period, &error))
    return tiers_cli_fail (error);

  if ((store = tiers_cli_get_store (cli, &error)) == NULL)
    return tiers_cli_fail (error);
  write_scorecards = tiers_cli_drawing_symbol (TIERS_CLI_SCORECARD_WRITE_SYMBOL, &error);
  if (write_scorecards == NULL
      || !write_scorecards (store, &period, &request, pdf, &n_suppliers, &n_pages, &error))
    return tiers_cli_fail (error);
  /* Translators: e.g. "Wrote 12 scorecards (25 pages) to cards.pdf" */
  g_print (g_dngettext (GETTEXT_PACKAGE, "Wrote %u scorecard (%u pages) to %s\n",
                        "Wrote %u scorecards (%u pages) to %s\n", n_suppliers),
           n_suppliers, n_pages, pdf);
  return TIERS_EXIT_OK;
}
