/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-cli-scorecard-draw.h: what `scorecard` hands the drawing module (the chart module,
 * libtiers-chart, which alone links Cairo and Pango): the checked request, and the one
 * function the module exports for it. */
#pragma once

#include <glib.h>
#include <gmodule.h>

#include "tiers-evaluation.h"
#include "tiers-period.h"
#include "tiers-store.h"

G_BEGIN_DECLS

#define TIERS_CLI_SCORECARD_WRITE_SYMBOL "tiers_cli_scorecard_write"

typedef struct
{
  const char *supplier;    /* one supplier, or NULL for a batch */
  TiersGrade  grade;       /* a batch's grade, TIERS_GRADE_NONE: any */
  const char *category;    /* a batch's category, or NULL */
  const char *language;    /* "en", "zh_CN" or NULL: the user's */
  const char *company;     /* NULL: none */
  gboolean    letter;      /* US Letter instead of A4 */
} TiersScorecardRequest;

/* Writes the scorecards of REQUEST for PERIOD into the PDF at PATH; *N_SUPPLIERS and
 * *N_PAGES say how many. Periods not evaluated with the current scheme from the data as it
 * is now are evaluated first (tiers_store_current_evaluation). */
typedef gboolean (*TiersCliScorecardWrite) (TiersStore                  *store,
                                            const TiersPeriod           *period,
                                            const TiersScorecardRequest *request,
                                            const char                  *path,
                                            guint                       *n_suppliers,
                                            guint                       *n_pages,
                                            GError                     **error);

G_MODULE_EXPORT gboolean tiers_cli_scorecard_write (TiersStore                  *store,
                                                    const TiersPeriod           *period,
                                                    const TiersScorecardRequest *request,
                                                    const char                  *path,
                                                    guint                       *n_suppliers,
                                                    guint                       *n_pages,
                                                    GError                     **error);

G_END_DECLS
