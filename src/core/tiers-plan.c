/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-plan.c: improvement plans and their rules: the check at the due period's evaluation,
 * overdue plans and the replacement flag. */
#define G_LOG_DOMAIN "tiers-core"

#include "config.h"

#include "tiers-i18n.h"
#include <math.h>
#include <string.h>

#include "tiers-error.h"
#include "tiers-indicators.h"
#include "tiers-plan.h"

TiersPlan *
tiers_plan_new (void)
{
  TiersPlan *plan = g_new0 (TiersPlan, 1);

  plan->due.kind = TIERS_PERIOD_QUARTER;
  plan->due.year = 2000;
  plan->due.index = 1;
  return plan;
}

void
tiers_plan_free (TiersPlan *plan)
{
  if (plan == NULL)
    return;
  g_free (plan->supplier_code);
  g_free (plan->problem);
  g_free (plan->criterion);
  g_free (plan->owner);
  g_free (plan->containment);
  g_free (plan->corrective);
  g_free (plan->created_at);
  g_free (plan->created_by);
  g_free (plan->checked_at);
  g_free (plan->closed_at);
  g_free (plan->closed_by);
  g_free (plan->close_reason);
  g_free (plan);
}

TiersPlan *
tiers_plan_copy (const TiersPlan *plan)
{
  TiersPlan *copy = g_memdup2 (plan, sizeof *plan);

  copy->supplier_code = g_strdup (plan->supplier_code);
  copy->problem = g_strdup (plan->problem);
  copy->criterion = g_strdup (plan->criterion);
  copy->owner = g_strdup (plan->owner);
  copy->containment = g_strdup (plan->containment);
  copy->corrective = g_strdup (plan->corrective);
  copy->created_at = g_strdup (plan->created_at);
  copy->created_by = g_strdup (plan->created_by);
  copy->checked_at = g_strdup (plan->checked_at);
  copy->closed_at = g_strdup (plan->closed_at);
  copy->closed_by = g_strdup (plan->closed_by);
  copy->close_reason = g_strdup (plan->close_reason);
  return copy;
}

const char *
tiers_target_direction_to_string (TiersTargetDirection direction)
{
  return direction == TIERS_TARGET_AT_MOST ? "at_most" : "at_least";
}

const char *
tiers_target_direction_symbol (TiersTargetDirection direction)
{
  return direction == TIERS_TARGET_AT_MOST ? "<=" : ">=";
}

gboolean
tiers_target_direction_parse (const char           *text,
                              TiersTargetDirection *direction,
                              GError              **error)
{
  if (g_strcmp0 (text, "at_least") == 0 || g_strcmp0 (text, ">=") == 0)
    *direction = TIERS_TARGET_AT_LEAST;
  else if (g_strcmp0 (text, "at_most") == 0 || g_strcmp0 (text, "<=") == 0)
    *direction = TIERS_TARGET_AT_MOST;
  else
    {
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_INVALID,
                   _("“%s” is not a target direction: use at_least (>=) or at_most (<=)"),
                   text ? text : "");
      return FALSE;
    }
  return TRUE;
}

static const char *const status_codes[] = { "open", "met", "missed", "closed" };

const char *
tiers_plan_status_to_string (TiersPlanStatus status)
{
  g_return_val_if_fail ((guint) status < G_N_ELEMENTS (status_codes), "open");
  return status_codes[status];
}

gboolean
tiers_plan_status_parse (const char      *text,
                         TiersPlanStatus *status,
                         GError         **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (status_codes); i++)
    if (g_strcmp0 (text, status_codes[i]) == 0)
      {
        *status = (TiersPlanStatus) i;
        return TRUE;
      }
  g_set_error (error, TIERS_ERROR, TIERS_ERROR_INVALID,
               _("“%s” is not a plan status: use open, met, missed or closed"),
               text ? text : "");
  return FALSE;
}

