/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-test-widgets.h: finding widgets in a window as a person would, for the tests that
 * drive real widgets. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* WIDGET itself or the first widget below it of TYPE, or NULL. */
GtkWidget     *tiers_test_find_by_type     (GtkWidget  *widget,
                                            GType       type);
/* The shown, sensitive button that activates ACTION, anywhere below WIDGET, or NULL. */
GtkWidget     *tiers_test_find_button      (GtkWidget  *widget,
                                            const char *action);
/* A shown label below WIDGET whose text starts with PREFIX, or NULL. */
GtkLabel      *tiers_test_find_label       (GtkWidget  *widget,
                                            const char *prefix);
/* The visible toplevel window of TYPE, or NULL. */
GtkWindow     *tiers_test_find_toplevel    (GType       type);
/* WIDGET's drop target: where files dragged from a file manager land. */
GtkDropTarget *tiers_test_find_drop_target (GtkWidget  *widget);

G_END_DECLS
