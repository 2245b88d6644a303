/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-communication-view.c: the communication log on the scorecard
 * (tiers-communication-view.h). */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "tiers-action-dialogs.h"
#include "tiers-communication-form.h"
#include "tiers-communication-view.h"
#include "tiers-form.h"
#include "tiers-scorecard-text.h"
#include "tiers-store-scorecard.h"

struct _TiersCommunicationView
{
  GtkWidget     parent_instance;

  TiersSession *session;
  gulong        changed_id;
  char         *code;
  char         *name;
  char         *contact;
  GPtrArray    *log;        /* of TiersCommunication, newest first */

  GtkWidget    *group;
  GtkListBox   *list;
};

G_DEFINE_FINAL_TYPE (TiersCommunicationView, tiers_communication_view, GTK_TYPE_WIDGET)

/* Newest first: by date, and entries of one date in the reverse of the order recorded. */
static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const TiersCommunication *x = *(TiersCommunication * const *) a;
  const TiersCommunication *y = *(TiersCommunication * const *) b;
  int by_date = g_strcmp0 (y->date, x->date);

  if (by_date != 0)
    return by_date;
  return y->id < x->id ? -1 : y->id > x->id;
}

static const char *
criterion_name (TiersCommunicationView   *self,
                const TiersCommunication *entry)
{
  const TiersScheme *scheme = self->session ? tiers_session_get_scheme (self->session) : NULL;
  const TiersCriterion *criterion = NULL;

  if (entry->criterion == NULL)
    return NULL;
  if (scheme != NULL)
    criterion = tiers_scheme_find_criterion (scheme, entry->criterion);
  return criterion != NULL ? tiers_criterion_get_display_name (criterion) : entry->criterion;
}

/* An objection's title, its statement and where it stands. */
static void
describe_objection (TiersCommunicationView    *self,
                    const TiersCommunication  *entry,
                    char                     **title,
                    GString                   *subtitle)
{
  const char *name = criterion_name (self, entry);

  /* Translators: an objection to one criterion's result, e.g. "Objection to On-time delivery" */
  *title = name != NULL ? g_strdup_printf (_("Objection to %s"), name)
                        : g_strdup (_("Objection to the grade as a whole"));
  if (entry->contact != NULL)
    /* Translators: an objection's date, who raised it and the supplier's words, e.g.
     * "2026-10-10, from Li Wei: “The lot was held at customs.”" */
    g_string_append_printf (subtitle, _("%s, from %s: “%s”"), entry->date, entry->contact,
                            entry->statement ? entry->statement : "");
  else
    /* Translators: an objection's date and the supplier's words */
    g_string_append_printf (subtitle, _("%s: “%s”"), entry->date,
                            entry->statement ? entry->statement : "");
  g_string_append_c (subtitle, '\n');
  if (entry->decision == NULL)
    g_string_append (subtitle, _("Open: no decision yet."));
  else
    {
      g_autofree char *when = tiers_format_moment (entry->decided_at);

      /* Translators: who decided an objection, when, and the decision */
      g_string_append_printf (subtitle, _("Decided by %s on %s: %s"),
                              entry->decided_by ? entry->decided_by : "", when,
                              entry->decision);
    }
}

static GtkWidget *
entry_row (TiersCommunicationView   *self,
           const TiersCommunication *entry)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon;
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *title = NULL;
  const char *icon_name;
  gboolean open = FALSE;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  switch (entry->kind)
    {
    case TIERS_COMMUNICATION_SENT:
      icon_name = "mail-send-symbolic";
      title = tiers_communication_describe (entry, NULL);
      /* Translators: when a scorecard was sent and who recorded it, e.g.
       * "2026-10-05 · recorded by alice" */
      g_string_append_printf (subtitle, _("%s · recorded by %s"), entry->date,
                              entry->recorded_by ? entry->recorded_by : "");
      break;
    case TIERS_COMMUNICATION_ACKNOWLEDGED:
      icon_name = "emblem-ok-symbolic";
      title = tiers_communication_describe (entry, NULL);
      g_string_append (subtitle, entry->date);
      break;
    case TIERS_COMMUNICATION_OBJECTION:
    case TIERS_N_COMMUNICATION_KINDS:
    default:
      /* Where it stands is the subtitle's last line; an open one also stands out by its
       * icon, and its button, so a narrow window keeps room for the statement. */
      icon_name = "mail-reply-sender-symbolic";
      describe_objection (self, entry, &title, subtitle);
      if (tiers_communication_is_open (entry))
        {
          GtkWidget *decide = gtk_button_new_with_mnemonic (_("_Decide…"));

          icon_name = "dialog-warning-symbolic";
          open = TRUE;
          gtk_widget_set_valign (decide, GTK_ALIGN_CENTER);
          gtk_actionable_set_action_name (GTK_ACTIONABLE (decide), "communication.decide");
          gtk_actionable_set_action_target (GTK_ACTIONABLE (decide), "x", entry->id);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), decide);
        }
      break;
    }
  icon = gtk_image_new_from_icon_name (icon_name);
  if (open)
    gtk_widget_add_css_class (icon, "warning");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  tiers_communication_kind_to_string (entry->kind), -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  return row;
}

