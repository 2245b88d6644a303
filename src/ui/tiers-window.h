/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-window.h: the main window on one database. */
#pragma once

#include <adwaita.h>

#include "tiers-criteria-page.h"
#include "tiers-review-page.h"
#include "tiers-overview-page.h"
#include "tiers-period-selector.h"
#include "tiers-session.h"
#include "tiers-suppliers-page.h"

G_BEGIN_DECLS

#define TIERS_TYPE_WINDOW (tiers_window_get_type ())

G_DECLARE_FINAL_TYPE (TiersWindow, tiers_window, TIERS, WINDOW, AdwApplicationWindow)

TiersWindow         *tiers_window_new                 (GtkApplication *application,
                                                       const char     *db_path);
const char          *tiers_window_get_db_path         (TiersWindow    *self);
/* What the window shows: "loading" (sample data being loaded), "empty" (no suppliers yet),
 * "pages" (the view stack of Overview, Suppliers and Criteria) or "error". */
const char          *tiers_window_get_page            (TiersWindow    *self);
/* The window shows its first screen with content: the pages, with the session's evaluation
 * of the period and the Overview's counts of it. */
gboolean             tiers_window_shows_content       (TiersWindow    *self);
/* NULL while the database cannot be opened. */
TiersSession        *tiers_window_get_session         (TiersWindow    *self);
/* Pages "overview", "suppliers", "criteria" and "review"; they and the getters below are
 * there (not NULL) once the session is open. */
AdwViewStack        *tiers_window_get_view_stack      (TiersWindow    *self);
TiersOverviewPage   *tiers_window_get_overview_page   (TiersWindow    *self);
TiersSuppliersPage  *tiers_window_get_suppliers_page  (TiersWindow    *self);
TiersCriteriaPage   *tiers_window_get_criteria_page   (TiersWindow    *self);
TiersReviewPage     *tiers_window_get_review_page     (TiersWindow    *self);
TiersPeriodSelector *tiers_window_get_period_selector (TiersWindow    *self);

/* Opens a window on FILE (or presents the one already on it), as Open Database… does. With
 * CREATE, as New Database… does: FILE becomes a new, empty database; an existing file that is
 * not a database is refused and left alone. */
gboolean             tiers_window_open_file           (TiersWindow    *self,
                                                       GFile          *file,
                                                       gboolean        create,
                                                       GError        **error);

G_END_DECLS
