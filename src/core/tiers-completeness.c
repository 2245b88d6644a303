/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-completeness.c: the rules that say a supplier's grade rests on too little data. */
#define G_LOG_DOMAIN "tiers-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tiers-completeness.h"

static const char * const issue_names[TIERS_COMPLETENESS_N_ISSUES] = {
  "no_receipts", "few_receipts", "no_feedback", "missing_ratings", "stale",
};

TiersCompletenessRow *
tiers_completeness_row_new (const char *code,
                            const char *name)
{
  TiersCompletenessRow *row = g_new0 (TiersCompletenessRow, 1);

  row->code = g_strdup (code);
  row->name = g_strdup (name);
  row->rated = g_ptr_array_new_with_free_func (g_free);
  row->missing = g_ptr_array_new_with_free_func (g_free);
  return row;
}

void
tiers_completeness_row_free (TiersCompletenessRow *row)
{
  if (row == NULL)
    return;
  g_free (row->code);
  g_free (row->name);
  g_ptr_array_unref (row->rated);
  g_ptr_array_unref (row->missing);
  g_free (row);
}

static gboolean
was_rated (const TiersCompletenessRow *row,
           const char                 *key)
{
  for (guint i = 0; i < row->rated->len; i++)
    if (g_strcmp0 (g_ptr_array_index (row->rated, i), key) == 0)
      return TRUE;
  return FALSE;
}

void
tiers_completeness_judge (const TiersScheme    *scheme,
                          TiersCompletenessRow *row)
{
  g_return_if_fail (scheme != NULL && row != NULL);

  g_ptr_array_set_size (row->missing, 0);
  row->issues = 0;
  if (row->receipts == 0)
    row->issues |= TIERS_COMPLETENESS_NO_RECEIPTS;
  else if (row->receipts < (guint64) MAX (scheme->min_receipts, 0))
    row->issues |= TIERS_COMPLETENESS_FEW_RECEIPTS;
  if (row->feedback == 0)
    row->issues |= TIERS_COMPLETENESS_NO_FEEDBACK;
  /* A criterion that weighs nothing cannot move the grade: its rating is not missed. */
  for (guint i = 0; i < scheme->criteria->len; i++)
    {
      const TiersCriterion *criterion = g_ptr_array_index (scheme->criteria, i);

      if (criterion->indicator == TIERS_INDICATOR_MANUAL && criterion->weight > 0 &&
          !was_rated (row, criterion->key))
        g_ptr_array_add (row->missing, g_strdup (criterion->key));
    }
  if (row->missing->len > 0)
    row->issues |= TIERS_COMPLETENESS_MISSING_RATINGS;
  if (!row->recent_data)
    row->issues |= TIERS_COMPLETENESS_STALE;
}

char *
tiers_completeness_issues_to_string (guint issues)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < TIERS_COMPLETENESS_N_ISSUES; i++)
    if (issues & (1u << i))
      g_string_append_printf (text, "%s%s", text->len ? ";" : "", issue_names[i]);
  return g_string_free (text, FALSE);
}

char *
tiers_completeness_issues_label (guint issues)
{
  const char *labels[TIERS_COMPLETENESS_N_ISSUES] = {
    _("no receipts"), _("few receipts"), _("no feedback"), _("missing ratings"),
    _("no data for three periods"),
  };
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < TIERS_COMPLETENESS_N_ISSUES; i++)
    if (issues & (1u << i))
      {
        /* TRANSLATORS: between the issues of one supplier's data, "no receipts, no feedback" */
        g_string_append_printf (text, "%s%s", text->len ? _(", ") : "", labels[i]);
      }
  return g_string_free (text, FALSE);
}
