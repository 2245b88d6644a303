/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-window-private.h: what the window's own files share. */
#pragma once

#include "tiers-window.h"

G_BEGIN_DECLS

/* Cancelled when the window goes away: work it started stops, and its results are dropped. */
GCancellable *tiers_window_get_cancellable (TiersWindow *self);
/* Reads the supplier list again in a worker thread and shows what it found. */
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
void          tiers_window_import_action   (GtkWidget   *widget,
                                            const char  *action_name,
                                            GVariant    *parameter);
void          tiers_window_set_up_drop     (TiersWindow *self);

G_END_DECLS