static void
reload (TiersCommunicationView *self)
{
  const TiersPeriod *period = self->session ? tiers_session_get_period (self->session) : NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  g_autofree char *description = NULL;
  GtkListBoxRow *row;

  /* Row by row: the list's first child may be its placeholder, which must stay. */
  while ((row = gtk_list_box_get_row_at_index (self->list, 0)) != NULL)
    gtk_list_box_remove (self->list, GTK_WIDGET (row));
  g_clear_pointer (&self->log, g_ptr_array_unref);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "communication.record",
                                 self->code != NULL && period != NULL);
  if (self->code == NULL || period == NULL)
    return;
  label = tiers_period_to_label (period);
  /* Translators: %s is a period, e.g. "2026 Q3" */
  description = g_strdup_printf (_("This supplier’s scorecard of %s: when it was sent and "
                                   "what the supplier answered, newest first."), label);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->group), description);
  self->log = tiers_store_load_communications (tiers_session_get_store (self->session), period,
                                               self->code, &error);
  if (self->log == NULL)
    {
      g_warning ("Cannot read the communication log of %s: %s", self->code, error->message);
      return;
    }
  g_ptr_array_sort (self->log, compare_newest_first);
  for (guint i = 0; i < self->log->len; i++)
    gtk_list_box_append (self->list, entry_row (self, g_ptr_array_index (self->log, i)));
}

static void
on_actions_changed_cb (TiersSession           *session,
                       TiersCommunicationView *self)
{
  reload (self);
}

void
tiers_communication_view_show (TiersCommunicationView *self,
                               TiersSession           *session,
                               const char             *supplier_code,
                               const char             *supplier_name,
                               const char             *contact)
{
  g_return_if_fail (TIERS_IS_COMMUNICATION_VIEW (self));
  g_return_if_fail (session == NULL || TIERS_IS_SESSION (session));

  if (self->session != session)
    {
      if (self->session != NULL)
        g_clear_signal_handler (&self->changed_id, self->session);
      g_set_object (&self->session, session);
      if (session != NULL)
        self->changed_id = g_signal_connect (session, "actions-changed",
                                             G_CALLBACK (on_actions_changed_cb), self);
    }
  g_free (self->code);
  self->code = g_strdup (supplier_code);
  g_free (self->name);
  self->name = g_strdup (supplier_name != NULL ? supplier_name : supplier_code);
  g_free (self->contact);
  self->contact = g_strdup (contact);
  reload (self);
}

/* ---- recording ---- */

static void
tiers_communication_view_record_action (GtkWidget  *widget,
                                        const char *action_name,
                                        GVariant   *parameter)
{
  TiersCommunicationView *self = TIERS_COMMUNICATION_VIEW (widget);
  TiersCommunicationKind kind;

  if (self->code == NULL || self->session == NULL
      || tiers_session_get_period (self->session) == NULL
      || !tiers_communication_kind_parse (g_variant_get_string (parameter, NULL), &kind, NULL))
    return;
  gtk_window_present (GTK_WINDOW (tiers_communication_form_new (widget, self->session, kind,
                                                                self->code, self->name,
                                                                self->contact)));
}

typedef struct
{
  gint64  id;
  char   *decision;
} Decision;

static void
decision_free (Decision *decision)
{
  g_free (decision->decision);
  g_free (decision);
}

static gboolean
write_decision (TiersStore *store,
                gpointer    data,
                GError    **error)
{
  Decision *decision = data;

  return tiers_store_decide_objection (store, decision->id, decision->decision, error);
}

static void
on_decided_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(TiersCommunicationView) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!tiers_form_change_finish (result, &error))
    {
      if (gtk_widget_get_root (GTK_WIDGET (self)) != NULL)
        tiers_show_action_error (GTK_WIDGET (self), _("The Decision Was Not Recorded"), error);
      return;
    }
  if (self->session != NULL)
    tiers_session_actions_changed (self->session);
}

static void
on_decide_response_cb (AdwMessageDialog       *dialog,
                       const char             *response,
                       TiersCommunicationView *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "entry");
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  Decision *decision;

  if (!g_str_equal (response, "decide") || *text == '\0' || self->session == NULL)
    return;
  decision = g_new0 (Decision, 1);
  decision->id = *(gint64 *) g_object_get_data (G_OBJECT (dialog), "id");
  decision->decision = g_steal_pointer (&text);
  tiers_form_change_async (self->session, write_decision, decision,
                           (GDestroyNotify) decision_free, on_decided_cb, g_object_ref (self));
}

