/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-cli-scorecard-draw.c: in the drawing module, `scorecard`'s part that needs Cairo and
 * Pango: everything a period's scorecards are made of, read from the store once, then one
 * supplier after the other laid out into the PDF. */
#define G_LOG_DOMAIN "tiers-cli"

#include "config.h"

#include <gmodule.h>
#include <glib/gi18n-lib.h>

#include "tiers-cli-scorecard-draw.h"
#include "tiers-error.h"
#include "tiers-scorecard-pdf.h"
#include "tiers-store-scorecard.h"

gboolean
tiers_cli_scorecard_write (TiersStore                  *store,
                           const TiersPeriod           *period,
                           const TiersScorecardRequest *request,
                           const char                  *path,
                           guint                       *n_suppliers,
                           guint                       *n_pages,
                           GError                     **error)
{
  g_autoptr(TiersScorecardData) data = tiers_store_load_scorecard_data (store, period, error);
  g_autoptr(GPtrArray) codes = NULL;
  g_autofree char *name = tiers_period_to_string (period);
  TiersPageFormat format;

  if (data == NULL)
    return FALSE;
  data->set.language = request->language;
  data->set.company = request->company;
  if (request->supplier != NULL)
    {
      if (tiers_evaluation_find (data->set.evaluation, request->supplier) == NULL)
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
    codes = tiers_scorecard_set_select (&data->set, request->grade, request->category);
  if (codes->len == 0)
    {
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_NOT_FOUND,
                   _("No supplier of %s matches the grade and category given: no file was "
                     "written"), name);
      return FALSE;
    }
  tiers_page_format_init (&format, request->letter ? TIERS_PAPER_LETTER : TIERS_PAPER_A4);
  if (!tiers_scorecard_pdf_write_set (path, &format, &data->set, codes, NULL, NULL, NULL,
                                      n_pages, error))
    return FALSE;
  *n_suppliers = codes->len;
  return TRUE;
}
