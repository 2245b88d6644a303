/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-window-history.c: win.show-history: the History window of this window's database,
 * one per window, showing every change ("") or one object's ("supplier:S001"). */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include "tiers-history-window.h"
#include "tiers-window-private.h"

static void
on_history_destroy_cb (GtkWidget   *history,
                       TiersWindow *self)
{
  g_object_set_data (G_OBJECT (self), "tiers-history-window", NULL);
}

TiersHistoryWindow *
_tiers_window_show_history (TiersWindow *self,
                            const char  *object)
{
  TiersHistoryWindow *history = g_object_get_data (G_OBJECT (self), "tiers-history-window");
  TiersSession *session = tiers_window_get_session (self);

  g_return_val_if_fail (TIERS_IS_WINDOW (self), NULL);

  if (session == NULL)
    return NULL;
  if (history == NULL)
    {
      history = tiers_history_window_new (GTK_WINDOW (self), session);
      /* Forgotten when it closes; it closes with this window, being transient for it. */
      gtk_window_set_destroy_with_parent (GTK_WINDOW (history), TRUE);
      g_object_set_data (G_OBJECT (self), "tiers-history-window", history);
      g_signal_connect_object (history, "destroy", G_CALLBACK (on_history_destroy_cb), self,
                               0);
    }
  tiers_history_window_set_object (history, object);
  gtk_window_present (GTK_WINDOW (history));
  return history;
}

static void
tiers_window_show_history_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  _tiers_window_show_history (TIERS_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

void
_tiers_window_class_actions_init_history (TiersWindowClass *klass)
{
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "win.show-history", "s",
                                   tiers_window_show_history_action);
}
