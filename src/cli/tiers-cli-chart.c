/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-cli-chart.c: `chart KIND PERIOD [options] (--png FILE | --svg FILE | --pdf FILE)`:
 * draws one chart of the stored grades into a file, evaluating the periods it needs first. */
#define G_LOG_DOMAIN "tiers-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "tiers-chart-data.h"
#include "tiers-cli-chart-draw.h"
#include "tiers-cli.h"
#include "tiers-error.h"

#define MIN_WIDTH 300
#define MIN_HEIGHT 200
#define MAX_SIZE 10000

static const char *kinds[] = { "distribution", "distribution-trend", "transitions", "history",
                               "profile", "concentration", "allocation", NULL };

static gboolean
is_kind (const char *kind)
{
  return g_strv_contains (kinds, kind);
}

/* The one output file and its format; FALSE unless exactly one was given. */
static gboolean
pick_output (const char        *png,
             const char        *svg,
             const char        *pdf,
             const char       **path,
             TiersCliChartFormat *format)
{
  if ((png != NULL) + (svg != NULL) + (pdf != NULL) != 1)
    return FALSE;
  *path = png ? png : svg ? svg : pdf;
  *format = png ? TIERS_CLI_CHART_PNG : svg ? TIERS_CLI_CHART_SVG : TIERS_CLI_CHART_PDF;
  return TRUE;
}

static gboolean
parse_size (const char *text,
            guint       min,
            guint      *value)
{
  guint64 v;

  if (text == NULL)
    return TRUE;
  if (!g_ascii_string_to_unsigned (text, 10, min, MAX_SIZE, &v, NULL))
    return FALSE;
  *value = (guint) v;
  return TRUE;
}

/* What is wrong with the request, or NULL. */
static char *
check_request (TiersChartRequest *request,
               const char        *periods,
               const char        *width,
               const char        *height)
{
  guint64 n;

  if (!is_kind (request->kind))
    return g_strdup_printf (_("unknown chart “%s”: use distribution, distribution-trend, "
                              "transitions, history, profile, concentration or allocation"),
                            request->kind);
  if ((g_str_equal (request->kind, "history") || g_str_equal (request->kind, "profile"))
      && request->supplier == NULL)
    return g_strdup_printf (_("the %s chart needs --supplier CODE"), request->kind);
  if (g_str_equal (request->kind, "concentration") && request->category == NULL)
    return g_strdup (_("the concentration chart needs --category NAME"));
  if (periods != NULL)
    {
      if (!g_ascii_string_to_unsigned (periods, 10, 1, 40, &n, NULL))
        return g_strdup (_("--periods must be a whole number from 1 to 40"));
      request->periods = (guint) n;
    }
  if (!parse_size (width, MIN_WIDTH, &request->width)
      || !parse_size (height, MIN_HEIGHT, &request->height))
    return g_strdup_printf (_("--width must be from %d to %d and --height from %d to %d"),
                            MIN_WIDTH, MAX_SIZE, MIN_HEIGHT, MAX_SIZE);
  if (request->language != NULL && !g_str_equal (request->language, "en")
      && !g_str_equal (request->language, "zh_CN"))
    return g_strdup (_("--lang must be en or zh_CN"));
  return NULL;
}

/* Titles and labels in the chart's language, whatever the user's locale. gettext ignores
 * LANGUAGE under the plain C locale, so messages then take its UTF-8 variant. */
static void
use_language (const char *language)
{
  const char *messages;

  g_setenv ("LANGUAGE", language, TRUE);
  setlocale (LC_ALL, "");
  messages = setlocale (LC_MESSAGES, NULL);
  if (messages == NULL || g_str_equal (messages, "C") || g_str_equal (messages, "POSIX"))
    setlocale (LC_MESSAGES, "C.UTF-8");
}

/* Loads the drawing module (made resident: the libraries it brings register types that must
 * outlive it) and draws with it. */
/* The chart module: where SUPPLIER_TIERS_MODULEDIR says; else beside this program, as in
 * the build tree; else where it is installed. */
static char *
chart_module_path (void)
{
  const char *dir = g_getenv (TIERS_CLI_MODULEDIR_ENV);
  g_autofree char *program = NULL;

  if (dir != NULL && *dir != '\0')
    return g_build_filename (dir, TIERS_CLI_CHART_MODULE, NULL);
  program = g_file_read_link ("/proc/self/exe", NULL);
  if (program != NULL)
    {
      g_autofree char *program_dir = g_path_get_dirname (program);
      g_autofree char *beside = g_build_filename (program_dir, TIERS_CLI_CHART_MODULE, NULL);

      if (g_file_test (beside, G_FILE_TEST_IS_REGULAR))
        return g_steal_pointer (&beside);
    }
  return g_build_filename (TIERS_MODULEDIR, TIERS_CLI_CHART_MODULE, NULL);
}

