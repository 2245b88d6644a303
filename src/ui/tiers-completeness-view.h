/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-completeness-view.h: on the Overview, how many suppliers' grades for the session's
 * period rest on too little data (tiers-completeness.h); activated, the list of them with
 * what each lacks, one click from its scorecard. */
#pragma once

#include <adwaita.h>

#include "tiers-session.h"

G_BEGIN_DECLS

#define TIERS_TYPE_COMPLETENESS_VIEW (tiers_completeness_view_get_type ())

G_DECLARE_FINAL_TYPE (TiersCompletenessView, tiers_completeness_view, TIERS, COMPLETENESS_VIEW,
                      GtkWidget)

/* Property "session". */
void          tiers_completeness_view_set_session (TiersCompletenessView *self,
                                                   TiersSession          *session);
TiersSession *tiers_completeness_view_get_session (TiersCompletenessView *self);
/* Suppliers with an issue in the period, G_MAXUINT until counted. Property "count". */
guint         tiers_completeness_view_get_count   (TiersCompletenessView *self);
/* Opens the list (what activating the row does); for tests. */
GtkWindow    *tiers_completeness_view_open_list   (TiersCompletenessView *self);

G_END_DECLS
