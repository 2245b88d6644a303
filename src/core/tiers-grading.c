/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-grading.c: the scoring rules of docs/grading.md, "Scores" and "Total and grade". */
#define G_LOG_DOMAIN "tiers-grading"

#include "config.h"

#include <math.h>

#include "tiers-grading.h"
#include "tiers-number.h"

static double
clamp_score (double score)
{
  return CLAMP (score, 0, 100);
}

/* clamp ((v - Worst) / (Best - Worst), 0, 1) x 100; Best < Worst serves lower-is-better. */
double
tiers_score_linear (double value,
                    double best,
                    double worst)
{
  return clamp_score ((value - worst) / (best - worst) * 100);
}

/* Higher-is-better: v / max x 100 (0 when max is 0); lower-is-better: min / v x 100 (100 when
 * v is 0). Indicators are never negative, so the result already lies in 0..100. */
double
tiers_score_ratio (double   value,
                   double   category_best,
                   gboolean higher_is_better)
{
  if (higher_is_better)
    return category_best == 0 ? 0 : clamp_score (value / category_best * 100);
  return value == 0 ? 100 : clamp_score (category_best / value * 100);
}

/* Higher-is-better: the score of the highest threshold <= v; lower-is-better: of the lowest
 * threshold >= v; 0 when none matches. Bands may be written in any order. */
double
tiers_score_bands (const GArray *bands,
                   double        value,
                   gboolean      higher_is_better)
{
  const TiersBand *match = NULL;

  for (guint i = 0; i < bands->len; i++)
    {
      const TiersBand *b = &g_array_index (bands, TiersBand, i);

      if (higher_is_better ? b->threshold <= value : b->threshold >= value)
        if (match == NULL ||
            (higher_is_better ? b->threshold > match->threshold
                              : b->threshold < match->threshold))
          match = b;
    }
  return match ? match->score : 0;
}

double
tiers_score_scale (double value,
                   double scale)
{
  return clamp_score (value / scale * 100);
}

double
tiers_criterion_score (const TiersCriterion *c,
                       double                value,
                       double                category_best)
{
  gboolean higher = tiers_indicator_higher_is_better (c->indicator);

  switch (c->method)
    {
    case TIERS_METHOD_LINEAR: return tiers_score_linear (value, c->best, c->worst);
    case TIERS_METHOD_RATIO: return tiers_score_ratio (value, category_best, higher);
    case TIERS_METHOD_BANDS: return tiers_score_bands (c->bands, value, higher);
    case TIERS_METHOD_SCALE: return tiers_score_scale (value, c->scale);
    case TIERS_N_METHODS:
    default: g_return_val_if_reached (0);
    }
}

gboolean
tiers_indicator_better (TiersIndicator indicator,
                        double         a,
                        double         b)
{
  return tiers_indicator_higher_is_better (indicator) ? a > b : a < b;
}

/* previous x (1 - f) + raw x f; f = 1 turns smoothing off. */
double
tiers_smooth (double previous,
              double raw,
              double smoothing)
{
  return previous * (1 - smoothing) + raw * smoothing;
}

TiersGrade
tiers_grade_for_score (const TiersScheme *scheme,
                       double             score)
{
  if (score >= scheme->grade_a)
    return TIERS_GRADE_A;
  if (score >= scheme->grade_b)
    return TIERS_GRADE_B;
  if (score >= scheme->grade_c)
    return TIERS_GRADE_C;
  return TIERS_GRADE_D;
}

void
tiers_criterion_result_share (TiersCriterionResult *r,
                              const TiersCriterion *criterion,
                              double                weight_sum)
{
  gboolean counts = r->indicator.has_value && weight_sum > 0;

  r->weight_share = counts ? criterion->weight / weight_sum : 0;
  r->points = counts ? r->weight_share * r->score : 0;
}

/* Grades order A (best) before D: a larger grade is a worse one. A drop waits for
 * DowngradeAfter periods in a row below the held grade, counted from the previous period's;
 * with DowngradeAfter 1 the first one is enough, so nothing is ever held. */
void
tiers_hold_grade (const TiersScheme    *scheme,
                  const TiersHeldGrade *held,
                  TiersSupplierResult  *result)
{
  guint below;

  result->at_risk = FALSE;
  result->periods_below = 0;
  if (!result->graded || scheme->downgrade_after <= 1 || held == NULL ||
      held->grade == TIERS_GRADE_NONE || result->grade <= held->grade)
    return;
  below = held->periods_below + 1;
  if (below >= (guint) scheme->downgrade_after)
    return;
  result->grade = held->grade;
  result->at_risk = TRUE;
  result->periods_below = below;
}

/* raw from the unrounded criterion scores over the valued criteria, weights renormalised;
 * then smoothing with the previous period's stored score, rounding, the grade. */
void
tiers_grade_supplier (const TiersScheme             *scheme,
                      const TiersSupplierIndicators *supplier,
                      const double                  *category_best,
                      double                         previous,
                      TiersSupplierResult           *result)
{
  guint n = scheme->criteria->len;
  double weight_sum = 0, weighted = 0;
  gboolean missing = FALSE;

  for (guint c = 0; c < n; c++)
    {
      const TiersCriterion *criterion = scheme->criteria->pdata[c];
      TiersCriterionResult *r = &result->criteria[c];

      r->indicator = *tiers_supplier_indicators_get (supplier, criterion);
      if (!r->indicator.has_value)
        {
          r->score = 0;
          missing = TRUE;
          continue;
        }
      r->score = tiers_criterion_score (criterion, r->indicator.value,
                                        category_best ? category_best[c] : 0);
      weight_sum += criterion->weight;
      weighted += criterion->weight * r->score;
    }

  result->supplier = supplier;
  result->graded = weight_sum > 0;
  result->weight_sum = weight_sum;
  result->provisional = !result->graded || missing ||
                        supplier->receipts < (guint64) scheme->min_receipts;
  result->has_previous = result->graded && scheme->smoothing < 1 && !isnan (previous);
  result->previous = result->has_previous ? previous : 0;
  result->raw = result->graded ? weighted / weight_sum : 0;
  result->score = 0;
  result->grade = TIERS_GRADE_NONE;
  for (guint c = 0; c < n; c++)
    tiers_criterion_result_share (&result->criteria[c], scheme->criteria->pdata[c],
                                  weight_sum);
  if (!result->graded)
    return;

  result->score = tiers_round2 (result->has_previous
                                ? tiers_smooth (previous, result->raw, scheme->smoothing)
                                : result->raw);
  result->grade = tiers_grade_for_score (scheme, result->score);
}
