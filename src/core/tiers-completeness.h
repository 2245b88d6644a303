/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-completeness.h: whether a supplier's grade for a period rests on enough data
 * (docs/grading.md, "Completeness"): receipts, feedback and the scheme's manual ratings in
 * the period, and any data at all in it and the two periods before it. */
#pragma once

#include <glib.h>

#include "tiers-scheme.h"

G_BEGIN_DECLS

/* In the order they are printed. */
typedef enum
{
  TIERS_COMPLETENESS_NO_RECEIPTS     = 1 << 0,
  TIERS_COMPLETENESS_FEW_RECEIPTS    = 1 << 1,
  TIERS_COMPLETENESS_NO_FEEDBACK     = 1 << 2,
  TIERS_COMPLETENESS_MISSING_RATINGS = 1 << 3,
  TIERS_COMPLETENESS_STALE           = 1 << 4,
} TiersCompletenessIssue;

#define TIERS_COMPLETENESS_N_ISSUES 5

typedef struct
{
  char      *code;
  char      *name;
  guint64    receipts;      /* in the period */
  guint64    feedback;      /* in the period */
  GPtrArray *rated;         /* criterion keys with a rating in the period (of char*) */
  gboolean   recent_data;   /* any receipt, incident, feedback or rating in the period or
                             * the two periods of its kind before it */
  /* judged */
  GPtrArray *missing;       /* keys of the scheme's manual criteria without a rating */
  guint      issues;        /* TiersCompletenessIssue flags */
} TiersCompletenessRow;

TiersCompletenessRow *tiers_completeness_row_new   (const char            *code,
                                                    const char            *name);
void                  tiers_completeness_row_free  (TiersCompletenessRow  *row);
/* Sets ROW's missing and issues from its facts and SCHEME (its MinReceipts and its manual
 * criteria of weight above 0). */
void                  tiers_completeness_judge     (const TiersScheme     *scheme,
                                                    TiersCompletenessRow  *row);
/* "no_receipts;few_receipts;..." in the enum's order. */
char                 *tiers_completeness_issues_to_string (guint           issues);
/* The same, in words for a person (translated), joined by ", ". */
char                 *tiers_completeness_issues_label     (guint           issues);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TiersCompletenessRow, tiers_completeness_row_free)

G_END_DECLS
