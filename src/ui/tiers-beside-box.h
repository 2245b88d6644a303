/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-beside-box.h: two children side by side when the box is wide enough, the second
 * below the first when it is not (libadwaita 1.2 has no breakpoints). */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TIERS_TYPE_BESIDE_BOX (tiers_beside_box_get_type ())

G_DECLARE_FINAL_TYPE (TiersBesideBox, tiers_beside_box, TIERS, BESIDE_BOX, GtkWidget)

GtkWidget *tiers_beside_box_new            (void);
/* Property "start-child": the main child, left when wide, on top when narrow. */
void       tiers_beside_box_set_start_child (TiersBesideBox *self,
                                             GtkWidget      *child);
/* Property "end-child": beside the main child when wide, below it when narrow. */
void       tiers_beside_box_set_end_child   (TiersBesideBox *self,
                                             GtkWidget      *child);
/* Whether the children are stacked now (after the last allocation). */
gboolean   tiers_beside_box_get_stacked     (TiersBesideBox *self);

G_END_DECLS
