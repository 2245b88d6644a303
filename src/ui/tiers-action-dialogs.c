/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-action-dialogs.c: recording an action taken with a supplier and changing its status.
 * A hard step (suspend, terminate) asks whether the status changes with it: recorded
 * together, in one transaction, or the action alone. */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "tiers-action-dialogs.h"
#include "tiers-store-status.h"
#include "tiers-store-strategies.h"

typedef struct
{
  TiersSession        *session;
  GtkWidget           *parent;      /* weak: the scorecard outlives its dialogs, or not */
  char                *code;
  char                *name;
  gint64               standard_id;
  GtkEditable         *date;
  GtkEditable         *who;
  GtkEditable         *what;
  GtkEditable         *reason;
  AdwComboRow         *kind;
  AdwComboRow         *status;
  TiersSupplierAction *pending;     /* a hard step waiting for its status question */
} Form;

static void
form_free (Form *form)
{
  g_clear_object (&form->session);
  g_clear_weak_pointer (&form->parent);
  g_free (form->code);
  g_free (form->name);
  g_clear_pointer (&form->pending, tiers_supplier_action_free);
  g_free (form);
}

static Form *
form_new (GtkWidget    *parent,
          TiersSession *session,
          const char   *code,
          const char   *name)
{
  Form *form = g_new0 (Form, 1);

  form->session = g_object_ref (session);
  g_set_weak_pointer (&form->parent, parent);
  form->code = g_strdup (code);
  form->name = g_strdup (name);
  return form;
}

void
tiers_show_action_error (GtkWidget    *parent,
                         const char   *heading,
                         const GError *error)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (parent)),
                                              heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static char *
today_iso (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

/* An entry row in a boxed list: what the form asks, labelled for screen readers too. */
static GtkEditable *
add_entry (GtkWidget  *list,
           const char *title,
           const char *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (text != NULL)
    gtk_editable_set_text (GTK_EDITABLE (row), text);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return GTK_EDITABLE (row);
}

static AdwComboRow *
add_choice (GtkWidget         *list,
            const char        *title,
            const char *const *labels,
            guint              selected)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GtkStringList) model = gtk_string_list_new (labels);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return ADW_COMBO_ROW (row);
}

static guint
selected (AdwComboRow *row)
{
  return adw_combo_row_get_selected (row);
}

static GtkWidget *
boxed_list (void)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  return list;
}

static char *
text_of (GtkEditable *editable)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (editable)));
}

static GtkWidget *
message_dialog (Form       *form,
                const char *heading,
                const char *body,
                GtkWidget  *extra,
                const char *confirm_id,
                const char *confirm_label)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (form->parent)),
                                              heading, body);

  if (extra != NULL)
    adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), extra);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    confirm_id, confirm_label, NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), confirm_id,
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), confirm_id);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  return dialog;
}

/* Writes the action (and the status change, when STATUS is not NULL); reports a refusal. */
static void
record (Form                      *form,
        TiersSupplierAction       *action,
        const TiersSupplierStatus *status,
        const char                *reason)
{
  g_autoptr(GError) error = NULL;

  if (!tiers_store_record_action (tiers_session_get_store (form->session), form->code, action,
                                  status, reason, &error))
    {
      if (form->parent != NULL)
        tiers_show_action_error (form->parent, _("The Action Was Not Recorded"), error);
      return;
    }
  tiers_session_actions_changed (form->session);
  /* A termination takes the supplier out of later periods' grading. */
  if (status != NULL && *status == TIERS_STATUS_TERMINATED)
    tiers_session_data_changed (form->session);
}

static void
on_hard_step_response_cb (AdwMessageDialog *dialog,
                          const char       *response,
                          Form             *form)
{
  g_autofree char *reason = text_of (form->reason);
  TiersSupplierStatus status = form->pending->kind == TIERS_ACTION_SUSPEND
                               ? TIERS_STATUS_ON_HOLD : TIERS_STATUS_TERMINATED;

  if (g_str_equal (response, "change"))
    record (form, form->pending, &status, reason);
  else if (g_str_equal (response, "action-only"))
    record (form, form->pending, NULL, NULL);
}

