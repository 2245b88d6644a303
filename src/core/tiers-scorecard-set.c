/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-scorecard-set.c: choosing a batch's suppliers and building each one's document. */
#define G_LOG_DOMAIN "tiers-core"

#include "config.h"

#include "tiers-error.h"
#include "tiers-i18n.h"
#include "tiers-scorecard-set.h"

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
  source.strategy = set->strategies != NULL && letter[0] != '\0'
    ? g_hash_table_lookup (set->strategies, letter) : NULL;
  source.plan = set->plans != NULL ? g_hash_table_lookup (set->plans, code) : NULL;
  return tiers_scorecard_document_new (&source, error);
}
