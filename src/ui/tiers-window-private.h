/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-window-private.h: what the window's own files share. Each file of the window installs
 * the actions it implements, from tiers_window_class_init. */
#pragma once

#include "tiers-history-window.h"
#include "tiers-suppliers-page.h"
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
void          _tiers_window_set_busy                    (TiersWindow      *self,
                                                         gboolean          busy);
/* Every page reads the data again (after a restore). */
void          _tiers_window_reload                      (TiersWindow      *self);
/* Switches to the Suppliers page showing FILTER. */
void          _tiers_window_show_suppliers              (TiersWindow      *self,
                                                         const TiersSupplierFilter *filter);

/* win.import, and a CSV file dropped on the window (tiers-window-import.c) */
void          _tiers_window_class_actions_init_import   (TiersWindowClass *klass);
void          _tiers_window_set_up_drop                 (TiersWindow      *self);
/* win.export-csv: the rows the Suppliers page shows, as CSV (tiers-window-export.c) */
void          _tiers_window_class_actions_init_export   (TiersWindowClass *klass);
/* win.open-database and win.new-database (tiers-window-database.c) */
void          _tiers_window_class_actions_init_database (TiersWindowClass *klass);

/* win.show-history (tiers-window-history.c): OBJECT "" for every change. Returns the
 * History window, or NULL while the database is not open. */
void          _tiers_window_class_actions_init_history  (TiersWindowClass *klass);
TiersHistoryWindow *_tiers_window_show_history         (TiersWindow      *self,
                                                         const char       *object);
/* win.back-up and win.restore (tiers-window-backup.c); the steps after the file chooser,
 * which tests call directly. */
void          _tiers_window_class_actions_init_backup   (TiersWindowClass *klass);
void          _tiers_window_back_up_to                  (TiersWindow      *self,
                                                         GFile            *file);
GtkWidget    *_tiers_window_confirm_restore             (TiersWindow      *self,
                                                         GFile            *file);
void          _tiers_window_restore_from                (TiersWindow      *self,
                                                         GFile            *file);
/* win.add-supplier, win.show-supplier and win.withdraw-import (tiers-window-data.c) */
void          _tiers_window_class_actions_init_data     (TiersWindowClass *klass);

G_END_DECLS
