/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-scorecard-text.c: the scorecard's sentences. Every sentence is one translatable
 * message with its numbers as arguments, so a translator can reorder them. */
#define G_LOG_DOMAIN "tiers-core"

#include "config.h"

#include "tiers-i18n.h"
#include <math.h>

#include "tiers-scorecard-text.h"

/* The criteria that moved the score by less than this are not worth a sentence. */
#define NOTABLE_POINTS 0.05
/* A manager reads two or three reasons, not a table. */
#define MAX_REASONS 3

char *
tiers_format_indicator_value (const TiersCriterion      *criterion,
                              const TiersIndicatorValue *value)
{
  g_return_val_if_fail (criterion != NULL && value != NULL, NULL);

  if (!value->has_value)
    return g_strdup (_("no data"));
  switch (criterion->indicator)
    {
    case TIERS_INDICATOR_ON_TIME_RATE:
    case TIERS_INDICATOR_QUANTITY_ACCURACY:
    case TIERS_INDICATOR_PASS_RATE:
      /* Translators: a percentage, e.g. "92.5 %" */
      return g_strdup_printf (_("%.1f %%"), value->value * 100);
    case TIERS_INDICATOR_DAYS_LATE:
      /* Translators: the mean delay of deliveries */
      return g_strdup_printf (_("%.1f days late"), value->value);
    case TIERS_INDICATOR_INCIDENT_RATE:
      return g_strdup_printf (_("%.1f points per 100 receipts"), value->value);
    case TIERS_INDICATOR_UNIT_PRICE:
      return g_strdup_printf ("%'.2f", value->value);
    case TIERS_INDICATOR_PRICE_INDEX:
      /* Translators: the price level against the market, 1.00 = the median price */
      return g_strdup_printf (_("index %.2f"), value->value);
    case TIERS_INDICATOR_SERVICE_RATING:
      return g_strdup_printf (_("%.1f / %g"), value->value, 5.0);
    case TIERS_INDICATOR_MANUAL:
      return g_strdup_printf (_("%.1f / %g"), value->value,
                              tiers_criterion_rating_max (criterion));
    case TIERS_INDICATOR_RESPONSE_HOURS:
      return g_strdup_printf (_("%.1f hours"), value->value);
    case TIERS_N_INDICATORS:
    default:
      g_return_val_if_reached (NULL);
    }
}

char *
tiers_format_sample (const TiersCriterion *criterion,
                     guint64               sample)
{
  g_return_val_if_fail (criterion != NULL, NULL);

  /* ngettext takes an unsigned long: a count of receipts fits. */
  switch (criterion->indicator)
    {
    case TIERS_INDICATOR_SERVICE_RATING:
    case TIERS_INDICATOR_RESPONSE_HOURS:
      return g_strdup_printf (ngettext ("%lu feedback reply", "%lu feedback replies",
                                        (gulong) sample), (gulong) sample);
    case TIERS_INDICATOR_MANUAL:
      return g_strdup_printf (ngettext ("%lu rating", "%lu ratings", (gulong) sample),
                              (gulong) sample);
    default:
      return g_strdup_printf (ngettext ("%lu receipt", "%lu receipts", (gulong) sample),
                              (gulong) sample);
    }
}

char *
tiers_format_rank (guint       rank,
                   guint       of,
                   const char *category)
{
  /* Translators: a supplier's place by score among the graded suppliers of its category,
   * e.g. "Rank 3 of 12 in Fasteners" */
  return g_strdup_printf (_("Rank %u of %u in %s"), rank, of, category);
}

/* A threshold as the criteria page shows it: one decimal, two where it has them. */
static char *
format_threshold (double value)
{
  return g_strdup_printf (fabs (value * 10 - round (value * 10)) < 1e-9 ? "%.1f" : "%.2f",
                          value);
}

char *
tiers_describe_grade_band (const TiersScheme *scheme,
                           TiersGrade         grade)
{
  g_autofree char *a = format_threshold (scheme->grade_a);
  g_autofree char *b = format_threshold (scheme->grade_b);
  g_autofree char *c = format_threshold (scheme->grade_c);

  switch (grade)
    {
    case TIERS_GRADE_A:
      /* Translators: the scores that make grade A, e.g. "Grade A: a score of 90.0 or more" */
      return g_strdup_printf (_("Grade A: a score of %s or more"), a);
    case TIERS_GRADE_B:
      /* Translators: the scores that make grade B, e.g. "Grade B: a score from 75.0 to
       * under 90.0" */
      return g_strdup_printf (_("Grade B: a score from %s to under %s"), b, a);
    case TIERS_GRADE_C:
      /* Translators: the scores that make grade C, e.g. "Grade C: a score from 60.0 to
       * under 75.0" */
      return g_strdup_printf (_("Grade C: a score from %s to under %s"), c, b);
    case TIERS_GRADE_D:
      /* Translators: the scores that make grade D, e.g. "Grade D: a score under 60.0" */
      return g_strdup_printf (_("Grade D: a score under %s"), c);
    case TIERS_GRADE_NONE:
    default:
      return NULL;
    }
}

