/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-preferences-window.h: the Preferences window, where the company's own settings live. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define TIERS_TYPE_PREFERENCES_WINDOW (tiers_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (TiersPreferencesWindow, tiers_preferences_window, TIERS, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

GtkWidget *tiers_preferences_window_new (GtkWindow *parent);

G_END_DECLS