static void
on_reason_changed_cb (GtkEditable      *editable,
                      AdwMessageDialog *dialog)
{
  g_autofree char *text = text_of (editable);

  adw_message_dialog_set_response_enabled (dialog, "change", *text != '\0');
}

/* A hard step: offer the status it stands for, with a reason. */
static void
ask_hard_step (Form *form)
{
  gboolean suspend = form->pending->kind == TIERS_ACTION_SUSPEND;
  g_autofree char *heading = g_strdup_printf (suspend ? _("Put %s on Hold?") : _("Terminate %s?"),
                                              form->name);
  GtkWidget *list = boxed_list ();
  GtkWidget *dialog;

  form->reason = add_entry (list, _("Reason"), form->pending->what);
  dialog = message_dialog (form, heading,
                           suspend ? _("The action is a hard step. Its supplier can be put on "
                                       "hold from the action’s date; its grades and history "
                                       "stay.")
                                   : _("The action is a hard step. A terminated supplier "
                                       "leaves grading for the periods that start after the "
                                       "action’s date; its history stays."),
                           list, "change",
                           suspend ? _("Put _on Hold") : _("_Terminate"));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "action-only",
                                   _("Record _Action Only"));
  if (!suspend)
    adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "change",
                                                ADW_RESPONSE_DESTRUCTIVE);
  g_signal_connect (form->reason, "changed", G_CALLBACK (on_reason_changed_cb), dialog);
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_hard_step_response_cb), form,
                         (GClosureNotify) form_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static const TiersActionKind kinds[] = {
  TIERS_ACTION_ORDINARY, TIERS_ACTION_WARNING, TIERS_ACTION_SUSPEND, TIERS_ACTION_TERMINATE
};

static void
on_record_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       Form             *form)
{
  TiersSupplierAction *action;
  g_autofree char *date = NULL;
  Form *next;

  if (!g_str_equal (response, "record"))
    return;
  action = g_new0 (TiersSupplierAction, 1);
  date = text_of (form->date);
  g_strlcpy (action->date, date, sizeof action->date);
  action->who = text_of (form->who);
  action->what = text_of (form->what);
  action->kind = kinds[selected (form->kind)];
  action->standard_id = form->standard_id;
  if (!tiers_action_kind_is_hard_step (action->kind))
    {
      record (form, action, NULL, NULL);
      tiers_supplier_action_free (action);
      return;
    }
  /* The status question gets a form of its own: this one goes with its dialog. */
  next = form_new (form->parent, form->session, form->code, form->name);
  next->pending = action;
  if (next->parent != NULL)
    ask_hard_step (next);
  else
    form_free (next);
}

static void
on_record_text_changed_cb (GtkEditable      *editable,
                           AdwMessageDialog *dialog)
{
  Form *form = g_object_get_data (G_OBJECT (dialog), "form");
  g_autofree char *date = text_of (form->date);
  g_autofree char *who = text_of (form->who);
  g_autofree char *what = text_of (form->what);
  GDate parsed;

  adw_message_dialog_set_response_enabled (dialog, "record",
                                           tiers_date_parse (date, &parsed) && *who != '\0' &&
                                           *what != '\0');
}

