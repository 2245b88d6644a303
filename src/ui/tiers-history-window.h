/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-history-window.h: the History window: the audit trail of the window's database,
 * newest first, filtered by words, kind of change and time, with the chain's verification;
 * or one supplier's own changes (docs/window.md, "History"). */
#pragma once

#include <adwaita.h>

#include "tiers-session.h"

G_BEGIN_DECLS

#define TIERS_TYPE_HISTORY_WINDOW (tiers_history_window_get_type ())

G_DECLARE_FINAL_TYPE (TiersHistoryWindow, tiers_history_window, TIERS, HISTORY_WINDOW,
                      AdwWindow)

TiersHistoryWindow *tiers_history_window_new         (GtkWindow          *parent,
                                                      TiersSession       *session);
/* Shows OBJECT's entries only ("supplier:S001"), or all for NULL, and reads them again. */
void                tiers_history_window_set_object  (TiersHistoryWindow *self,
                                                      const char         *object);
const char         *tiers_history_window_get_object  (TiersHistoryWindow *self);
/* Reads the trail again (after a change). */
void                tiers_history_window_reload      (TiersHistoryWindow *self);
/* For tests: "loading", "empty", "no-match" or "list"; the rows shown. */
const char         *tiers_history_window_get_state   (TiersHistoryWindow *self);
GListModel         *tiers_history_window_get_rows    (TiersHistoryWindow *self);

G_END_DECLS
