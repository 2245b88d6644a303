/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-cli-scorecard-draw.c: in the drawing module, `scorecard`'s part that needs Cairo and
 * Pango: everything a period's scorecards are made of, read from the store once, then one
 * supplier after the other laid out into the PDF. */
#define G_LOG_DOMAIN "tiers-cli"

#include "config.h"

#include <gmodule.h>
#include <glib/gi18n-lib.h>

#include "tiers-chart-facts.h"
#include "tiers-cli-chart-draw.h"
#include "tiers-cli-scorecard-draw.h"
#include "tiers-error.h"
#include "tiers-scorecard-pdf.h"
#include "tiers-store-review.h"
#include "tiers-store-scorecard.h"
#include "tiers-store-supplier-details.h"

gboolean
tiers_cli_scorecard_write (TiersStore                  *store,
                           const TiersPeriod           *period,
                           const TiersScorecardRequest *request,
                           const char                  *path,
                           guint                       *n_suppliers,
                           guint                       *n_pages,
                           GError                     **error)
{
  g_autoptr(GArray) periods = tiers_periods_ending_at (period, TIERS_TREND_DEFAULT_PERIODS);
  g_autoptr(GPtrArray) evaluations = NULL;
  g_autoptr(GPtrArray) grades = NULL;
  g_autoptr(GPtrArray) details = NULL;
  g_autoptr(GHashTable) facts = NULL;
  g_autoptr(GHashTable) adjusted = NULL;
  g_autoptr(GPtrArray) log = NULL;
  g_autoptr(GPtrArray) codes = NULL;
  g_autofree char *name = tiers_period_to_string (period);
  TiersScorecardSet set = { 0 };
  TiersPageFormat format;
  const TiersEvaluation *current;

  if ((evaluations = tiers_cli_load_evaluations (store, periods, error)) == NULL)
    return FALSE;
  current = g_ptr_array_index (evaluations, periods->len - 1);
  if (current == NULL)
    {
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_NOT_FOUND,
                   _("%s holds no data: there is no scorecard to print"), name);
      return FALSE;
    }
  grades = g_ptr_array_new_full (periods->len, (GDestroyNotify) tiers_period_grades_free);
  for (guint i = 0; i < periods->len; i++)
    {
      const TiersEvaluation *evaluation = g_ptr_array_index (evaluations, i);

      g_ptr_array_add (grades, evaluation != NULL ? tiers_period_grades_new (evaluation) : NULL);
    }
  if ((details = tiers_store_load_supplier_details (store, period, error)) == NULL
      || (facts = tiers_store_load_delivery_facts (store, period, current->scheme->grace_days,
                                                   error)) == NULL
      || (adjusted = tiers_store_load_overrides (store, period, error)) == NULL
      || (log = tiers_store_load_communications (store, period, NULL, error)) == NULL)
    return FALSE;

  set.language = request->language;
  set.company = request->company;
  set.evaluation = current;
  set.previous = g_ptr_array_index (evaluations, periods->len - 2);
  set.details = details;
  set.facts = facts;
  set.history_periods = periods;
  set.history_grades = (const TiersPeriodGrades * const *) grades->pdata;
  set.adjusted = adjusted;
  set.log = log;

  if (request->supplier != NULL)
    {
      if (tiers_evaluation_find (current, request->supplier) == NULL)
        {
          g_set_error (error, TIERS_ERROR, TIERS_ERROR_NOT_FOUND,
                       _("There is no supplier with the code “%s” in %s"), request->supplier,
                       name);
          return FALSE;
        }
      codes = g_ptr_array_new_with_free_func (g_free);
      g_ptr_array_add (codes, g_strdup (request->supplier));
    }
  else
    codes = tiers_scorecard_set_select (&set, request->grade, request->category);
  if (codes->len == 0)
    {
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_NOT_FOUND,
                   _("No supplier of %s matches the grade and category given: no file was "
                     "written"), name);
      return FALSE;
    }
  tiers_page_format_init (&format, request->letter ? TIERS_PAPER_LETTER : TIERS_PAPER_A4);
  if (!tiers_scorecard_pdf_write_set (path, &format, &set, codes, NULL, NULL, NULL, n_pages,
                                      error))
    return FALSE;
  *n_suppliers = codes->len;
  return TRUE;
}
