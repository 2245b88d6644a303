/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-scorecard-text.h: the words and numbers of a scorecard, translated and formatted for
 * the locale: an indicator's value in its unit, the sample behind it, the rank in the
 * category, why the evaluation is provisional, and why the grade changed. */
#pragma once

#include <glib.h>

#include "tiers-evaluation.h"
#include "tiers-explanation.h"

G_BEGIN_DECLS

/* "92.0 %", "1.5 days", "4.2 / 5", "18.0 hours"; "no data" without a value. */
char *tiers_format_indicator_value (const TiersCriterion      *criterion,
                                    const TiersIndicatorValue *value);
/* "23 receipts", "5 feedback replies", "3 ratings". */
char *tiers_format_sample          (const TiersCriterion      *criterion,
                                    guint64                    sample);
/* "Rank 3 of 12 in Fasteners". */
char *tiers_format_rank            (guint                      rank,
                                    guint                      of,
                                    const char                *category);
/* The rank of RESULT among the graded suppliers of its category (1 = best score) and how
 * many there are; FALSE when RESULT is ungraded. */
gboolean tiers_evaluation_rank_in_category (const TiersEvaluation     *evaluation,
                                            const TiersSupplierResult *result,
                                            guint                     *rank,
                                            guint                     *of);
/* Which scores make GRADE under SCHEME's thresholds, e.g. "Grade B: a score from 75.0 to
 * under 90.0"; NULL for the ungraded. */
char *tiers_describe_grade_band    (const TiersScheme         *scheme,
                                    TiersGrade                 grade);
/* Why RESULT is provisional, as a sentence; NULL when it is not. */
char *tiers_describe_provisional   (const TiersEvaluation     *evaluation,
                                    const TiersSupplierResult *result);
/* Why the grade changed since the previous period, in sentences a manager reads: the score's
 * move with the grades, then the criteria that moved it most with their values then and
 * now. */
char *tiers_describe_change        (const TiersExplanation    *explanation);

/* "At risk: below grade B for 1 period; it drops after 3 in a row." or NULL when the
 * supplier is not held at a grade its score no longer earns (docs/grading.md,
 * "Downgrade after"). */
char       *tiers_describe_at_risk          (const TiersEvaluation     *evaluation,
                                             const TiersSupplierResult *result);
/* "2 ratings left out: Li Wei declared a conflict of interest with this supplier." or NULL
 * when none were (docs/grading.md, "Conflicts of interest"). */
char       *tiers_describe_excluded_ratings (const TiersEvaluation     *evaluation,
                                             const char                *supplier_code);

/* A recorded moment (ISO 8601) as a person reads it, "2026-12-07 10:15" in local time; the
 * text itself when it does not parse. */
char       *tiers_format_moment             (const char                *iso8601);

G_END_DECLS