gpointer
tiers_cli_drawing_symbol (const char  *symbol,
                          GError     **error)
{
  g_autofree char *file = chart_module_path ();
  GModule *module = g_module_open (file, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);
  gpointer function = NULL;

  if (module == NULL || !g_module_symbol (module, symbol, &function))
    {
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_NOT_FOUND,
                   _("Charts cannot be drawn: the chart module is missing or damaged (%s); "
                     "install Supplier Tiers again"), g_module_error ());
      g_clear_pointer (&module, g_module_close);
      return NULL;
    }
  g_module_make_resident (module);
  return function;
}

static gboolean
draw (TiersStore              *store,
      const TiersPeriod       *period,
      const TiersChartRequest *request,
      TiersCliChartFormat      format,
      const char              *path,
      GError                 **error)
{
  TiersCliChartDraw draw_chart = tiers_cli_drawing_symbol (TIERS_CLI_CHART_DRAW_SYMBOL, error);

  return draw_chart != NULL && draw_chart (store, period, request, format, path, error);
}

int
tiers_cli_chart (TiersCli *cli,
                 int       argc,
                 char    **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("KIND PERIOD"));
  g_autofree char *supplier = NULL, *category = NULL, *periods = NULL, *language = NULL;
  g_autofree char *width = NULL, *height = NULL, *png = NULL, *svg = NULL, *pdf = NULL;
  g_autofree char *problem = NULL;
  TiersChartRequest request = { NULL, NULL, NULL, TIERS_TREND_DEFAULT_PERIODS, FALSE, FALSE,
                                NULL, 800, 500 };
  TiersCliChartFormat format;
  const char *path;
  GError *error = NULL;
  TiersStore *store;
  TiersPeriod period;
  int status;
  GOptionEntry entries[] = {
    { "supplier", 0, 0, G_OPTION_ARG_STRING, &supplier,
      N_("The supplier of a history or profile chart"), N_("CODE") },
    { "category", 0, 0, G_OPTION_ARG_STRING, &category,
      N_("Only this category (required for concentration)"), N_("NAME") },
    { "periods", 0, 0, G_OPTION_ARG_STRING, &periods,
      N_("How many periods a trend or history shows, ending at PERIOD (default 8)"), N_("N") },
    { "flow", 0, 0, G_OPTION_ARG_NONE, &request.flow,
      N_("Draw transitions as a flow instead of a matrix"), NULL },
    { "dark", 0, 0, G_OPTION_ARG_NONE, &request.dark, N_("Light text on a dark background"),
      NULL },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &language,
      N_("The language of titles and labels: en or zh_CN"), N_("LANG") },
    { "width", 0, 0, G_OPTION_ARG_STRING, &width,
      N_("Width in pixels (points for PDF), 300 or more (default 800)"), N_("W") },
    { "height", 0, 0, G_OPTION_ARG_STRING, &height,
      N_("Height in pixels (points for PDF), 200 or more (default 500)"), N_("H") },
    { "png", 0, 0, G_OPTION_ARG_FILENAME, &png, N_("Write a PNG image"), N_("FILE") },
    { "svg", 0, 0, G_OPTION_ARG_FILENAME, &svg, N_("Write an SVG image"), N_("FILE") },
    { "pdf", 0, 0, G_OPTION_ARG_FILENAME, &pdf, N_("Write a PDF page"), N_("FILE") },
    { NULL }
  };

  g_option_context_set_summary (context,
      _("Draw a chart of the grades for PERIOD into a PNG, SVG or PDF file. KIND is one of:\n"
        "  distribution        how many suppliers hold each grade, against the period before\n"
        "  distribution-trend  the share of each grade over the last periods\n"
        "  transitions         who moved from which grade to which since the period before\n"
        "  history             one supplier’s score over the last periods (--supplier)\n"
        "  profile             one supplier’s dimensions against its category (--supplier)\n"
        "  concentration       the spend of a category per supplier (--category)\n"
        "  allocation          each category’s spend by grade now and the suggested shift\n"
        "                      toward A and B (--category for one)\n"
        "Periods that have data but no evaluation yet are evaluated and stored first."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!tiers_cli_parse_options (context, &argc, &argv, &status))
    return status;
  if (argc != 3)
    return tiers_cli_usage_error (context, _("give a KIND and a PERIOD, as in "
                                             "“chart distribution 2026-Q1 --png out.png”"));
  request.kind = argv[1];
  request.supplier = supplier;
  request.category = category;
  request.language = language;
  if ((problem = check_request (&request, periods, width, height)) != NULL)
    return tiers_cli_usage_error (context, problem);
  if (!pick_output (png, svg, pdf, &path, &format))
    return tiers_cli_usage_error (context, _("give exactly one of --png, --svg and --pdf"));
  if (!tiers_period_parse (argv[2], &period, &error))
    return tiers_cli_fail (error);

  if (language != NULL)
    use_language (language);
  store = tiers_cli_get_store (cli, &error);
  if (store == NULL)
    return tiers_cli_fail (error);
  if (!draw (store, &period, &request, format, path, &error))
    return tiers_cli_fail (error);
  return TIERS_EXIT_OK;
}