void
tiers_ask_record_action (GtkWidget                 *parent,
                         TiersSession              *session,
                         const char                *supplier_code,
                         const char                *supplier_name,
                         const TiersStandardAction *standard)
{
  Form *form = form_new (parent, session, supplier_code, supplier_name);
  const char *kind_labels[G_N_ELEMENTS (kinds) + 1] = { NULL };
  g_autofree char *heading = g_strdup_printf (_("Record an Action for %s"), supplier_name);
  g_autofree char *today = today_iso ();
  GtkWidget *list = boxed_list ();
  GtkWidget *dialog;

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    kind_labels[i] = tiers_action_kind_label (kinds[i]);
  form->standard_id = standard ? standard->id : 0;
  form->date = add_entry (list, _("Date (YYYY-MM-DD)"), today);
  form->who = add_entry (list, _("Who"), g_get_user_name ());
  form->what = add_entry (list, _("What was done"),
                          standard ? tiers_standard_action_display_name (standard) : NULL);
  form->kind = add_choice (list, _("Kind"), kind_labels, standard ? standard->kind : 0);
  dialog = message_dialog (form, heading,
                           _("What was done with the supplier, when and by whom: it is kept "
                             "with the supplier’s history."), list, "record", _("_Record"));
  g_object_set_data (G_OBJECT (dialog), "form", form);
  g_signal_connect (form->date, "changed", G_CALLBACK (on_record_text_changed_cb), dialog);
  g_signal_connect (form->who, "changed", G_CALLBACK (on_record_text_changed_cb), dialog);
  g_signal_connect (form->what, "changed", G_CALLBACK (on_record_text_changed_cb), dialog);
  on_record_text_changed_cb (form->what, ADW_MESSAGE_DIALOG (dialog));
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_record_response_cb), form,
                         (GClosureNotify) form_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (GTK_WIDGET (form->what));
}

static void
on_status_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       Form             *form)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  g_autofree char *reason = NULL;
  TiersSupplierStatus status;

  if (!g_str_equal (response, "change"))
    return;
  status = (TiersSupplierStatus) selected (form->status);
  date = text_of (form->date);
  reason = text_of (form->reason);
  if (!tiers_store_set_supplier_status (tiers_session_get_store (form->session), form->code,
                                        status, date, reason, &error))
    {
      if (form->parent != NULL)
        tiers_show_action_error (form->parent, _("The Status Was Not Changed"), error);
      return;
    }
  tiers_session_actions_changed (form->session);
  /* Any change of a supplier that is or was terminated can move it in or out of grading. */
  tiers_session_data_changed (form->session);
}

static void
on_status_text_changed_cb (GtkEditable      *editable,
                           AdwMessageDialog *dialog)
{
  Form *form = g_object_get_data (G_OBJECT (dialog), "form");
  g_autofree char *date = text_of (form->date);
  g_autofree char *reason = text_of (form->reason);
  GDate parsed;

  adw_message_dialog_set_response_enabled (dialog, "change",
                                           tiers_date_parse (date, &parsed) && *reason != '\0');
}

void
tiers_ask_change_status (GtkWidget    *parent,
                         TiersSession *session,
                         const char   *supplier_code,
                         const char   *supplier_name)
{
  Form *form = form_new (parent, session, supplier_code, supplier_name);
  const char *labels[TIERS_N_STATUSES + 1] = { NULL };
  g_autofree char *heading = g_strdup_printf (_("Change the Status of %s"), supplier_name);
  g_autofree char *today = today_iso ();
  GtkWidget *list = boxed_list ();
  GtkWidget *dialog;

  for (guint i = 0; i < TIERS_N_STATUSES; i++)
    labels[i] = tiers_supplier_status_label ((TiersSupplierStatus) i);
  form->status = add_choice (list, _("Status"), labels, TIERS_STATUS_ON_HOLD);
  form->date = add_entry (list, _("From (YYYY-MM-DD)"), today);
  form->reason = add_entry (list, _("Reason"), NULL);
  dialog = message_dialog (form, heading,
                           _("On hold: orders paused, still graded. Terminated: left out of "
                             "grading for the periods that start after the date. The history "
                             "is kept either way."), list, "change", _("C_hange Status"));
  g_object_set_data (G_OBJECT (dialog), "form", form);
  g_signal_connect (form->date, "changed", G_CALLBACK (on_status_text_changed_cb), dialog);
  g_signal_connect (form->reason, "changed", G_CALLBACK (on_status_text_changed_cb), dialog);
  on_status_text_changed_cb (form->reason, ADW_MESSAGE_DIALOG (dialog));
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_status_response_cb), form,
                         (GClosureNotify) form_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (GTK_WIDGET (form->reason));
}
