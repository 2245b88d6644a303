/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-review-dialogs.h: the questions the Review page asks before it changes a review: a
 * comment for a supplier reviewed, another grade with its reason and comment, whether to
 * finalize, and why to reopen. Each is an AdwMessageDialog over the page's window; ANSWERED
 * runs only when the manager confirms, with what was entered. */
#pragma once

#include <gtk/gtk.h>

#include "tiers-evaluation.h"
#include "tiers-review.h"

G_BEGIN_DECLS

typedef struct
{
  const char          *supplier_code;
  const char          *text;     /* the comment, or why the period is reopened */
  TiersGrade           grade;    /* an adjustment's grade */
  TiersOverrideReason  reason;   /* an adjustment's reason */
} TiersReviewAnswer;

/* A reason for an adjustment in a sentence, translated. */
const char *tiers_review_reason_label (TiersOverrideReason reason);

typedef void (*TiersReviewAnswered) (const TiersReviewAnswer *answer,
                                     gpointer                 user_data);

/* USER_DATA is the widget that asks (or lives as long): the dialog holds a reference. */
void tiers_review_ask_comment    (GtkWidget                 *parent,
                                  const char                *supplier_code,
                                  const char                *supplier_name,
                                  TiersReviewAnswered        answered,
                                  gpointer                   user_data);
void tiers_review_ask_adjustment (GtkWidget                 *parent,
                                  const char                *supplier_code,
                                  const char                *supplier_name,
                                  const TiersSupplierResult *computed,
                                  TiersReviewAnswered        answered,
                                  gpointer                   user_data);
void tiers_review_ask_finalize   (GtkWidget                 *parent,
                                  const char                *period_name,
                                  TiersReviewAnswered        answered,
                                  gpointer                   user_data);
void tiers_review_ask_reopen     (GtkWidget                 *parent,
                                  const char                *period_name,
                                  TiersReviewAnswered        answered,
                                  gpointer                   user_data);

G_END_DECLS
