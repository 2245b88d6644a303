/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-review-page.h: the Review page: the quarterly review of the session's period against
 * the one before (docs/grading.md, "Reviewing a period"): who moved between grades and why,
 * who stayed in C or D, marks of suppliers reviewed, grades a manager adjusts with a reason,
 * and finalizing the period once every mover is reviewed, or reopening it with a reason.
 * "show-suppliers" asks the window to show one supplier (a TiersSupplierFilter *, valid
 * during the emission). */
#pragma once

#include <gtk/gtk.h>

#include "tiers-review.h"
#include "tiers-session.h"

G_BEGIN_DECLS

#define TIERS_TYPE_REVIEW_PAGE (tiers_review_page_get_type ())

G_DECLARE_FINAL_TYPE (TiersReviewPage, tiers_review_page, TIERS, REVIEW_PAGE, GtkWidget)

GtkWidget    *tiers_review_page_new           (TiersSession    *session);
/* Property "session". */
TiersSession *tiers_review_page_get_session   (TiersReviewPage *self);
void          tiers_review_page_set_session   (TiersReviewPage *self,
                                               TiersSession    *session);
/* How many movers the page lists, and how many of them are still to review. */
guint         tiers_review_page_get_n_movers  (TiersReviewPage *self);
guint         tiers_review_page_get_n_to_review (TiersReviewPage *self);
/* The row of SUPPLIER_CODE, or NULL when it is not listed. */
GtkWidget    *tiers_review_page_get_row       (TiersReviewPage *self,
                                               const char      *supplier_code);

G_END_DECLS
