/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-window.h: the main window on one database. */
#pragma once

#include <adwaita.h>

#include "tiers-supplier-list.h"

G_BEGIN_DECLS

#define TIERS_TYPE_WINDOW (tiers_window_get_type ())

G_DECLARE_FINAL_TYPE (TiersWindow, tiers_window, TIERS, WINDOW, AdwApplicationWindow)

TiersWindow       *tiers_window_new               (GtkApplication *application,
                                                   const char     *db_path);
const char        *tiers_window_get_db_path       (TiersWindow    *self);
/* What the window shows: "loading", "empty" (no suppliers yet), "suppliers" or "error". */
const char        *tiers_window_get_page          (TiersWindow    *self);
TiersSupplierList *tiers_window_get_supplier_list (TiersWindow    *self);

G_END_DECLS
