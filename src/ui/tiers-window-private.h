/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-window-private.h: what the window's own files share. */
#pragma once

#include "tiers-window.h"

G_BEGIN_DECLS

/* After the data changed (sample data): the session reloads and re-evaluates, and the window
 * shows the pages or the empty state; a window whose database could not be opened tries
 * again. */
void          tiers_window_reload          (TiersWindow *self);
void          tiers_window_add_toast       (TiersWindow *self,
                                            const char  *title);
void          tiers_window_show_message    (TiersWindow *self,
                                            const char  *heading,
                                            const char  *message);
/* While a worker writes to the database, or when it cannot be opened, the actions that would
 * write to it are off. */
void          tiers_window_set_busy        (TiersWindow *self,
                                            gboolean     busy);
gboolean      tiers_window_is_busy         (TiersWindow *self);

/* win.import, and a CSV file dropped on the window (tiers-window-import.c) */
void          _tiers_window_class_actions_init_import (TiersWindowClass *klass);
void          tiers_window_set_up_drop     (TiersWindow *self);
/* win.export-csv: the rows the Suppliers page shows, as CSV (tiers-window-export.c) */
void          _tiers_window_class_actions_init_export (TiersWindowClass *klass);

/* win.open-database and win.new-database (tiers-window-database.c) */
void          _tiers_window_class_actions_init_database (TiersWindowClass *klass);

G_END_DECLS
