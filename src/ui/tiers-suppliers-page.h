/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-suppliers-page.h: the Suppliers page: every supplier of the session's period in a
 * sortable column view (code, name, category, grade, score, change, provisional, receipts,
 * spend) with search (Ctrl+F, action "suppliers.search"), grade and category filters and
 * the count of what is shown, beside the selected supplier's scorecard. An AdwLeaflet: on a
 * narrow window the list alone, and activating a supplier opens its scorecard with a back
 * button. */
#pragma once

#include <gio/gio.h>
#include <gtk/gtk.h>

#include "tiers-evaluation.h"
#include "tiers-session.h"

G_BEGIN_DECLS

#define TIERS_TYPE_SUPPLIERS_PAGE (tiers_suppliers_page_get_type ())

G_DECLARE_FINAL_TYPE (TiersSuppliersPage, tiers_suppliers_page, TIERS, SUPPLIERS_PAGE, GtkWidget)

typedef enum
{
  TIERS_SUPPLIER_FILTER_ALL,          /* everything: clears search and filters */
  TIERS_SUPPLIER_FILTER_GRADE,        /* `grade` (TIERS_GRADE_NONE: the ungraded), in
                                       * `category` or in all (NULL) */
  TIERS_SUPPLIER_FILTER_PROVISIONAL,  /* the provisional, in `category` or in all (NULL) */
  TIERS_SUPPLIER_FILTER_TRANSITION,   /* graded `previous_grade` in the previous period and
                                       * `grade` now, in `category` or in all (NULL); a
                                       * supplier ungraded or not evaluated then counts as
                                       * TIERS_GRADE_NONE, as the transitions chart does */
  TIERS_SUPPLIER_FILTER_SUPPLIER,     /* the one supplier `code`, selected, its scorecard
                                       * shown */
} TiersSupplierFilterKind;

typedef struct
{
  TiersSupplierFilterKind  kind;
  TiersGrade               grade;
  TiersGrade               previous_grade;
  const char              *category;
  const char              *code;
} TiersSupplierFilter;

GtkWidget    *tiers_suppliers_page_new         (TiersSession              *session);
/* Property "session". */
TiersSession *tiers_suppliers_page_get_session (TiersSuppliersPage        *self);
void          tiers_suppliers_page_set_session (TiersSuppliersPage        *self,
                                                TiersSession              *session);

/* What the overview page calls when a bar or cell is clicked: replaces the search and the
 * filters with FILTER (NULL shows everything). A filter the drop-downs cannot express (a
 * transition, one supplier) is shown in a bar above the list with a "Show All" button. */
void          tiers_suppliers_page_show        (TiersSuppliersPage        *self,
                                                const TiersSupplierFilter *filter);

/* The rows shown, filtered and sorted as on screen (of TiersSupplierRecord). */
GListModel   *tiers_suppliers_page_get_shown   (TiersSuppliersPage        *self);
/* The supplier whose scorecard is shown, or NULL. */
const char   *tiers_suppliers_page_get_selected_code (TiersSuppliersPage  *self);
/* Property "loading": the page is waiting for the evaluation or the supplier details. */
gboolean      tiers_suppliers_page_get_loading (TiersSuppliersPage        *self);

/* "Export CSV…": writes exactly the rows shown (tiers-supplier-csv.h). The caller owns the
 * stream and closes it. */
gboolean      tiers_suppliers_page_write_csv   (TiersSuppliersPage        *self,
                                                GOutputStream             *stream,
                                                GError                   **error);

G_END_DECLS
