/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-scorecard-data.h: the scorecard's Records group: logging an incident, a feedback or
 * an evaluator's ratings for the supplier shown, its records of the period with their
 * corrections, and editing the supplier itself. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Installs scorecard.log-incident, scorecard.add-feedback, scorecard.add-ratings,
 * scorecard.records and scorecard.edit-supplier on TiersScorecard's class. */
void _tiers_scorecard_class_actions_init_data (GtkWidgetClass *widget_class);

G_END_DECLS
