/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-period-selector.h: the header bar's period selector: a drop-down of the session's
 * periods with data, newest first, that sets the session's period. The choice is remembered
 * per database (GSettings "database-periods") and restored while that period still has
 * data. */
#pragma once

#include <gtk/gtk.h>

#include "tiers-session.h"

G_BEGIN_DECLS

#define TIERS_TYPE_PERIOD_SELECTOR (tiers_period_selector_get_type ())

G_DECLARE_FINAL_TYPE (TiersPeriodSelector, tiers_period_selector, TIERS, PERIOD_SELECTOR,
                      GtkWidget)

GtkWidget    *tiers_period_selector_new         (void);
/* Property "session"; setting it restores the period remembered for its database. */
TiersSession *tiers_period_selector_get_session (TiersPeriodSelector *self);
void          tiers_period_selector_set_session (TiersPeriodSelector *self,
                                                 TiersSession        *session);
GtkDropDown  *tiers_period_selector_get_dropdown (TiersPeriodSelector *self);
/* Chooses PERIOD as a click in the list does (remembered, the session follows); nothing
 * happens when it has no data. */
void          tiers_period_selector_choose      (TiersPeriodSelector *self,
                                                 const TiersPeriod   *period);
/* Property "compact": the button names the period in its shortest form (the list keeps
 * the full names), for a narrow window's header bar. */
gboolean      tiers_period_selector_get_compact (TiersPeriodSelector *self);
void          tiers_period_selector_set_compact (TiersPeriodSelector *self,
                                                 gboolean             compact);
/* The text the button shows now. */
const char   *tiers_period_selector_get_button_text (TiersPeriodSelector *self);

G_END_DECLS
