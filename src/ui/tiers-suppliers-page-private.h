/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-suppliers-page-private.h: what the Suppliers page's files share: the page's fields
 * and the functions one file calls in the other (tiers-suppliers-page.c: the widget, the
 * filters and the selection; tiers-suppliers-page-records.c: the records). */
#pragma once

#include <adwaita.h>

#include "tiers-scorecard.h"
#include "tiers-suppliers-page.h"

G_BEGIN_DECLS

/* The positions of the grade drop-down (tiers-suppliers-page.ui). */
typedef enum
{
  GRADE_CHOICE_ALL,
  GRADE_CHOICE_A,
  GRADE_CHOICE_B,
  GRADE_CHOICE_C,
  GRADE_CHOICE_D,
  GRADE_CHOICE_UNGRADED,
  GRADE_CHOICE_PROVISIONAL,
  GRADE_CHOICE_ON_HOLD,
  GRADE_CHOICE_TERMINATED,
} GradeChoice;

struct _TiersSuppliersPage
{
  GtkWidget            parent_instance;

  TiersSession        *session;
  GSignalGroup        *session_signals;  /* the page's handlers on the session */
  GCancellable        *cancellable;      /* of the running records build */
  GPtrArray           *built;            /* the records last built, also while none shown */
  TiersPeriod          built_period;     /* the period whose figures they hold */
  gboolean             stale;            /* the data changed: build the records anew */
  gboolean             loading;
  gboolean             rebuilding;       /* selection changes are ours, not the user's */
  char                *selected_code;    /* kept across rebuilds */

  /* what is filtered */
  char                *search;           /* case-folded, NULL: none */
  GradeChoice          grade_choice;
  char                *category;         /* NULL: all */
  TiersSupplierFilterKind scope;         /* TRANSITION or SUPPLIER, else ALL */
  TiersGrade           scope_grade;
  TiersGrade           scope_previous;
  char                *scope_code;

  GListStore          *records;
  GtkCustomFilter     *filter;
  GtkFilterListModel  *filter_model;
  GtkSortListModel    *sort_model;
  GtkSingleSelection  *selection;
  GtkStringList       *categories;

  AdwLeaflet          *leaflet;
  GtkSearchBar        *search_bar;
  GtkSearchEntry      *search_entry;
  GtkToggleButton     *search_button;
  GtkDropDown         *grade_dropdown;
  GtkDropDown         *category_dropdown;
  GtkLabel            *count_label;
  GtkRevealer         *scope_revealer;
  GtkLabel            *scope_label;
  GtkStack            *list_stack;
  GtkSpinner          *loading_spinner;
  GtkColumnView       *column_view;
  GtkWidget           *back_bar;
  TiersScorecard      *scorecard;
};

/* tiers-suppliers-page.c */
void tiers_suppliers_page_set_loading       (TiersSuppliersPage *self,
                                            gboolean            loading);
void tiers_suppliers_page_update_count      (TiersSuppliersPage *self);
void tiers_suppliers_page_update_list_stack (TiersSuppliersPage *self);
/* Selects the record of the selected code where the sorted model shows it, else nothing. */
void tiers_suppliers_page_restore_selection (TiersSuppliersPage *self);
/* Selects CATEGORY in the drop-down (NULL or unknown: all). */
void tiers_suppliers_page_select_category   (TiersSuppliersPage *self,
                                            const char         *category);

/* tiers-suppliers-page-records.c */
void tiers_suppliers_page_dispose_records   (TiersSuppliersPage *self);
/* Creates the group of the page's handlers on its session's notifications. */
void tiers_suppliers_page_bind_session      (TiersSuppliersPage *self);
/* Brings the records in line with the session. */
void tiers_suppliers_page_reload            (TiersSuppliersPage *self);

G_END_DECLS
