/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-chart-facts.h: what each chart and the scorecard show, computed from evaluations and
 * the suppliers' details of a period (tiers-supplier-details.h): pure functions, so the
 * window, the command line and the tests get the same facts from the same data, and neither
 * the store nor the renderer decides what a chart means. */
#pragma once

#include <glib.h>

#include "tiers-chart-data.h"
#include "tiers-evaluation.h"
#include "tiers-period.h"
#include "tiers-period-grades.h"
#include "tiers-supplier-details.h"

G_BEGIN_DECLS

/* PERIOD and the N - 1 periods of its kind before it, oldest first (of TiersPeriod). */
GArray                 *tiers_periods_ending_at            (const TiersPeriod     *period,
                                                            guint                  n);

/* CURRENT is PERIOD's evaluation, PREVIOUS the one of the period before; either may be NULL
 * (not evaluated). CATEGORY NULL means every category. ADJUSTED (supplier code ->
 * TiersOverride, may be NULL): the grades a manager set in PERIOD's review, shown instead of
 * the computed ones. */
TiersDistributionData  *tiers_chart_facts_distribution     (const TiersPeriod     *period,
                                                            const TiersEvaluation *current,
                                                            const TiersEvaluation *previous,
                                                            const char            *category,
                                                            GHashTable            *adjusted);
TiersTransitionData    *tiers_chart_facts_transitions      (const TiersPeriod     *period,
                                                            const TiersEvaluation *current,
                                                            const TiersEvaluation *previous,
                                                            const char            *category,
                                                            GHashTable            *adjusted);
/* PERIODS (of TiersPeriod, oldest first) with their grades, NULL where a period has none. */
TiersTrendData         *tiers_chart_facts_trend            (const GArray          *periods,
                                                            const TiersPeriodGrades * const *grades,
                                                            const char            *category);
/* TITLE names the supplier ("CODE Name"); the bands are those of the scheme that graded the
 * last period, else SCHEME's. */
TiersHistoryData       *tiers_chart_facts_history          (const GArray          *periods,
                                                            const TiersPeriodGrades * const *grades,
                                                            const char            *code,
                                                            const char            *title,
                                                            const TiersScheme     *scheme);
/* The supplier's score per dimension against its category's average; EVALUATION may be NULL
 * (an empty profile). */
TiersProfileData       *tiers_chart_facts_profile          (const TiersPeriod     *period,
                                                            const TiersEvaluation *evaluation,
                                                            const char            *code,
                                                            const char            *title);
/* CATEGORY's suppliers that received anything in the period, with their spend from DETAILS
 * and their grade from EVALUATION (NULL: all ungraded). */
TiersConcentrationData *tiers_chart_facts_concentration    (const TiersPeriod     *period,
                                                            const TiersEvaluation *evaluation,
                                                            const GPtrArray       *details,
                                                            const char            *category);
/* The categories in DETAILS, largest spend first, then by name (of char *). A category
 * without spend still counts: its suppliers are graded. */
GPtrArray              *tiers_chart_facts_categories       (const GPtrArray       *details);

G_END_DECLS