gboolean
tiers_evaluation_rank_in_category (const TiersEvaluation     *evaluation,
                                   const TiersSupplierResult *result,
                                   guint                     *rank,
                                   guint                     *of)
{
  g_return_val_if_fail (evaluation != NULL && result != NULL, FALSE);

  if (!result->graded)
    return FALSE;
  *rank = 1;
  *of = 0;
  for (guint i = 0; i < evaluation->n_suppliers; i++)
    {
      const TiersSupplierResult *other = &evaluation->suppliers[i];

      if (!other->graded
          || other->supplier->category_index != result->supplier->category_index)
        continue;
      (*of)++;
      if (other->score > result->score)
        (*rank)++;
    }
  return TRUE;
}

char *
tiers_describe_provisional (const TiersEvaluation     *evaluation,
                            const TiersSupplierResult *result)
{
  const TiersScheme *scheme = evaluation->scheme;
  g_autoptr(GString) missing = g_string_new (NULL);

  if (!result->provisional)
    return NULL;
  if (!result->graded)
    return g_strdup (_("Ungraded: no criterion has data in this period."));
  if (result->supplier->receipts < (guint64) MAX (scheme->min_receipts, 0))
    return g_strdup_printf (ngettext ("Provisional: only %lu receipt in this period, at least "
                                      "%d needed.",
                                      "Provisional: only %lu receipts in this period, at least "
                                      "%d needed.", (gulong) result->supplier->receipts),
                            (gulong) result->supplier->receipts, scheme->min_receipts);
  for (guint c = 0; c < scheme->criteria->len; c++)
    if (!result->criteria[c].indicator.has_value)
      {
        if (missing->len > 0)
          /* Translators: separates the names of criteria in a list */
          g_string_append (missing, _(", "));
        g_string_append (missing,
                         tiers_criterion_get_display_name (g_ptr_array_index (scheme->criteria, c)));
      }
  /* Translators: %s lists the criteria, e.g. "Service rating, Response time" */
  return g_strdup_printf (_("Provisional: no data for %s in this period."), missing->str);
}

static const TiersIndicatorValue *
criterion_value (const TiersSupplierResult *result,
                 int                        index)
{
  return result != NULL && index >= 0 ? &result->criteria[index].indicator : NULL;
}

static void
append_reason (GString                    *text,
               const TiersExplanation     *explanation,
               const TiersCriterionChange *change)
{
  static const TiersIndicatorValue none = { 0, 0, FALSE };
  const TiersIndicatorValue *then = criterion_value (explanation->previous, change->previous_index);
  const TiersIndicatorValue *now = criterion_value (explanation->current, change->current_index);
  g_autofree char *then_text = tiers_format_indicator_value (change->criterion, then ? then : &none);
  g_autofree char *now_text = tiers_format_indicator_value (change->criterion, now ? now : &none);
  const char *name = tiers_criterion_get_display_name (change->criterion);

  g_string_append_c (text, ' ');
  /* When another criterion lost or gained its data, the weights were shared out anew, and a
   * criterion's points can move against its value: say so, or the sentence reads wrong. */
  if (then != NULL && now != NULL && then->has_value && now->has_value
      && fabs (explanation->previous->criteria[change->previous_index].weight_share
               - explanation->current->criteria[change->current_index].weight_share) >= 0.005)
    {
      double share_then = explanation->previous->criteria[change->previous_index].weight_share;
      double share_now = explanation->current->criteria[change->current_index].weight_share;

      if (change->delta < 0)
        /* Translators: "On-time delivery cost 4.10 points (92.0 % → 81.0 %; weight share
         * 50 % → 40 %)." */
        g_string_append_printf (text, _("%s cost %.2f points (%s → %s; weight share %.0f %% → "
                                        "%.0f %%)."),
                                name, -change->delta, then_text, now_text,
                                share_then * 100, share_now * 100);
      else
        g_string_append_printf (text, _("%s added %.2f points (%s → %s; weight share %.0f %% → "
                                        "%.0f %%)."),
                                name, change->delta, then_text, now_text,
                                share_then * 100, share_now * 100);
      return;
    }
  if (change->delta < 0)
    /* Translators: "On-time delivery cost 4.10 points (92.0 % → 81.0 %)." */
    g_string_append_printf (text, _("%s cost %.2f points (%s → %s)."),
                            name, -change->delta, then_text, now_text);
  else
    /* Translators: "Price level added 1.20 points (index 1.08 → index 0.97)." */
    g_string_append_printf (text, _("%s added %.2f points (%s → %s)."),
                            name, change->delta, then_text, now_text);
}

