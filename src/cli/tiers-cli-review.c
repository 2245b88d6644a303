/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-cli-review.c: `review PERIOD`: the suppliers that moved between the previous period
 * and PERIOD, or stayed in C or D, as CSV (docs/cli.md, "review PERIOD"). Core finds the
 * movers, the store gives overrides and review marks; this file only writes them. */
#define G_LOG_DOMAIN "tiers-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "tiers-cli.h"
#include "tiers-error.h"
#include "tiers-plan.h"
#include "tiers-review.h"
#include "tiers-store-evaluation.h"
#include "tiers-store-plans.h"
#include "tiers-store-review.h"
#include "tiers-store-suppliers.h"

/* Two decimals, rounded half away from zero as scores are (docs/grading.md, "Total and
 * grade"); whole hundredths, so a change of -0.001 reads 0.00, not -0.00. */
static void
append_number (GString  *row,
               gboolean  has_value,
               double    value)
{
  gint64 cents;

  if (!has_value)
    return;
  cents = (gint64) round (value * 100);
  g_string_append_printf (row, "%s%" PRId64 ".%02d", cents < 0 ? "-" : "",
                          (cents < 0 ? -cents : cents) / 100,
                          (int) ((cents < 0 ? -cents : cents) % 100));
}

/* What the review says of a supplier's plans in PERIOD: the status of its plan due in PERIOD
 * (of several, missed before open before met before closed), else "open" while it has an open
 * plan due later, else nothing (docs/cli.md, "review PERIOD"). */
static const char *
plan_column (const GPtrArray   *plans,
             const char        *code,
             const TiersPeriod *period)
{
  static const int rank[] = { [TIERS_PLAN_STATUS_MISSED] = 4, [TIERS_PLAN_STATUS_OPEN] = 3,
                              [TIERS_PLAN_STATUS_MET] = 2, [TIERS_PLAN_STATUS_CLOSED] = 1 };
  int best = 0;
  gboolean open_later = FALSE;
  TiersPlanStatus shown = TIERS_PLAN_STATUS_OPEN;

  for (guint i = 0; i < plans->len; i++)
    {
      const TiersPlan *plan = g_ptr_array_index (plans, i);
      TiersPlanStatus status = tiers_plan_get_status (plan);

      if (strcmp (plan->supplier_code, code) != 0)
        continue;
      if (tiers_period_equal (&plan->due, period))
        {
          if (rank[status] > best)
            best = rank[status], shown = status;
        }
      else if (status == TIERS_PLAN_STATUS_OPEN && tiers_period_compare (&plan->due, period) > 0)
        open_later = TRUE;
    }
  if (best > 0)
    return tiers_plan_status_to_string (shown);
  return open_later ? "open" : "";
}

static void
append_mover (GString           *out,
              const TiersMover  *mover,
              GHashTable        *names,
              GHashTable        *overrides,
              GHashTable        *marks,
              const GPtrArray   *plans,
              GHashTable        *flags,
              const TiersPeriod *period)
{
  const TiersOverride *override = g_hash_table_lookup (overrides, mover->supplier_code);
  const char *name = g_hash_table_lookup (names, mover->supplier_code);

  tiers_cli_append_field (out, mover->supplier_code);
  g_string_append_c (out, ',');
  tiers_cli_append_field (out, name ? name : "");
  g_string_append_printf (out, ",%s,%s,", tiers_grade_to_string (mover->previous_grade),
                          tiers_grade_to_string (mover->grade));
  append_number (out, mover->has_previous_score, mover->previous_score);
  g_string_append_c (out, ',');
  append_number (out, mover->has_score, mover->score);
  g_string_append_c (out, ',');
  append_number (out, mover->has_change, mover->change);
  g_string_append_c (out, ',');
  tiers_cli_append_field (out, mover->top_criterion ? mover->top_criterion : "");
  g_string_append_c (out, ',');
  append_number (out, mover->top_criterion != NULL, mover->top_points);
  g_string_append_printf (out, ",%s,%s,%d,%s,%d\n", tiers_review_status_to_string (mover->status),
                          override ? tiers_grade_to_string (override->grade) : "",
                          g_hash_table_contains (marks, mover->supplier_code) ? 1 : 0,
                          plan_column (plans, mover->supplier_code, period),
                          g_hash_table_contains (flags, mover->supplier_code) ? 1 : 0);
}

int
tiers_cli_review (TiersCli *cli,
                  int       argc,
                  char    **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("PERIOD"));
  g_autoptr(TiersEvaluation) current = NULL;
  g_autoptr(TiersEvaluation) previous = NULL;
  g_autoptr(GHashTable) names = NULL;
  g_autoptr(GHashTable) overrides = NULL;
  g_autoptr(GHashTable) marks = NULL;
  g_autoptr(GHashTable) previous_overrides = NULL;
  g_autoptr(GHashTable) flags = NULL;
  g_autoptr(GPtrArray) plans = NULL;
  g_autoptr(GArray) movers = NULL;
  TiersPeriod before;
  g_autoptr(GString) out = NULL;
  GError *error = NULL;
  TiersStore *store;
  TiersPeriod period;
  int status;

  g_option_context_set_summary (context,
      _("Print as CSV the suppliers whose grade moved between the previous period and PERIOD, "
        "or stayed C or D: upgraded, downgraded, new, ungraded, stayed_low, with the "
        "criterion that moved the total most, the override, whether they were reviewed, their "
        "improvement plan and whether they are flagged for replacement."));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!tiers_cli_parse_options (context, &argc, &argv, &status))
    return status;
  if (argc != 2)
    return tiers_cli_usage_error (context, _("give exactly one PERIOD, as in 2026-Q1"));

  if (!tiers_period_parse (argv[1], &period, &error) ||
      (store = tiers_cli_get_store (cli, &error)) == NULL ||
      !tiers_cli_load_period_and_previous (store, &period, &current, &previous, &error) ||
      (names = tiers_store_load_supplier_names (store, &error)) == NULL ||
      (overrides = tiers_store_load_overrides (store, &period, &error)) == NULL ||
      (marks = tiers_store_load_review_marks (store, &period, &error)) == NULL)
    return tiers_cli_fail (error);
  /* The replacement flags need the previous period's shown grades and every plan. */
  before = tiers_period_previous (&period);
  if ((previous_overrides = tiers_store_load_overrides (store, &before, &error)) == NULL ||
      (plans = tiers_store_list_plans (store, NULL, &error)) == NULL)
    return tiers_cli_fail (error);
  flags = tiers_replacement_flags (current, overrides, current ? previous : NULL,
                                   previous_overrides, plans);

  out = g_string_new ("supplier_code,name,previous_grade,grade,previous_score,score,change,"
                      "top_criterion,top_points,status,override,reviewed,plan,replace\n");
  /* A period with no data at all has nobody to review: the header alone. */
  movers = tiers_review_movers (current, current ? previous : NULL);
  for (guint i = 0; i < movers->len; i++)
    append_mover (out, &g_array_index (movers, TiersMover, i), names, overrides, marks, plans,
                  flags, &period);
  if (fwrite (out->str, 1, out->len, stdout) != out->len || fflush (stdout) != 0)
    return TIERS_EXIT_REFUSED;
  return TIERS_EXIT_OK;
}
