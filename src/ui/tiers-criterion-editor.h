/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-criterion-editor.h: one criterion of the scheme as an expander row of the criteria
 * page: key, names, dimension, indicator, method and its parameters, weight; and buttons
 * to move or remove it. It edits the TiersCriterion it is given in place. */
#pragma once

#include <adwaita.h>

#include "tiers-scheme.h"

G_BEGIN_DECLS

#define TIERS_TYPE_CRITERION_EDITOR (tiers_criterion_editor_get_type ())

G_DECLARE_FINAL_TYPE (TiersCriterionEditor, tiers_criterion_editor, TIERS, CRITERION_EDITOR,
                      AdwExpanderRow)

/* CRITERION is edited in place and must outlive the editor. NEW_KEY: the criterion was
 * added in this edit, so its key may still be chosen (a stored key names the evaluator
 * ratings already imported, and stays). Signals: "changed" after any edit of a field,
 * "move" (int: -1 up, +1 down), "remove". */
TiersCriterionEditor *tiers_criterion_editor_new          (TiersCriterion       *criterion,
                                                           gboolean              new_key);
TiersCriterion       *tiers_criterion_editor_get_criterion (TiersCriterionEditor *self);
/* Shows the criterion's share of the total weight (0..1), or nothing when SHARE < 0. */
void                  tiers_criterion_editor_set_share    (TiersCriterionEditor *self,
                                                           double                share);
/* Index of the row among N: enables moving up and down. */
void                  tiers_criterion_editor_set_position (TiersCriterionEditor *self,
                                                           guint                 index,
                                                           guint                 n);
/* Marks the fields that are wrong in SCHEME (which holds this criterion) with the reason;
 * FALSE when any is. */
gboolean              tiers_criterion_editor_validate     (TiersCriterionEditor *self,
                                                           const TiersScheme    *scheme);
/* The weight's spin button, and the other fields, for the page's tests. */
GtkSpinButton        *tiers_criterion_editor_get_weight   (TiersCriterionEditor *self);
GtkSpinButton        *tiers_criterion_editor_get_best     (TiersCriterionEditor *self);
GtkSpinButton        *tiers_criterion_editor_get_worst    (TiersCriterionEditor *self);
GtkEditable          *tiers_criterion_editor_get_key      (TiersCriterionEditor *self);
AdwComboRow          *tiers_criterion_editor_get_indicator (TiersCriterionEditor *self);
AdwComboRow          *tiers_criterion_editor_get_method   (TiersCriterionEditor *self);
GtkEditable          *tiers_criterion_editor_get_bands    (TiersCriterionEditor *self);
/* The reason shown at a field, or NULL when everything is valid. */
const char           *tiers_criterion_editor_get_problem  (TiersCriterionEditor *self);

G_END_DECLS
