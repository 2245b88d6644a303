/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-cli-risk.c: `risk PERIOD [--threshold F]`: each category's supply risk as CSV
 * (docs/cli.md, "risk PERIOD"). Core computes it (tiers-supply-risk.h) from the evaluations,
 * the review's adjusted grades and the suppliers' spend the store gives; this file only
 * writes it. */
#define G_LOG_DOMAIN "tiers-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <inttypes.h>
#include <math.h>
#include <stdio.h>

#include "tiers-cli.h"
#include "tiers-number.h"
#include "tiers-store-review.h"
#include "tiers-store-supplier-details.h"
#include "tiers-supply-risk.h"

/* VALUE with DECIMALS decimals, rounded half away from zero; never "-0.00". */
static void
append_fixed (GString *row,
              double   value,
              guint    decimals)
{
  gint64 scale = 1, units;

  for (guint d = 0; d < decimals; d++)
    scale *= 10;
  units = (gint64) round (value * scale);
  g_string_append_printf (row, "%s%" PRId64 ".%0*" PRId64, units < 0 ? "-" : "",
                          (units < 0 ? -units : units) / scale, (int) decimals,
                          (units < 0 ? -units : units) % scale);
}

static void
append_category (GString                 *out,
                 const TiersCategoryRisk *category)
{
  const TiersRiskSupplier *top = tiers_category_risk_top (category);
  gboolean first = TRUE;

  tiers_cli_append_field (out, category->category);
  g_string_append_c (out, ',');
  append_fixed (out, category->spend, 2);
  g_string_append_printf (out, ",%u,", category->suppliers->len);
  append_fixed (out, category->hhi, 2);
  g_string_append_printf (out, ",%s,", tiers_risk_band_to_string (category->band));
  tiers_cli_append_field (out, top->code);
  g_string_append_c (out, ',');
  append_fixed (out, top->share, 4);
  g_string_append_printf (out, ",%d,", category->single_source ? 1 : 0);
  /* Codes may not hold ';' safely in a list: quote the whole field where it needs it. */
  {
    g_autoptr(GString) flagged = g_string_new (NULL);

    for (guint s = 0; s < category->suppliers->len; s++)
      {
        const TiersRiskSupplier *supplier = &g_array_index (category->suppliers,
                                                            TiersRiskSupplier, s);

        if (!supplier->flagged)
          continue;
        if (!first)
          g_string_append_c (flagged, ';');
        g_string_append (flagged, supplier->code);
        first = FALSE;
      }
    tiers_cli_append_field (out, flagged->str);
  }
  g_string_append_c (out, '\n');
}

int
tiers_cli_risk (TiersCli *cli,
                int       argc,
                char    **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("PERIOD"));
  g_autoptr(TiersEvaluation) current = NULL;
  g_autoptr(TiersEvaluation) previous = NULL;
  g_autoptr(GPtrArray) details = NULL;
  g_autoptr(GHashTable) overrides = NULL;
  g_autoptr(TiersSupplyRisk) risk = NULL;
  g_autoptr(GString) out = NULL;
  g_autofree char *threshold_text = NULL;
  double threshold = TIERS_RISK_DEFAULT_THRESHOLD;
  GError *error = NULL;
  TiersStore *store;
  TiersPeriod period;
  int status;
  GOptionEntry entries[] = {
    { "threshold", 0, 0, G_OPTION_ARG_STRING, &threshold_text,
      N_("Flag suppliers with a larger share of their category’s spend than F, a fraction "
         "from 0 to 1 (default 0.30)"), "F" },
    { NULL }
  };

  g_option_context_set_summary (context,
      _("Print as CSV, per category with spend in PERIOD, the spend, the number of suppliers "
        "with spend, the Herfindahl-Hirschman index of their shares and its band (low, "
        "moderate, high), the largest supplier and its share, whether it is the single "
        "source, and the suppliers above the threshold that are graded C or D or whose "
        "score fell."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!tiers_cli_parse_options (context, &argc, &argv, &status))
    return status;
  if (argc != 2)
    return tiers_cli_usage_error (context, _("give exactly one PERIOD, as in 2026-Q1"));
  if (threshold_text != NULL
      && (!tiers_number_parse (threshold_text, &threshold)
          || !tiers_risk_threshold_valid (threshold)))
    {
      g_autofree char *message =
        g_strdup_printf (_("--threshold “%s” is not a fraction from 0 to 1, as in 0.30"),
                         threshold_text);

      return tiers_cli_usage_error (context, message);
    }

  if (!tiers_period_parse (argv[1], &period, &error) ||
      (store = tiers_cli_get_store (cli, &error)) == NULL ||
      !tiers_cli_load_period_and_previous (store, &period, &current, &previous, &error) ||
      (details = tiers_store_load_supplier_details (store, &period, &error)) == NULL ||
      (overrides = tiers_store_load_overrides (store, &period, &error)) == NULL)
    return tiers_cli_fail (error);

  risk = tiers_supply_risk_new (&period, current, current ? previous : NULL, details,
                                overrides, threshold);
  out = g_string_new ("category,spend,suppliers,hhi,band,top_supplier,top_share,"
                      "single_source,flagged\n");
  for (guint c = 0; c < risk->categories->len; c++)
    append_category (out, g_ptr_array_index (risk->categories, c));
  if (fwrite (out->str, 1, out->len, stdout) != out->len || fflush (stdout) != 0)
    return TIERS_EXIT_REFUSED;
  return TIERS_EXIT_OK;
}
