/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-plan-dialog.h: opening or editing an improvement plan, in a window of its own:
 * problem, criterion, target with its direction, baseline, due period, owner, containment and
 * corrective actions; an open plan can be closed by hand with a reason. Saves through the
 * store in one transaction, reports a refusal at the top, and tells the session. */
#pragma once

#include <gtk/gtk.h>

#include "tiers-plan.h"
#include "tiers-session.h"

G_BEGIN_DECLS

/* PLAN NULL opens a new plan for SUPPLIER_CODE, its baseline taken from the session's
 * evaluation and due the period after the session's; otherwise edits a copy of PLAN. */
GtkWidget *tiers_plan_dialog_new (GtkWidget       *parent,
                                  TiersSession    *session,
                                  const char      *supplier_code,
                                  const char      *supplier_name,
                                  const TiersPlan *plan);

G_END_DECLS
