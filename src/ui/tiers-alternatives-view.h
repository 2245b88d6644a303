/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-alternatives-view.h: the scorecard's "Alternatives" for a supplier shown as C or D in
 * the session's period: the A and B suppliers of its category (tiers-alternatives.h), best
 * score first, with their grade, score and share of the category's spend. Each is a row that
 * activates `suppliers.open-supplier` with its code, which opens its scorecard. Hidden for
 * other suppliers. */
#pragma once

#include <gtk/gtk.h>

#include "tiers-session.h"

G_BEGIN_DECLS

#define TIERS_TYPE_ALTERNATIVES_VIEW (tiers_alternatives_view_get_type ())

G_DECLARE_FINAL_TYPE (TiersAlternativesView, tiers_alternatives_view, TIERS, ALTERNATIVES_VIEW,
                      GtkWidget)

GtkWidget  *tiers_alternatives_view_new           (void);
/* Property "session". */
void        tiers_alternatives_view_set_session   (TiersAlternativesView *self,
                                                   TiersSession          *session);
/* Property "supplier": the code of the supplier of the scorecard, or NULL. */
void        tiers_alternatives_view_set_supplier  (TiersAlternativesView *self,
                                                   const char            *code);
/* The rows shown: one per alternative, or one that says there is none. */
GtkListBox *tiers_alternatives_view_get_list      (TiersAlternativesView *self);
/* How many alternatives are listed. */
guint       tiers_alternatives_view_get_n_alternatives (TiersAlternativesView *self);

G_END_DECLS
