/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-conflicts-view.c: the conflicts of interest of the supplier on the scorecard. */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "tiers-conflicts-view.h"
#include "tiers-scorecard-text.h"
#include "tiers-store-conflicts.h"

struct _TiersConflictsView
{
  GtkWidget     parent_instance;

  TiersSession *session;
  char         *code;
  char         *name;
  GCancellable *cancellable;   /* of the running list of conflicts */

  GtkWidget    *group;
  GtkListBox   *list;
};

G_DEFINE_FINAL_TYPE (TiersConflictsView, tiers_conflicts_view, GTK_TYPE_WIDGET)

/* A change to the supplier's conflicts (or none: just the list), made on the session's
 * worker, and the supplier's conflicts after it. */
typedef struct
{
  char      *supplier_code;
  char      *add;        /* an evaluator to declare a conflict for, or NULL */
  char      *remove;     /* an evaluator whose conflict goes, or NULL */
  GPtrArray *conflicts;  /* of TiersConflict, the supplier's */
} ConflictJob;

static void
conflict_job_free (ConflictJob *job)
{
  g_free (job->supplier_code);
  g_free (job->add);
  g_free (job->remove);
  g_clear_pointer (&job->conflicts, g_ptr_array_unref);
  g_free (job);
}

static void
change_conflicts (GTask        *task,
                  TiersStore   *store,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  ConflictJob *job = task_data;
  g_autoptr(GPtrArray) all = NULL;
  GError *error = NULL;

  if ((job->add != NULL
       && !tiers_store_add_conflict (store, job->add, job->supplier_code, &error))
      || (job->remove != NULL
          && !tiers_store_remove_conflict (store, job->remove, job->supplier_code, &error))
      || (all = tiers_store_list_conflicts (store, &error)) == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  job->conflicts = g_ptr_array_new_with_free_func ((GDestroyNotify) tiers_conflict_free);
  for (guint i = 0; i < all->len; i++)
    if (g_str_equal (((TiersConflict *) all->pdata[i])->supplier_code, job->supplier_code))
      g_ptr_array_add (job->conflicts, g_steal_pointer (&all->pdata[i]));
  g_task_return_boolean (task, TRUE);
}

static void
show_conflicts (TiersConflictsView *self,
                GPtrArray          *conflicts)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  for (guint i = 0; conflicts != NULL && i < conflicts->len; i++)
    {
      const TiersConflict *conflict = g_ptr_array_index (conflicts, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
      g_autofree char *when = tiers_format_moment (conflict->declared_at);
      /* Translators: who declared a conflict of interest and when */
      g_autofree char *subtitle = g_strdup_printf (_("Declared by %s on %s"),
                                                   conflict->declared_by, when);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), conflict->evaluator);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (remove, _("Remove the Conflict"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "conflicts.remove");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "s", conflict->evaluator);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      gtk_list_box_append (self->list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->list), conflicts != NULL && conflicts->len > 0);
}

static void
on_conflicts_done_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(TiersConflictsView) self = user_data;
  ConflictJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) && self->session != NULL)
        g_signal_emit_by_name (self->session, "failed", error);
      return;
    }
  if (g_strcmp0 (self->code, job->supplier_code) == 0)
    show_conflicts (self, job->conflicts);
  /* A declared or removed conflict changes which ratings count: grade again. */
  if ((job->add != NULL || job->remove != NULL) && self->session != NULL)
    tiers_session_data_changed (self->session);
}

static void
run_conflicts (TiersConflictsView *self,
               const char         *add,
               const char         *remove)
{
  g_autoptr(GTask) task = NULL;
  ConflictJob *job;

  if (self->code == NULL || self->session == NULL)
    return;
  if (add == NULL && remove == NULL)
    {
      g_cancellable_cancel (self->cancellable);
      g_clear_object (&self->cancellable);
      self->cancellable = g_cancellable_new ();
    }
  job = g_new0 (ConflictJob, 1);
  job->supplier_code = g_strdup (self->code);
  job->add = g_strdup (add);
  job->remove = g_strdup (remove);
  task = g_task_new (NULL, add == NULL && remove == NULL ? self->cancellable : NULL,
                     on_conflicts_done_cb, g_object_ref (self));
  g_task_set_task_data (task, job, (GDestroyNotify) conflict_job_free);
  tiers_session_run_in_worker (self->session, task, change_conflicts);
}