static void
on_decision_changed_cb (GtkEditable      *editable,
                        AdwMessageDialog *dialog)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (editable)));

  adw_message_dialog_set_response_enabled (dialog, "decide", *text != '\0');
}

static const TiersCommunication *
find_entry (TiersCommunicationView *self,
            gint64                  id)
{
  for (guint i = 0; self->log != NULL && i < self->log->len; i++)
    if (((TiersCommunication *) g_ptr_array_index (self->log, i))->id == id)
      return g_ptr_array_index (self->log, i);
  return NULL;
}

static void
tiers_communication_view_decide_action (GtkWidget  *widget,
                                        const char *action_name,
                                        GVariant   *parameter)
{
  TiersCommunicationView *self = TIERS_COMMUNICATION_VIEW (widget);
  const TiersCommunication *objection = find_entry (self, g_variant_get_int64 (parameter));
  g_autofree char *said = NULL;
  g_autofree char *body = NULL;
  gint64 *id;
  GtkWidget *dialog, *entry;

  if (objection == NULL || !tiers_communication_is_open (objection))
    return;
  said = tiers_communication_describe (objection, criterion_name (self, objection));
  /* Translators: %s is the objection, %s the user's name */
  body = g_strdup_printf (_("%s\n\nThe decision is recorded once, as taken by %s now, and "
                            "cannot be changed afterwards."), said, g_get_user_name ());
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                   _("Decide the Objection"), body);
  entry = gtk_entry_new ();
  gtk_widget_set_name (entry, "decision");
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Decision, e.g. the grade stands"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Decision"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "decide", _("_Record Decision"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "decide",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "decide");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "decide", FALSE);
  id = g_new (gint64, 1);
  *id = objection->id;
  g_object_set_data_full (G_OBJECT (dialog), "id", id, g_free);
  g_object_set_data (G_OBJECT (dialog), "entry", entry);
  g_signal_connect (entry, "changed", G_CALLBACK (on_decision_changed_cb), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_decide_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

/* ---- the class ---- */

static void
tiers_communication_view_dispose (GObject *object)
{
  TiersCommunicationView *self = TIERS_COMMUNICATION_VIEW (object);

  if (self->session != NULL)
    g_clear_signal_handler (&self->changed_id, self->session);
  g_clear_object (&self->session);
  g_clear_pointer (&self->code, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->contact, g_free);
  g_clear_pointer (&self->log, g_ptr_array_unref);
  g_clear_pointer (&self->group, gtk_widget_unparent);
  G_OBJECT_CLASS (tiers_communication_view_parent_class)->dispose (object);
}

static void
tiers_communication_view_class_init (TiersCommunicationViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tiers_communication_view_dispose;
  gtk_widget_class_install_action (widget_class, "communication.record", "s",
                                   tiers_communication_view_record_action);
  gtk_widget_class_install_action (widget_class, "communication.decide", "x",
                                   tiers_communication_view_decide_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static GMenuModel *
record_menu (void)
{
  GMenu *menu = g_menu_new ();

  g_menu_append (menu, _("Scorecard _Sent…"), "communication.record::sent");
  g_menu_append (menu, _("_Acknowledged by the Supplier…"), "communication.record::acknowledged");
  g_menu_append (menu, _("_Objection…"), "communication.record::objection");
  return G_MENU_MODEL (menu);
}

static void
tiers_communication_view_init (TiersCommunicationView *self)
{
  GtkWidget *record = gtk_menu_button_new ();
  GtkWidget *placeholder;
  g_autoptr(GMenuModel) menu = record_menu ();

  self->group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->group), _("Communication"));
  gtk_menu_button_set_label (GTK_MENU_BUTTON (record), _("_Record"));
  gtk_menu_button_set_use_underline (GTK_MENU_BUTTON (record), TRUE);
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (record), menu);
  gtk_widget_set_valign (record, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (record, "flat");
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self->group), record);

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_widget_set_name (GTK_WIDGET (self->list), "communication-log");
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  placeholder = gtk_label_new (_("Nothing recorded yet. Record when the scorecard goes to the "
                                 "supplier, and the supplier’s acknowledgement or objection."));
  gtk_widget_set_name (placeholder, "communication-empty");
  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_label_set_xalign (GTK_LABEL (placeholder), 0);
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_widget_set_margin_start (placeholder, 12);
  gtk_widget_set_margin_end (placeholder, 12);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_list_box_set_placeholder (self->list, placeholder);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->group), GTK_WIDGET (self->list));
  gtk_widget_set_parent (self->group, GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "communication.record", FALSE);
}

GtkWidget *
tiers_communication_view_new (void)
{
  return g_object_new (TIERS_TYPE_COMMUNICATION_VIEW, NULL);
}
