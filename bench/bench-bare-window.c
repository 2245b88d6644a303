/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-bare-window.c: the baseline of the window startup benchmark (bench-window.c): a bare
 * GTK 4 window with a header bar and a label, which prints when its first frame was painted,
 * on the monotonic clock every process shares, and exits, as supplier-tiers does with
 * SUPPLIER_TIERS_FIRST_FRAME set. */
#define G_LOG_DOMAIN "tiers-bench"

#include "config.h"

#include <gtk/gtk.h>

static gboolean done;

static void
on_first_frame_cb (GdkFrameClock *clock,
                   gpointer       user_data)
{
  g_print ("first-frame %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  g_signal_handlers_disconnect_by_func (clock, on_first_frame_cb, user_data);
  done = TRUE;
}

static void
on_realize_cb (GtkWidget *window,
               gpointer   user_data)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (on_first_frame_cb), NULL);
}

int
main (void)
{
  GtkWidget *window;

  gtk_init ();
  window = gtk_window_new ();
  gtk_window_set_titlebar (GTK_WINDOW (window), gtk_header_bar_new ());
  gtk_window_set_child (GTK_WINDOW (window), gtk_label_new ("Hello"));
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 680);
  g_signal_connect (window, "realize", G_CALLBACK (on_realize_cb), NULL);
  gtk_window_present (GTK_WINDOW (window));
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
