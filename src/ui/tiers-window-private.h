/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-window-private.h: what the window's own files share. Each file of the window installs
 * the actions it implements, from tiers_window_class_init. */
#pragma once

#include "tiers-window.h"

G_BEGIN_DECLS

/* tiers-window.c */
void          _tiers_window_add_toast                   (TiersWindow      *self,
                                                         const char       *title);
void          _tiers_window_show_message                (TiersWindow      *self,
                                                         const char       *heading,
                                                         const char       *message);
/* TRUE while a worker writes to the database (sample data loading), or when it cannot be
 * opened: then nothing may be imported. */
gboolean      _tiers_window_is_busy                     (TiersWindow      *self);

/* win.import, and a CSV file dropped on the window (tiers-window-import.c) */
void          _tiers_window_class_actions_init_import   (TiersWindowClass *klass);
void          _tiers_window_set_up_drop                 (TiersWindow      *self);
/* win.export-csv: the rows the Suppliers page shows, as CSV (tiers-window-export.c) */
void          _tiers_window_class_actions_init_export   (TiersWindowClass *klass);
/* win.open-database and win.new-database (tiers-window-database.c) */
void          _tiers_window_class_actions_init_database (TiersWindowClass *klass);

G_END_DECLS
