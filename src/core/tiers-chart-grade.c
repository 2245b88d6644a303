/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-chart-grade.c: grades in drawing order, their letters and names. */
#define G_LOG_DOMAIN "tiers-core"

#include "config.h"

#include "tiers-i18n.h"

#include "tiers-chart-grade.h"

TiersChartGrade
tiers_chart_grade_of (TiersGrade grade)
{
  switch (grade)
    {
    case TIERS_GRADE_A: return TIERS_CHART_GRADE_A;
    case TIERS_GRADE_B: return TIERS_CHART_GRADE_B;
    case TIERS_GRADE_C: return TIERS_CHART_GRADE_C;
    case TIERS_GRADE_D: return TIERS_CHART_GRADE_D;
    case TIERS_GRADE_NONE:
    default: return TIERS_CHART_UNGRADED;
    }
}

TiersGrade
tiers_chart_grade_to_grade (int chart_grade)
{
  switch (chart_grade)
    {
    case TIERS_CHART_GRADE_A: return TIERS_GRADE_A;
    case TIERS_CHART_GRADE_B: return TIERS_GRADE_B;
    case TIERS_CHART_GRADE_C: return TIERS_GRADE_C;
    case TIERS_CHART_GRADE_D: return TIERS_GRADE_D;
    default: return TIERS_GRADE_NONE;
    }
}

TiersChartGrade
tiers_chart_grade_of_result (const TiersSupplierResult *result)
{
  if (result == NULL || !result->graded)
    return TIERS_CHART_UNGRADED;
  return tiers_chart_grade_of (result->grade);
}

const char *
tiers_chart_grade_letter (TiersChartGrade grade)
{
  static const char *letters[] = { "A", "B", "C", "D", "–" };

  g_return_val_if_fail (grade < TIERS_CHART_N_GRADES, "");
  return letters[grade];
}

gboolean
tiers_chart_grade_from_letter (const char      *letter,
                               TiersChartGrade *grade)
{
  g_return_val_if_fail (grade != NULL, FALSE);

  if (letter == NULL || letter[0] == '\0')
    {
      *grade = TIERS_CHART_UNGRADED;
      return TRUE;
    }
  if (letter[1] != '\0' || letter[0] < 'A' || letter[0] > 'D')
    return FALSE;
  *grade = (TiersChartGrade) (letter[0] - 'A');
  return TRUE;
}

/* The letter, or a word for the ungraded, whose dash alone would say nothing. */
const char *
tiers_chart_grade_name (TiersChartGrade grade)
{
  g_return_val_if_fail (grade < TIERS_CHART_N_GRADES, "");
  if (grade == TIERS_CHART_UNGRADED)
    return _("Ungraded");
  return tiers_chart_grade_letter (grade);
}
