/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-replacement-list.c: the suppliers flagged for replacement, on the Overview. */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "tiers-replacement-flags.h"
#include "tiers-replacement-list.h"
#include "tiers-supplier-details.h"

#define ROWS_SHOWN 10

struct _TiersReplacementList
{
  GtkWidget     parent_instance;

  GSignalGroup *session_signals;
  GtkWidget    *group;
  GtkWidget    *list;
  guint         count;
};

G_DEFINE_FINAL_TYPE (TiersReplacementList, tiers_replacement_list, GTK_TYPE_WIDGET)

enum {
  SHOW_SUPPLIER,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static int
compare_codes (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char *const *) a, *(const char *const *) b);
}

static void
update (TiersReplacementList *self)
{
  TiersSession *session = g_signal_group_dup_target (self->session_signals);
  g_autoptr(GHashTable) flags = NULL;
  g_autoptr(GPtrArray) codes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;
  const GPtrArray *details;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->list), child);
  self->count = 0;
  if (session != NULL)
    flags = tiers_session_load_replacement_flags (session, &error);
  if (error != NULL)
    g_warning ("Cannot find the suppliers flagged for replacement: %s", error->message);
  if (flags == NULL || g_hash_table_size (flags) == 0)
    {
      gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
      g_clear_object (&session);
      return;
    }
  details = tiers_session_get_details (session);
  codes = g_ptr_array_new ();
  {
    GHashTableIter iter;
    gpointer key;

    g_hash_table_iter_init (&iter, flags);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      g_ptr_array_add (codes, key);
  }
  g_ptr_array_sort (codes, compare_codes);
  /* The first few by code; the Review page lists every flagged supplier it reviews. */
  for (guint i = 0; i < MIN (codes->len, ROWS_SHOWN); i++)
    {
      const char *code = codes->pdata[i];
      const TiersSupplierDetails *d = details ? tiers_supplier_details_find (details, code)
                                              : NULL;
      g_autofree char *title = g_strdup_printf ("%s  %s", code, d ? d->name : "");
      g_autofree char *why = tiers_replacement_reason_label (
          GPOINTER_TO_UINT (g_hash_table_lookup (flags, code)));
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), why);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "code", g_strdup (code), g_free);
      gtk_list_box_append (GTK_LIST_BOX (self->list), row);
    }
  if (codes->len > ROWS_SHOWN)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "and %u more: see the Review page",
                                                            "and %u more: see the Review page",
                                                            codes->len - ROWS_SHOWN),
                                               codes->len - ROWS_SHOWN);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), more);
      gtk_list_box_append (GTK_LIST_BOX (self->list), row);
    }
  self->count = codes->len;
  description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%u supplier missed an improvement plan or "
                                              "stayed in D two periods running.",
                                              "%u suppliers missed an improvement plan or "
                                              "stayed in D two periods running.", codes->len),
                                 codes->len);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->group), description);
  gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
  g_clear_object (&session);
}

static void
on_row_activated_cb (GtkListBox           *list,
                     GtkListBoxRow        *row,
                     TiersReplacementList *self)
{
  if (g_object_get_data (G_OBJECT (row), "code") != NULL)
    g_signal_emit (self, signals[SHOW_SUPPLIER], 0, g_object_get_data (G_OBJECT (row), "code"));
}

static void
on_session_changed_cb (TiersSession         *session,
                       GParamSpec           *pspec,
                       TiersReplacementList *self)
{
  update (self);
}

void
tiers_replacement_list_set_session (TiersReplacementList *self,
                                    TiersSession         *session)
{
  g_return_if_fail (TIERS_IS_REPLACEMENT_LIST (self));
  g_signal_group_set_target (self->session_signals, session);
  update (self);
}

guint
tiers_replacement_list_get_count (TiersReplacementList *self)
{
  g_return_val_if_fail (TIERS_IS_REPLACEMENT_LIST (self), 0);
  return self->count;
}

static void
tiers_replacement_list_dispose (GObject *object)
{
  TiersReplacementList *self = TIERS_REPLACEMENT_LIST (object);

  if (self->session_signals != NULL)
    g_signal_group_set_target (self->session_signals, NULL);
  g_clear_object (&self->session_signals);
  g_clear_pointer (&self->group, gtk_widget_unparent);
  G_OBJECT_CLASS (tiers_replacement_list_parent_class)->dispose (object);
}

static void
tiers_replacement_list_class_init (TiersReplacementListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tiers_replacement_list_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  signals[SHOW_SUPPLIER] =
    g_signal_new ("show-supplier", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
tiers_replacement_list_init (TiersReplacementList *self)
{
  self->group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->group),
                                   _("Flagged for Replacement"));
  self->list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->list, "boxed-list");
  g_signal_connect (self->list, "row-activated", G_CALLBACK (on_row_activated_cb), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->group), self->list);
  gtk_widget_set_parent (self->group, GTK_WIDGET (self));
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);

  self->session_signals = g_signal_group_new (TIERS_TYPE_SESSION);
  g_signal_group_connect (self->session_signals, "notify::evaluation",
                          G_CALLBACK (on_session_changed_cb), self);
  g_signal_group_connect (self->session_signals, "notify::review",
                          G_CALLBACK (on_session_changed_cb), self);
  g_signal_group_connect (self->session_signals, "notify::details",
                          G_CALLBACK (on_session_changed_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "actions-changed",
                                  G_CALLBACK (update), self);
}
