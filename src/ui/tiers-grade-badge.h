/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-grade-badge.h: a grade as a small badge: its letter on the grade's colour of the
 * palette (tiers-palette.h), in the light or dark variant the style manager asks for. The
 * ungraded show a dash on the neutral colour. Never colour alone: the letter is always
 * there, and the accessible label says the grade in words. */
#pragma once

#include <gtk/gtk.h>

#include "tiers-evaluation.h"

G_BEGIN_DECLS

#define TIERS_TYPE_GRADE_BADGE (tiers_grade_badge_get_type ())

G_DECLARE_FINAL_TYPE (TiersGradeBadge, tiers_grade_badge, TIERS, GRADE_BADGE, GtkWidget)

GtkWidget  *tiers_grade_badge_new       (TiersGrade       grade);
/* Property "grade": a TiersGrade as int (0 ungraded, 1 A .. 4 D). */
TiersGrade  tiers_grade_badge_get_grade (TiersGradeBadge *self);
void        tiers_grade_badge_set_grade (TiersGradeBadge *self,
                                         TiersGrade       grade);
/* Property "large": the size of a heading instead of a list cell. */
gboolean    tiers_grade_badge_get_large (TiersGradeBadge *self);
void        tiers_grade_badge_set_large (TiersGradeBadge *self,
                                         gboolean         large);
/* "Grade B", "Ungraded": what the badge says, translated. */
char       *tiers_grade_describe        (TiersGrade       grade);

G_END_DECLS