const char *
tiers_plan_status_label (TiersPlanStatus status)
{
  switch (status)
    {
    case TIERS_PLAN_STATUS_MET:
      return _("Met");
    case TIERS_PLAN_STATUS_MISSED:
      return _("Missed");
    case TIERS_PLAN_STATUS_CLOSED:
      return _("Closed");
    case TIERS_PLAN_STATUS_OPEN:
    default:
      return _("Open");
    }
}

const char *
tiers_plan_check_to_string (TiersPlanCheck check)
{
  return status_codes[check == TIERS_PLAN_MET ? 1 : check == TIERS_PLAN_MISSED ? 2 : 0];
}

gboolean
tiers_plan_check_parse (const char     *text,
                        TiersPlanCheck *check)
{
  if (g_strcmp0 (text, "met") == 0)
    *check = TIERS_PLAN_MET;
  else if (g_strcmp0 (text, "missed") == 0)
    *check = TIERS_PLAN_MISSED;
  else if (g_strcmp0 (text, "open") == 0)
    *check = TIERS_PLAN_OPEN;
  else
    return FALSE;
  return TRUE;
}

TiersPlanCheck
tiers_plan_check_value (TiersTargetDirection direction,
                        double               target,
                        gboolean             has_value,
                        double               value)
{
  if (!has_value || !isfinite (value))
    return TIERS_PLAN_OPEN;
  if (direction == TIERS_TARGET_AT_MOST)
    return value <= target ? TIERS_PLAN_MET : TIERS_PLAN_MISSED;
  return value >= target ? TIERS_PLAN_MET : TIERS_PLAN_MISSED;
}

TiersPlanCheck
tiers_plan_check_evaluation (const TiersPlan       *plan,
                             const TiersEvaluation *evaluation,
                             gboolean              *has_value,
                             double                *value)
{
  guint index, n_criteria;

  g_return_val_if_fail (plan != NULL && evaluation != NULL, TIERS_PLAN_OPEN);

  *has_value = FALSE;
  *value = 0;
  if (!tiers_indicator_set_find (evaluation->indicators, plan->supplier_code, &index))
    return TIERS_PLAN_OPEN;
  n_criteria = evaluation->scheme->criteria->len;
  for (guint c = 0; c < n_criteria; c++)
    {
      const TiersCriterion *criterion = g_ptr_array_index (evaluation->scheme->criteria, c);
      const TiersIndicatorValue *v;

      if (g_strcmp0 (criterion->key, plan->criterion) != 0)
        continue;
      v = &evaluation->suppliers[index].criteria[c].indicator;
      *has_value = v->has_value;
      *value = v->has_value ? v->value : 0;
      break;
    }
  return tiers_plan_check_value (plan->direction, plan->target, *has_value, *value);
}

TiersPlanStatus
tiers_plan_get_status (const TiersPlan *plan)
{
  if (plan->closed)
    return TIERS_PLAN_STATUS_CLOSED;
  switch (plan->check)
    {
    case TIERS_PLAN_MET:
      return TIERS_PLAN_STATUS_MET;
    case TIERS_PLAN_MISSED:
      return TIERS_PLAN_STATUS_MISSED;
    case TIERS_PLAN_OPEN:
    default:
      return TIERS_PLAN_STATUS_OPEN;
    }
}

gboolean
tiers_plan_is_overdue (const TiersPlan *plan,
                       const GDate     *today)
{
  GDate first, last;

  g_return_val_if_fail (plan != NULL && today != NULL, FALSE);

  if (plan->closed || plan->check == TIERS_PLAN_MET)
    return FALSE;
  if (plan->checked)
    return TRUE;
  tiers_period_bounds (&plan->due, &first, &last);
  return g_date_compare (&last, today) < 0;
}

static gboolean
require_text (const char  *text,
              const char  *field,
              GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));

  if (*trimmed != '\0')
    return TRUE;
  g_set_error (error, TIERS_ERROR, TIERS_ERROR_INVALID, _("%s: a plan needs one; it is empty"),
               field);
  return FALSE;
}

