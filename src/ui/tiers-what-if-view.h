/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-what-if-view.h: the criteria page's live preview: the grade distribution now and
 * with the edit, side by side, and the suppliers whose grade would change. */
#pragma once

#include <gtk/gtk.h>

#include "tiers-what-if.h"

G_BEGIN_DECLS

#define TIERS_TYPE_WHAT_IF_VIEW (tiers_what_if_view_get_type ())

G_DECLARE_FINAL_TYPE (TiersWhatIfView, tiers_what_if_view, TIERS, WHAT_IF_VIEW, GtkWidget)

#define TIERS_TYPE_GRADE_CHANGE_ITEM (tiers_grade_change_item_get_type ())

G_DECLARE_FINAL_TYPE (TiersGradeChangeItem, tiers_grade_change_item, TIERS, GRADE_CHANGE_ITEM,
                      GObject)

const char *tiers_grade_change_item_get_code  (TiersGradeChangeItem *self);
const char *tiers_grade_change_item_get_name  (TiersGradeChangeItem *self);
/* The change as the what-if computed it. */
const TiersGradeChange *
            tiers_grade_change_item_get_change (TiersGradeChangeItem *self);

typedef enum
{
  TIERS_WHAT_IF_EMPTY,     /* no period to preview: the database holds no data */
  TIERS_WHAT_IF_LOADING,   /* the period's indicators are being read */
  TIERS_WHAT_IF_READY,     /* the preview is current */
  TIERS_WHAT_IF_UPDATING,  /* indicators are recomputed for the edit; the last preview stays */
  TIERS_WHAT_IF_INVALID,   /* the edit has errors; the last preview stays, dimmed */
} TiersWhatIfState;

GtkWidget        *tiers_what_if_view_new            (void);
void              tiers_what_if_view_set_period     (TiersWhatIfView   *self,
                                                     const char        *period_label);
/* Shows WHAT_IF (taken) with supplier names from NAMES (code -> name; referenced, may be
 * NULL) and makes the state READY. */
void              tiers_what_if_view_set_what_if    (TiersWhatIfView   *self,
                                                     TiersWhatIf       *what_if,
                                                     GHashTable        *names);
const TiersWhatIf *tiers_what_if_view_get_what_if   (TiersWhatIfView   *self);
void              tiers_what_if_view_set_state      (TiersWhatIfView   *self,
                                                     TiersWhatIfState   state);
TiersWhatIfState  tiers_what_if_view_get_state      (TiersWhatIfView   *self);
/* What the view shows: the count of GRADE now or with the edit, and the changed suppliers
 * (of TiersGradeChangeItem, in the what-if's order). */
const char       *tiers_what_if_view_get_count_text (TiersWhatIfView   *self,
                                                     gboolean           with_edit,
                                                     TiersGrade         grade);
GListModel       *tiers_what_if_view_get_changes    (TiersWhatIfView   *self);

G_END_DECLS
