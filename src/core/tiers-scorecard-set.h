/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-scorecard-set.h: what a batch of scorecards of one period is made from, loaded once
 * (by the command line from the store, by the window from its session and a worker's
 * queries), and the documents of its suppliers one at a time, so a batch of thousands never
 * holds more than one document. */
#pragma once

#include <glib.h>

#include "tiers-scorecard-document.h"

G_BEGIN_DECLS

typedef struct
{
  const char                      *language;        /* NULL: the user's */
  const char                      *company;         /* NULL or "": not shown */
  GDateTime                       *generated;       /* NULL: now */
  const TiersEvaluation           *evaluation;
  const TiersEvaluation           *previous;        /* or NULL */
  const GPtrArray                 *details;         /* of TiersSupplierDetails, by code */
  GHashTable                      *facts;           /* code -> TiersDeliveryFacts, or NULL */
  const GArray                    *history_periods; /* of TiersPeriod, or NULL */
  const TiersPeriodGrades * const *history_grades;
  GHashTable                      *adjusted;        /* code -> TiersOverride, or NULL */
  const GPtrArray                 *log;             /* of TiersCommunication, by code; or NULL */
  /* Tier strategies and improvement plans (docs/architecture.md, "Printed scorecards"):
   * grade letter -> GPtrArray of TiersStandardAction* and code -> GPtrArray of TiersPlan*
   * (the plans to show); made into texts in the document's language. NULL: blocks left out. */
  GHashTable                      *strategies;
  GHashTable                      *plans;
} TiersScorecardSet;

/* The codes of the suppliers SET's evaluation lists whose shown grade (the adjusted one
 * where a manager set it) is GRADE (TIERS_GRADE_NONE: any) and whose category is CATEGORY
 * (NULL: any), in code order (of char *, owned). */
GPtrArray              *tiers_scorecard_set_select   (const TiersScorecardSet *set,
                                                      TiersGrade               grade,
                                                      const char              *category);
/* The document of CODE. */
TiersScorecardDocument *tiers_scorecard_set_document (const TiersScorecardSet *set,
                                                      const char              *code,
                                                      GError                 **error);

G_END_DECLS