gboolean
tiers_plan_validate (const TiersPlan *plan,
                     GError         **error)
{
  g_return_val_if_fail (plan != NULL, FALSE);

  if (!require_text (plan->supplier_code, _("Supplier"), error) ||
      !require_text (plan->problem, _("Problem"), error) ||
      !require_text (plan->criterion, _("Criterion"), error) ||
      !require_text (plan->owner, _("Owner"), error))
    return FALSE;
  if (!isfinite (plan->target) || (plan->has_baseline && !isfinite (plan->baseline)))
    {
      g_set_error_literal (error, TIERS_ERROR, TIERS_ERROR_INVALID,
                           _("Target and baseline must be finite numbers"));
      return FALSE;
    }
  return TRUE;
}

TiersReplaceReason
tiers_replacement_reason (TiersGrade         grade,
                          TiersGrade         previous_grade,
                          const GPtrArray   *plans,
                          const TiersPeriod *period)
{
  TiersReplaceReason reason = TIERS_REPLACE_NONE;
  GDate first, last;

  g_return_val_if_fail (period != NULL, TIERS_REPLACE_NONE);

  if (grade == TIERS_GRADE_D && previous_grade == TIERS_GRADE_D)
    reason |= TIERS_REPLACE_TWICE_D;
  tiers_period_bounds (period, &first, &last);
  for (guint i = 0; plans != NULL && i < plans->len; i++)
    {
      const TiersPlan *plan = g_ptr_array_index (plans, i);
      GDate due_first, due_last;

      if (plan->closed || plan->check != TIERS_PLAN_MISSED)
        continue;
      tiers_period_bounds (&plan->due, &due_first, &due_last);
      if (g_date_compare (&due_last, &last) <= 0)
        reason |= TIERS_REPLACE_MISSED_PLAN;
    }
  return reason;
}

char *
tiers_replacement_reason_label (TiersReplaceReason reason)
{
  if ((reason & TIERS_REPLACE_MISSED_PLAN) && (reason & TIERS_REPLACE_TWICE_D))
    return g_strdup (_("Missed an improvement plan; D two periods running"));
  if (reason & TIERS_REPLACE_MISSED_PLAN)
    return g_strdup (_("Missed an improvement plan"));
  if (reason & TIERS_REPLACE_TWICE_D)
    return g_strdup (_("D two periods running"));
  return g_strdup ("");
}

GHashTable *
tiers_replacement_flags (const TiersEvaluation *current,
                         GHashTable            *overrides,
                         const TiersEvaluation *previous,
                         GHashTable            *previous_overrides,
                         const GPtrArray       *plans)
{
  g_autoptr(GHashTable) by_code = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                         (GDestroyNotify) g_ptr_array_unref);
  GHashTable *flags = g_hash_table_new (g_str_hash, g_str_equal);

  if (current == NULL)
    return flags;
  for (guint i = 0; plans != NULL && i < plans->len; i++)
    {
      TiersPlan *plan = g_ptr_array_index (plans, i);
      GPtrArray *own = g_hash_table_lookup (by_code, plan->supplier_code);

      if (own == NULL)
        {
          own = g_ptr_array_new ();
          g_hash_table_insert (by_code, plan->supplier_code, own);
        }
      g_ptr_array_add (own, plan);
    }
  for (guint i = 0; i < current->n_suppliers; i++)
    {
      const TiersSupplierResult *result = &current->suppliers[i];
      const char *code = result->supplier->code;
      TiersGrade grade = tiers_grade_counted (result, overrides);
      TiersGrade before = TIERS_GRADE_NONE;
      TiersReplaceReason reason;
      guint index;

      if (previous != NULL && tiers_indicator_set_find (previous->indicators, code, &index))
        before = tiers_grade_counted (&previous->suppliers[index], previous_overrides);
      reason = tiers_replacement_reason (grade, before, g_hash_table_lookup (by_code, code),
                                         &current->period);
      if (reason != TIERS_REPLACE_NONE)
        g_hash_table_insert (flags, (gpointer) code, GUINT_TO_POINTER (reason));
    }
  return flags;
}
