/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-criteria-page.h: the Criteria page: the grading scheme edited in place, with a live
 * what-if of the selected period beside it, Apply (a new scheme version, the stored
 * evaluations re-graded in the background) and Revert. */
#pragma once

#include <adwaita.h>

#include "tiers-criterion-editor.h"
#include "tiers-session.h"

G_BEGIN_DECLS

#define TIERS_TYPE_CRITERIA_PAGE (tiers_criteria_page_get_type ())

G_DECLARE_FINAL_TYPE (TiersCriteriaPage, tiers_criteria_page, TIERS, CRITERIA_PAGE, GtkWidget)

GtkWidget         *tiers_criteria_page_new         (TiersSession      *session);
/* Property "session". */
TiersSession      *tiers_criteria_page_get_session (TiersCriteriaPage *self);
void               tiers_criteria_page_set_session (TiersCriteriaPage *self,
                                                    TiersSession      *session);
/* The scheme as edited (may be invalid), and whether it differs from the stored one. */
const TiersScheme *tiers_criteria_page_get_edited  (TiersCriteriaPage *self);
gboolean           tiers_criteria_page_get_modified (TiersCriteriaPage *self);
/* The editor of the INDEX-th criterion of the edited scheme; NULL past the end. */
TiersCriterionEditor *tiers_criteria_page_get_editor (TiersCriteriaPage *self,
                                                      guint              index);
/* Property "busy": the what-if is loading or updating, or Apply is running. */
gboolean           tiers_criteria_page_get_busy    (TiersCriteriaPage *self);

G_END_DECLS