static char *
describe_score_move (const TiersExplanation *explanation)
{
  const TiersSupplierResult *now = explanation->current;
  const TiersSupplierResult *then = explanation->previous;
  const char *grade_now = tiers_grade_to_string (now->grade);
  const char *grade_then = tiers_grade_to_string (then->grade);
  double delta = explanation->score_delta;

  if (fabs (delta) < 0.005)
    return g_strdup_printf (_("Score unchanged at %.2f (grade %s)."), now->score, grade_now);
  if (now->grade == then->grade)
    return g_strdup_printf (delta < 0 ? _("Score fell %.2f points to %.2f, still grade %s.")
                                      : _("Score rose %.2f points to %.2f, still grade %s."),
                            fabs (delta), now->score, grade_now);
  return g_strdup_printf (delta < 0 ? _("Score fell %.2f points to %.2f (%s → %s).")
                                    : _("Score rose %.2f points to %.2f (%s → %s)."),
                          fabs (delta), now->score, grade_then, grade_now);
}

char *
tiers_describe_change (const TiersExplanation *explanation)
{
  g_autoptr(GString) text = NULL;
  g_autofree char *move = NULL;
  guint reasons = 0;

  g_return_val_if_fail (explanation != NULL, NULL);

  if (explanation->previous == NULL)
    return g_strdup (_("Not evaluated in the previous period: nothing to compare with."));
  if (!explanation->current->graded && !explanation->previous->graded)
    return g_strdup (_("Ungraded in both periods: no criterion has data."));
  if (!explanation->current->graded)
    return g_strdup_printf (_("Was grade %s with %.2f; ungraded now, as no criterion has "
                              "data in this period."),
                            tiers_grade_to_string (explanation->previous->grade),
                            explanation->previous->score);
  if (!explanation->previous->graded)
    return g_strdup_printf (_("Graded for the first time: %.2f, grade %s."),
                            explanation->current->score,
                            tiers_grade_to_string (explanation->current->grade));

  move = describe_score_move (explanation);
  text = g_string_new (move);
  for (guint i = 0; i < explanation->changes->len && reasons < MAX_REASONS; i++)
    {
      const TiersCriterionChange *change =
        &g_array_index (explanation->changes, TiersCriterionChange, i);

      if (fabs (change->delta) < NOTABLE_POINTS)
        break;  /* largest first: the rest are smaller still */
      append_reason (text, explanation, change);
      reasons++;
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

char *
tiers_describe_at_risk (const TiersEvaluation     *evaluation,
                        const TiersSupplierResult *result)
{
  g_return_val_if_fail (evaluation != NULL && result != NULL, NULL);

  if (!result->at_risk)
    return NULL;
  /* Translators: e.g. "At risk: below grade B for 1 period of 3 in a row that make it drop." */
  return g_strdup_printf (ngettext ("At risk: below grade %s for %u period of the %d in a "
                                    "row after which it drops.",
                                    "At risk: below grade %s for %u periods of the %d in a "
                                    "row after which it drops.",
                                    result->periods_below),
                          tiers_grade_to_string (result->grade), result->periods_below,
                          evaluation->scheme->downgrade_after);
}

char *
tiers_describe_excluded_ratings (const TiersEvaluation *evaluation,
                                 const char            *supplier_code)
{
  const TiersExcludedRatings *excluded;
  g_autoptr(GString) who = g_string_new (NULL);

  g_return_val_if_fail (evaluation != NULL && supplier_code != NULL, NULL);

  excluded = tiers_indicator_set_find_excluded (evaluation->indicators, supplier_code);
  if (excluded == NULL || excluded->ratings == 0)
    return NULL;
  for (guint i = 0; i < excluded->evaluators->len; i++)
    g_string_append_printf (who, "%s%s", i > 0 ? ", " : "",
                            (const char *) g_ptr_array_index (excluded->evaluators, i));
  /* Translators: e.g. "2 ratings left out: Li Wei declared a conflict of interest with this
   * supplier." */
  return g_strdup_printf (ngettext ("%u rating left out: %s declared a conflict of interest "
                                    "with this supplier.",
                                    "%u ratings left out: %s declared a conflict of "
                                    "interest with this supplier.",
                                    excluded->ratings),
                          excluded->ratings, who->str);
}

char *
tiers_format_moment (const char *iso8601)
{
  g_autoptr(GDateTime) moment = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (iso8601 == NULL)
    return g_strdup ("");
  moment = g_date_time_new_from_iso8601 (iso8601, NULL);
  if (moment == NULL)
    return g_strdup (iso8601);
  local = g_date_time_to_local (moment);
  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}
