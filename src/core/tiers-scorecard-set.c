/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-scorecard-set.c: choosing a batch's suppliers and building each one's document. */
#define G_LOG_DOMAIN "tiers-core"

#include "config.h"

#include "tiers-error.h"
#include "tiers-i18n.h"
#include "tiers-plan.h"
#include "tiers-scorecard-set.h"
#include "tiers-scorecard-text.h"
#include "tiers-tier-strategy.h"

static TiersGrade
shown_grade (const TiersScorecardSet   *set,
             const TiersSupplierResult *result)
{
  const TiersOverride *adjusted = set->adjusted != NULL
    ? g_hash_table_lookup (set->adjusted, result->supplier->code) : NULL;

  return adjusted != NULL ? adjusted->grade : result->grade;
}

GPtrArray *
tiers_scorecard_set_select (const TiersScorecardSet *set,
                            TiersGrade               grade,
                            const char              *category)
{
  GPtrArray *codes;

  g_return_val_if_fail (set != NULL && set->evaluation != NULL, NULL);

  codes = g_ptr_array_new_with_free_func (g_free);
  /* The evaluation lists its suppliers by code in byte order already. */
  for (guint i = 0; i < set->evaluation->n_suppliers; i++)
    {
      const TiersSupplierResult *result = &set->evaluation->suppliers[i];

      if (grade != TIERS_GRADE_NONE && shown_grade (set, result) != grade)
        continue;
      if (category != NULL && g_strcmp0 (result->supplier->category, category) != 0)
        continue;
      g_ptr_array_add (codes, g_strdup (result->supplier->code));
    }
  return codes;
}

/* The texts of the standard actions ACTIONS (of TiersStandardAction*) in the thread's
 * language: the Chinese name in a Chinese document where one is given. */
static GPtrArray *
strategy_texts (const GPtrArray *actions)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);
  gboolean chinese = tiers_i18n_is_chinese ();

  for (guint i = 0; actions != NULL && i < actions->len; i++)
    {
      const TiersStandardAction *action = g_ptr_array_index (actions, i);

      g_ptr_array_add (texts, g_strdup (chinese && action->name_zh != NULL && action->name_zh[0] != '\0'
                                        ? action->name_zh : action->name));
    }
  return texts;
}

static char *
format_plan_value (const TiersCriterion *criterion,
                   double                value)
{
  TiersIndicatorValue indicator = { value, 0, TRUE };

  return criterion != NULL ? tiers_format_indicator_value (criterion, &indicator)
                           : g_strdup_printf ("%g", value);
}

/* PLANS (of TiersPlan*) as the targets a supplier reads, in the thread's language. */
static GArray *
plan_targets (const GPtrArray   *plans,
              const TiersScheme *scheme)
{
  GArray *targets = g_array_new (FALSE, TRUE, sizeof (TiersImprovementTarget));

  g_array_set_clear_func (targets, (GDestroyNotify) tiers_improvement_target_clear);
  for (guint i = 0; plans != NULL && i < plans->len; i++)
    {
      const TiersPlan *plan = g_ptr_array_index (plans, i);
      const TiersCriterion *criterion = tiers_scheme_find_criterion (scheme, plan->criterion);
      g_autofree char *target = format_plan_value (criterion, plan->target);
      TiersImprovementTarget row = { 0 };

      row.criterion = g_strdup (criterion != NULL ? tiers_criterion_get_display_name (criterion)
                                                  : plan->criterion);
      row.baseline = plan->has_baseline ? format_plan_value (criterion, plan->baseline)
                                        : g_strdup ("–");
      /* The printed signs a reader knows, where the command line writes ">=" and "<=". */
      row.target = g_strdup_printf ("%s %s", plan->direction == TIERS_TARGET_AT_MOST ? "≤" : "≥",
                                    target);
      row.due_period = tiers_period_to_string (&plan->due);
      row.status = g_strdup (tiers_plan_status_label (tiers_plan_get_status (plan)));
      g_array_append_val (targets, row);
    }
  return targets;
}

TiersScorecardDocument *
tiers_scorecard_set_document (const TiersScorecardSet *set,
                              const char              *code,
                              GError                 **error)
{
  const TiersSupplierDetails *details;
  const TiersSupplierResult *result;
  g_autoptr(GPtrArray) log = g_ptr_array_new ();
  TiersScorecardSource source = { 0 };
  TiersGrade grade;
  char letter[2] = { 0 };
  const TiersCatalog *catalog = NULL;
  g_autoptr(GPtrArray) strategy = NULL;
  g_autoptr(GArray) plan = NULL;

  g_return_val_if_fail (set != NULL && set->evaluation != NULL && code != NULL, NULL);

  details = set->details != NULL ? tiers_supplier_details_find (set->details, code) : NULL;
  result = tiers_evaluation_find (set->evaluation, code);
  if (details == NULL || result == NULL)
    {
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_NOT_FOUND,
                   _("There is no supplier with the code “%s” in this period"), code);
      return NULL;
    }
  for (guint i = 0; set->log != NULL && i < set->log->len; i++)
    {
      const TiersCommunication *entry = g_ptr_array_index (set->log, i);

      if (g_str_equal (entry->supplier_code, code))
        g_ptr_array_add (log, (gpointer) entry);
    }
  grade = shown_grade (set, result);
  letter[0] = grade != TIERS_GRADE_NONE ? tiers_grade_to_string (grade)[0] : '\0';

  source.language = set->language;
  source.company = set->company;
  source.generated = set->generated;
  source.evaluation = set->evaluation;
  source.previous = set->previous;
  source.details = details;
  source.facts = set->facts != NULL ? g_hash_table_lookup (set->facts, code) : NULL;
  source.history_periods = set->history_periods;
  source.history_grades = set->history_grades;
  source.adjusted = set->adjusted != NULL ? g_hash_table_lookup (set->adjusted, code) : NULL;
  source.log = log;
  /* The strategy and plan texts are made in the document's language, as its builder makes
   * its own. */
  if (set->language != NULL && (catalog = tiers_catalog_get (set->language, error)) == NULL)
    return NULL;
  if (catalog != NULL)
    tiers_catalog_push_thread_default (catalog);
  strategy = strategy_texts (set->strategies != NULL && letter[0] != '\0'
                             ? g_hash_table_lookup (set->strategies, letter) : NULL);
  plan = plan_targets (set->plans != NULL ? g_hash_table_lookup (set->plans, code) : NULL,
                       set->evaluation->scheme);
  if (catalog != NULL)
    tiers_catalog_pop_thread_default (catalog);
  source.strategy = strategy;
  source.plan = plan;
  return tiers_scorecard_document_new (&source, error);
}
