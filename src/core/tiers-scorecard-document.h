/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-scorecard-document.h: the printed scorecard a manager hands to a supplier, as data:
 * every text already in the document's language and formatted, the two charts' facts, and
 * the optional blocks. Built from the same facts the window's scorecard shows (evaluations,
 * explanation, details, history, review); src/render lays it out on pages and paints it, so
 * the window's print, its PDF export and the command line's `scorecard` give one document. */
#pragma once

#include <glib.h>

#include "tiers-chart-data.h"
#include "tiers-communication.h"
#include "tiers-evaluation.h"
#include "tiers-period-grades.h"
#include "tiers-review.h"
#include "tiers-supplier-details.h"

G_BEGIN_DECLS

/* What the store counts behind a supplier's numbers in a period. */
typedef struct
{
  guint64 receipts;
  guint64 late_receipts;      /* received after the promised date plus GraceDays */
  double  received_qty;
  double  rejected_qty;
  guint   incidents[3];       /* minor, major, critical */
  double  spend;              /* sum of unit_price x received_qty */
} TiersDeliveryFacts;

/* One target of an open improvement plan (tier-actions fills these). */
typedef struct
{
  char *criterion;    /* the criterion's name as the supplier reads it */
  char *baseline;     /* the value when the plan was agreed, in its unit */
  char *target;       /* the value to reach */
  char *due_period;   /* "2027-Q1" */
  char *status;       /* "on track", "behind", ... as written */
} TiersImprovementTarget;

void tiers_improvement_target_clear (TiersImprovementTarget *target);

/* Everything one scorecard is built from. Only EVALUATION and DETAILS are required. */
typedef struct
{
  const char                      *language;     /* "en", "zh_CN"; NULL: the user's */
  const char                      *company;      /* the issuer, NULL or "": not shown */
  GDateTime                       *generated;    /* NULL: now */
  const TiersEvaluation           *evaluation;
  const TiersEvaluation           *previous;     /* the period before, or NULL */
  const TiersSupplierDetails      *details;
  const TiersDeliveryFacts        *facts;        /* NULL: the block says none were counted */
  const GArray                    *history_periods;  /* of TiersPeriod, oldest first, or NULL */
  const TiersPeriodGrades * const *history_grades;   /* one per period, NULL entries allowed */
  const TiersOverride             *adjusted;     /* the grade a manager set, or NULL */
  const GPtrArray                 *log;          /* of TiersCommunication, or NULL */
  const GPtrArray                 *strategy;     /* of char *: the tier's actions, or NULL */
  const GArray                    *plan;         /* of TiersImprovementTarget, or NULL */
} TiersScorecardSource;

typedef struct
{
  char     *name;         /* in the document's language */
  char     *measures;     /* what the indicator measures, one line */
  char     *value;        /* "92.0 %", or "no data" */
  char     *sample;       /* "23 receipts" */
  char     *score;        /* "87.50", or "–" */
  char     *weight;       /* "30.0 %", or "–" */
  char     *points;       /* "26.25", or "–" */
  gboolean  has_value;
} TiersScorecardCriterion;

typedef struct
{
  char *label;
  char *value;
} TiersScorecardFact;

typedef struct
{
  char *date;
  char *text;
  gboolean open;          /* an objection waiting for a decision */
} TiersScorecardLogLine;

typedef struct
{
  char              *language;       /* as given, NULL: the user's */
  char              *company;        /* NULL: not shown */
  char              *title;          /* "Supplier scorecard" */
  char              *period;         /* "2026-Q3" */
  char              *period_label;   /* "Q3 2026" */
  char              *generated;      /* "2026-12-07" */
  char              *code;
  char              *name;
  char              *category;
  char              *contact;        /* "Li Wei · li@example.com · +86 …", or NULL */
  TiersChartGrade    grade;          /* the grade shown: the adjusted one where a manager set it */
  char              *grade_text;     /* "Grade B", "Ungraded" */
  char              *score;          /* "87.50" or "–" */
  char              *rank;           /* "Rank 3 of 12 in Fasteners", or NULL */
  char              *band;           /* what the grade means in scores, or NULL */
  char              *adjusted;       /* "Adjusted from C: …", or NULL */
  char              *provisional;    /* why provisional, or NULL */
  char              *remarks;        /* held at a grade, ratings left out; or NULL */
  TiersProfileData  *profile;
  TiersHistoryData  *history;        /* NULL: no history given */
  GArray            *criteria;       /* of TiersScorecardCriterion, in scheme order */
  char              *total_points;   /* "87.50": the criteria table's last line */
  GArray            *facts;          /* of TiersScorecardFact */
  char              *change;         /* what changed since the previous period */
  GPtrArray         *strategy;       /* of char *: empty means the block is left out */
  GArray            *plan;           /* of TiersImprovementTarget: likewise */
  GArray            *log;            /* of TiersScorecardLogLine: likewise */
} TiersScorecardDocument;

/* Builds the document in SOURCE's language. Fails with TIERS_ERROR_NOT_FOUND when the
 * evaluation does not list the supplier, or when the language's translations are missing. */
TiersScorecardDocument *tiers_scorecard_document_new  (const TiersScorecardSource *source,
                                                       GError                    **error);
void                    tiers_scorecard_document_free (TiersScorecardDocument     *document);

/* What an indicator measures, in one line, translated. */
const char             *tiers_indicator_describe      (TiersIndicator              indicator);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TiersScorecardDocument, tiers_scorecard_document_free)

G_END_DECLS
