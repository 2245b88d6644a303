/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-history-item.c: the History window's rows, made on the session's worker from the
 * audit trail (tiers-history-item.h). */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include <string.h>

#include "tiers-history-item.h"

struct _TiersHistoryItem
{
  GObject            parent_instance;
  gint64             id;
  char              *when;
  GDateTime         *time;
  char              *user;
  char              *action;
  char              *what;
  char              *about;
  char              *details;
  char              *search_text;   /* casefolded */
  TiersHistoryGroup  group;
};

G_DEFINE_FINAL_TYPE (TiersHistoryItem, tiers_history_item, G_TYPE_OBJECT)

static void
tiers_history_item_finalize (GObject *object)
{
  TiersHistoryItem *self = TIERS_HISTORY_ITEM (object);

  g_free (self->when);
  g_clear_pointer (&self->time, g_date_time_unref);
  g_free (self->user);
  g_free (self->action);
  g_free (self->what);
  g_free (self->about);
  g_free (self->details);
  g_free (self->search_text);
  G_OBJECT_CLASS (tiers_history_item_parent_class)->finalize (object);
}

static void
tiers_history_item_class_init (TiersHistoryItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tiers_history_item_finalize;
}

static void
tiers_history_item_init (TiersHistoryItem *self)
{
}

/* An action without a group here falls under Other. */
static TiersHistoryGroup
group_of (const char *action)
{
  static const struct { const char *prefix; TiersHistoryGroup group; } groups[] = {
    { "import", TIERS_HISTORY_IMPORTS },
    { "scheme_", TIERS_HISTORY_SCHEME },
    { "evaluation", TIERS_HISTORY_EVALUATIONS },
    { "override_", TIERS_HISTORY_OVERRIDES },
    { "review_", TIERS_HISTORY_REVIEW_MARKS },
    { "period_", TIERS_HISTORY_FINALIZING },
    { "conflict_", TIERS_HISTORY_CONFLICTS },
    { "plan_", TIERS_HISTORY_PLANS },
    { "strategy_", TIERS_HISTORY_STRATEGIES },
    { "supplier_", TIERS_HISTORY_SUPPLIERS },
    { "record_", TIERS_HISTORY_RECORDS },
    { "scorecard_", TIERS_HISTORY_SCORECARDS },
    { "objection_", TIERS_HISTORY_SCORECARDS },
  };

  for (guint i = 0; i < G_N_ELEMENTS (groups); i++)
    if (g_str_has_prefix (action, groups[i].prefix))
      return groups[i].group;
  return TIERS_HISTORY_OTHER;
}

static TiersHistoryItem *
item_new (TiersAuditEntry *entry,
          char            *details)
{
  TiersHistoryItem *self = g_object_new (TIERS_TYPE_HISTORY_ITEM, NULL);
  g_autofree char *text = NULL;

  self->id = entry->id;
  self->time = g_date_time_new_from_iso8601 (entry->happened_at, NULL);
  if (self->time != NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_to_local (self->time);

      self->when = g_date_time_format (local, "%Y-%m-%d %H:%M");
    }
  else
    self->when = g_strdup (entry->happened_at);
  self->user = g_steal_pointer (&entry->user_name);
  self->what = g_strdup (tiers_audit_action_label (entry->action));
  self->about = tiers_audit_object_label (entry->object);
  self->details = details;
  self->group = group_of (entry->action);
  /* The raw object and values too, so a supplier's code or a file's name finds its rows. */
  text = g_strjoin ("\n", self->when, self->user, self->what, self->about, self->details,
                    entry->action, entry->object, entry->before ? entry->before : "",
                    entry->after ? entry->after : "", NULL);
  self->search_text = g_utf8_casefold (text, -1);
  self->action = g_steal_pointer (&entry->action);
  return self;
}

gint64
tiers_history_item_get_id (TiersHistoryItem *self)
{
  g_return_val_if_fail (TIERS_IS_HISTORY_ITEM (self), 0);
  return self->id;
}

const char *
tiers_history_item_get_when (TiersHistoryItem *self)
{
  g_return_val_if_fail (TIERS_IS_HISTORY_ITEM (self), NULL);
  return self->when;
}

GDateTime *
tiers_history_item_get_time (TiersHistoryItem *self)
{
  g_return_val_if_fail (TIERS_IS_HISTORY_ITEM (self), NULL);
  return self->time;
}

const char *
tiers_history_item_get_user (TiersHistoryItem *self)
{
  g_return_val_if_fail (TIERS_IS_HISTORY_ITEM (self), NULL);
  return self->user;
}

const char *
tiers_history_item_get_action (TiersHistoryItem *self)
{
  g_return_val_if_fail (TIERS_IS_HISTORY_ITEM (self), NULL);
  return self->action;
}

const char *
tiers_history_item_get_what (TiersHistoryItem *self)
{
  g_return_val_if_fail (TIERS_IS_HISTORY_ITEM (self), NULL);
  return self->what;
}

const char *
tiers_history_item_get_about (TiersHistoryItem *self)
{
  g_return_val_if_fail (TIERS_IS_HISTORY_ITEM (self), NULL);
  return self->about;
}

const char *
tiers_history_item_get_details (TiersHistoryItem *self)
{
  g_return_val_if_fail (TIERS_IS_HISTORY_ITEM (self), NULL);
  return self->details;
}

TiersHistoryGroup
tiers_history_item_get_group (TiersHistoryItem *self)
{
  g_return_val_if_fail (TIERS_IS_HISTORY_ITEM (self), TIERS_HISTORY_OTHER);
  return self->group;
}

gboolean
tiers_history_item_matches (TiersHistoryItem   *self,
                            const char * const *words)
{
  g_return_val_if_fail (TIERS_IS_HISTORY_ITEM (self), FALSE);

  for (guint i = 0; words != NULL && words[i] != NULL; i++)
    if (strstr (self->search_text, words[i]) == NULL)
      return FALSE;
  return TRUE;
}

void
tiers_history_load_free (TiersHistoryLoad *load)
{
  if (load == NULL)
    return;
  g_clear_object (&load->items);
  tiers_verify_report_clear (&load->report);
  g_free (load);
}

void
tiers_history_load_in_worker (GTask        *task,
                              TiersStore   *store,
                              gpointer      task_data,
                              GCancellable *cancellable)
{
  g_autoptr(TiersHistoryLoad) load = g_new0 (TiersHistoryLoad, 1);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  GError *error = NULL;

  if (!tiers_store_verify_audit (store, &load->report, &error) ||
      (entries = tiers_store_list_audit (store, task_data, &error)) == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  for (guint i = 0; i < entries->len; i++)
    {
      g_autoptr(GPtrArray) changes = NULL;

      if (g_cancellable_set_error_if_cancelled (cancellable, &error))
        {
          g_task_return_error (task, error);
          return;
        }
      changes = tiers_store_audit_changes (store, entries->pdata[i], &error);
      if (changes == NULL)
        {
          g_task_return_error (task, error);
          return;
        }
      g_ptr_array_add (items, item_new (entries->pdata[i],
                                        tiers_audit_describe_changes (changes)));
    }
  /* One splice: the list view builds its rows once. */
  load->items = g_list_store_new (TIERS_TYPE_HISTORY_ITEM);
  g_list_store_splice (load->items, 0, 0, items->pdata, items->len);
  g_task_return_pointer (task, g_steal_pointer (&load), (GDestroyNotify) tiers_history_load_free);
}