void
tiers_conflicts_view_show (TiersConflictsView *self,
                           TiersSession       *session,
                           const char         *supplier_code,
                           const char         *supplier_name)
{
  g_return_if_fail (TIERS_IS_CONFLICTS_VIEW (self));
  g_return_if_fail (session == NULL || TIERS_IS_SESSION (session));

  g_set_object (&self->session, session);
  if (g_strcmp0 (self->code, supplier_code) != 0)
    show_conflicts (self, NULL);
  g_free (self->code);
  self->code = g_strdup (supplier_code);
  g_free (self->name);
  self->name = g_strdup (supplier_name != NULL ? supplier_name : supplier_code);
  if (supplier_code == NULL)
    {
      g_cancellable_cancel (self->cancellable);
      return;
    }
  run_conflicts (self, NULL, NULL);
}

static void
on_declare_response_cb (AdwMessageDialog   *dialog,
                        const char         *response,
                        TiersConflictsView *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "entry");
  g_autofree char *evaluator = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  if (g_str_equal (response, "declare") && *evaluator != '\0')
    run_conflicts (self, evaluator, NULL);
}

static void
on_evaluator_changed_cb (GtkEditable      *editable,
                         AdwMessageDialog *dialog)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (editable)));

  adw_message_dialog_set_response_enabled (dialog, "declare", *text != '\0');
}

static void
tiers_conflicts_view_declare_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  TiersConflictsView *self = TIERS_CONFLICTS_VIEW (widget);
  g_autofree char *heading = NULL;
  GtkWidget *dialog, *entry;

  if (self->code == NULL)
    return;
  heading = g_strdup_printf (_("Declare a Conflict of Interest with %s"), self->name);
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), heading,
                                   _("The evaluator’s ratings of this supplier are left out of "
                                     "its grade from now on, in every period not finalized."));
  entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Evaluator, as in the ratings files"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Evaluator"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "declare", _("_Declare"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "declare",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "declare");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "declare", FALSE);
  g_object_set_data (G_OBJECT (dialog), "entry", entry);
  g_signal_connect (entry, "changed", G_CALLBACK (on_evaluator_changed_cb), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_declare_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
tiers_conflicts_view_remove_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  run_conflicts (TIERS_CONFLICTS_VIEW (widget), NULL, g_variant_get_string (parameter, NULL));
}

static void
tiers_conflicts_view_dispose (GObject *object)
{
  TiersConflictsView *self = TIERS_CONFLICTS_VIEW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->session);
  g_clear_pointer (&self->code, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->group, gtk_widget_unparent);
  G_OBJECT_CLASS (tiers_conflicts_view_parent_class)->dispose (object);
}

static void
tiers_conflicts_view_class_init (TiersConflictsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tiers_conflicts_view_dispose;
  gtk_widget_class_install_action (widget_class, "conflicts.declare", NULL,
                                   tiers_conflicts_view_declare_action);
  gtk_widget_class_install_action (widget_class, "conflicts.remove", "s",
                                   tiers_conflicts_view_remove_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
tiers_conflicts_view_init (TiersConflictsView *self)
{
  GtkWidget *declare = gtk_button_new_with_mnemonic (_("_Declare…"));

  self->group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->group),
                                   _("Conflicts of Interest"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->group),
      _("Ratings an evaluator gives a supplier they have a conflict of interest with are left "
        "out of its grade."));
  gtk_widget_set_valign (declare, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (declare, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (declare), "conflicts.declare");
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self->group), declare);
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_widget_set_visible (GTK_WIDGET (self->list), FALSE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->group), GTK_WIDGET (self->list));
  gtk_widget_set_parent (self->group, GTK_WIDGET (self));
}

GtkWidget *
tiers_conflicts_view_new (void)
{
  return g_object_new (TIERS_TYPE_CONFLICTS_VIEW, NULL);
}
