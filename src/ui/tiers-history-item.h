/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-history-item.h: one entry of the audit trail as the History window shows it, and
 * the job that reads them on the session's worker with the chain's verification. */
#pragma once

#include <gio/gio.h>

#include "tiers-store-audit.h"

G_BEGIN_DECLS

#define TIERS_TYPE_HISTORY_ITEM (tiers_history_item_get_type ())

G_DECLARE_FINAL_TYPE (TiersHistoryItem, tiers_history_item, TIERS, HISTORY_ITEM, GObject)

/* The groups the History window filters by. */
typedef enum
{
  TIERS_HISTORY_ALL,
  TIERS_HISTORY_IMPORTS,
  TIERS_HISTORY_SCHEME,
  TIERS_HISTORY_EVALUATIONS,
  TIERS_HISTORY_OVERRIDES,
  TIERS_HISTORY_REVIEW_MARKS,
  TIERS_HISTORY_FINALIZING,
  TIERS_HISTORY_CONFLICTS,
  TIERS_HISTORY_PLANS,
  TIERS_HISTORY_STRATEGIES,
  TIERS_HISTORY_SUPPLIERS,
  TIERS_HISTORY_RECORDS,
  TIERS_HISTORY_SCORECARDS,
  TIERS_HISTORY_OTHER,
} TiersHistoryGroup;

gint64             tiers_history_item_get_id        (TiersHistoryItem *self);
/* Local date and time, e.g. "2026-10-01 09:30". */
const char        *tiers_history_item_get_when      (TiersHistoryItem *self);
/* NULL when the stored time does not read. */
GDateTime         *tiers_history_item_get_time      (TiersHistoryItem *self);
const char        *tiers_history_item_get_user      (TiersHistoryItem *self);
const char        *tiers_history_item_get_action    (TiersHistoryItem *self);
const char        *tiers_history_item_get_what      (TiersHistoryItem *self);
const char        *tiers_history_item_get_about     (TiersHistoryItem *self);
const char        *tiers_history_item_get_details   (TiersHistoryItem *self);
TiersHistoryGroup  tiers_history_item_get_group     (TiersHistoryItem *self);
/* Whether every word of WORDS (casefolded) occurs in what the row shows. */
gboolean           tiers_history_item_matches       (TiersHistoryItem *self,
                                                     const char * const *words);

/* What the job found: the entries, newest first, and the chain's verification. */
typedef struct
{
  GListStore        *items;
  TiersVerifyReport  report;
} TiersHistoryLoad;

void               tiers_history_load_free          (TiersHistoryLoad *load);
/* A TiersSessionWorkFunc: reads the entries of the object in TASK_DATA (a string, or NULL
 * for all) and returns a TiersHistoryLoad. */
void               tiers_history_load_in_worker     (GTask        *task,
                                                     TiersStore   *store,
                                                     gpointer      task_data,
                                                     GCancellable *cancellable);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TiersHistoryLoad, tiers_history_load_free)

G_END_DECLS
