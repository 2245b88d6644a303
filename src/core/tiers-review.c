/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-review.c: the movers of a quarterly review, override reasons and grades as the
 * command line and the database name them. */
#define G_LOG_DOMAIN "tiers-core"

#include "config.h"

#include "tiers-i18n.h"
#include <string.h>

#include "tiers-error.h"
#include "tiers-explanation.h"
#include "tiers-number.h"
#include "tiers-review.h"

const char *
tiers_review_status_to_string (TiersReviewStatus status)
{
  static const char *names[] = {
    "upgraded", "downgraded", "new", "ungraded", "stayed_low",
  };

  g_return_val_if_fail (status <= TIERS_REVIEW_STAYED_LOW, "");
  return names[status];
}

/* FALSE for a supplier that neither moved nor stayed low: nothing for the review. Grades
 * count A (1) to D (4), so a smaller number is a better grade. */
static gboolean
classify (const TiersSupplierResult *now,
          const TiersSupplierResult *before,
          TiersReviewStatus         *status)
{
  gboolean graded_now = now != NULL && now->graded;
  gboolean graded_before = before != NULL && before->graded;

  if (graded_now && !graded_before)
    *status = TIERS_REVIEW_NEW;
  else if (!graded_now && graded_before)
    *status = TIERS_REVIEW_UNGRADED;
  else if (!graded_now)
    return FALSE;
  else if (now->grade < before->grade)
    *status = TIERS_REVIEW_UPGRADED;
  else if (now->grade > before->grade)
    *status = TIERS_REVIEW_DOWNGRADED;
  else if (now->grade == TIERS_GRADE_C || now->grade == TIERS_GRADE_D)
    *status = TIERS_REVIEW_STAYED_LOW;
  else
    return FALSE;
  return TRUE;
}

/* The criterion that moved the total most, from the explanation's changes (largest move
 * first); none when nothing moved or the supplier is no longer listed. */
static void
set_top_criterion (TiersMover            *mover,
                   const TiersEvaluation *current,
                   const TiersEvaluation *previous)
{
  g_autoptr(TiersExplanation) explanation = NULL;
  const TiersCriterionChange *top;

  if (current == NULL || tiers_evaluation_find (current, mover->supplier_code) == NULL)
    return;
  explanation = tiers_explanation_new_borrowed (current, previous, mover->supplier_code, NULL);
  if (explanation == NULL || explanation->changes->len == 0)
    return;
  top = &g_array_index (explanation->changes, TiersCriterionChange, 0);
  /* Points are shown with two decimals: a move that rounds to nothing moved nothing. */
  if (tiers_round2 (top->delta) == 0)
    return;
  mover->top_criterion = top->criterion->key;
  mover->top_points = top->delta;
}

static void
add_mover (GArray                    *movers,
           const char                *code,
           const TiersSupplierResult *now,
           const TiersSupplierResult *before,
           const TiersEvaluation     *current,
           const TiersEvaluation     *previous)
{
  TiersMover mover = { 0 };

  if (!classify (now, before, &mover.status))
    return;
  mover.supplier_code = code;
  mover.grade = now != NULL && now->graded ? now->grade : TIERS_GRADE_NONE;
  mover.previous_grade = before != NULL && before->graded ? before->grade : TIERS_GRADE_NONE;
  mover.has_score = now != NULL && now->graded;
  mover.score = mover.has_score ? now->score : 0;
  mover.has_previous_score = before != NULL && before->graded;
  mover.previous_score = mover.has_previous_score ? before->score : 0;
  mover.has_change = mover.has_score && mover.has_previous_score;
  mover.change = mover.has_change ? tiers_round2 (mover.score - mover.previous_score) : 0;
  set_top_criterion (&mover, current, previous);
  g_array_append_val (movers, mover);
}

static int
compare_movers (gconstpointer a,
                gconstpointer b)
{
  const TiersMover *x = a, *y = b;

  if (x->status != y->status)
    return x->status < y->status ? -1 : 1;
  return strcmp (x->supplier_code, y->supplier_code);
}

GArray *
tiers_review_movers (const TiersEvaluation *current,
                     const TiersEvaluation *previous)
{
  GArray *movers = g_array_new (FALSE, TRUE, sizeof (TiersMover));

  if (current != NULL)
    for (guint i = 0; i < current->n_suppliers; i++)
      {
        const TiersSupplierResult *now = &current->suppliers[i];
        const char *code = now->supplier->code;

        add_mover (movers, code, now, previous ? tiers_evaluation_find (previous, code) : NULL,
                   current, previous);
      }
  /* Suppliers the previous evaluation lists and this one does not (not evaluated now). */
  if (previous != NULL)
    for (guint i = 0; i < previous->n_suppliers; i++)
      {
        const TiersSupplierResult *before = &previous->suppliers[i];
        const char *code = before->supplier->code;

        if (current == NULL || tiers_evaluation_find (current, code) == NULL)
          add_mover (movers, code, NULL, before, current, previous);
      }
  g_array_sort (movers, compare_movers);
  return movers;
}

static const char *const reason_codes[] = {
  "data_error", "outside_control", "new_information", "other",
};

const char *
tiers_override_reason_to_string (TiersOverrideReason reason)
{
  g_return_val_if_fail (reason <= TIERS_OVERRIDE_OTHER, "");
  return reason_codes[reason];
}

const char *
tiers_override_reason_label (TiersOverrideReason reason)
{
  switch (reason)
    {
    case TIERS_OVERRIDE_DATA_ERROR: return _("The data behind the grade is wrong");
    case TIERS_OVERRIDE_OUTSIDE_CONTROL: return _("An event outside the supplier’s control");
    case TIERS_OVERRIDE_NEW_INFORMATION: return _("New information the data does not show");
    case TIERS_OVERRIDE_OTHER:
    default: return _("Another reason");
    }
}

gboolean
tiers_override_reason_parse (const char          *text,
                             TiersOverrideReason *reason,
                             GError             **error)
{
  g_return_val_if_fail (text != NULL && reason != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (reason_codes); i++)
    if (strcmp (text, reason_codes[i]) == 0)
      {
        *reason = (TiersOverrideReason) i;
        return TRUE;
      }
  g_set_error (error, TIERS_ERROR, TIERS_ERROR_INVALID,
               _("Unknown reason “%s”: use data_error, outside_control, new_information or "
                 "other"), text);
  return FALSE;
}

gboolean
tiers_grade_parse (const char  *text,
                   TiersGrade  *grade,
                   GError     **error)
{
  g_return_val_if_fail (text != NULL && grade != NULL, FALSE);

  if (strlen (text) == 1 && g_ascii_toupper (text[0]) >= 'A' &&
      g_ascii_toupper (text[0]) <= 'D')
    {
      *grade = TIERS_GRADE_A + (g_ascii_toupper (text[0]) - 'A');
      return TRUE;
    }
  g_set_error (error, TIERS_ERROR, TIERS_ERROR_INVALID,
               _("Unknown grade “%s”: a grade is A, B, C or D"), text);
  return FALSE;
}

void
tiers_override_free (TiersOverride *override)
{
  if (override == NULL)
    return;
  g_free (override->comment);
  g_free (override->set_by);
  g_free (override->set_at);
  g_free (override);
}

void
tiers_review_mark_free (TiersReviewMark *mark)
{
  if (mark == NULL)
    return;
  g_free (mark->comment);
  g_free (mark->marked_by);
  g_free (mark->marked_at);
  g_free (mark);
}
