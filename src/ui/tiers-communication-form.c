/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-communication-form.c: recording that a scorecard was sent, acknowledged or objected
 * to (tiers-communication-form.h). */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include <glib/gi18n.h>

#include "tiers-communication-form.h"
#include "tiers-form.h"
#include "tiers-store-scorecard.h"

enum { ROW_DATE, ROW_CHANNEL, ROW_CONTACT, ROW_STATEMENT, N_ROWS };

struct _TiersCommunicationForm
{
  AdwWindow               parent_instance;

  TiersSession           *session;
  TiersForm               form;
  TiersCommunicationKind  kind;
  char                   *code;
  char                   *period;
  GtkWidget              *rows[N_ROWS];      /* NULL where the kind has no such field */
  gboolean                touched[N_ROWS];
  GtkWidget              *criterion;         /* AdwComboRow of an objection */
  GPtrArray              *keys;              /* criterion keys after "the grade as a whole" */
  gboolean                saving;
};

G_DEFINE_FINAL_TYPE (TiersCommunicationForm, tiers_communication_form, ADW_TYPE_WINDOW)

static gboolean
blank (const char *text)
{
  return text == NULL || *text == '\0';
}

/* What is wrong with ROW's TEXT, translated, or NULL: the store's rules (check_entry in
 * tiers-store-scorecard.c), said where the field is. */
static char *
field_problem (guint       row,
               const char *text)
{
  GDate date;

  switch (row)
    {
    case ROW_DATE:
      if (!tiers_date_parse (text, &date))
        return g_strdup_printf (_("Date: “%s” is not a date: write it as YYYY-MM-DD"), text);
      return NULL;
    case ROW_CHANNEL:
      return blank (text) ? g_strdup (_("Channel: say how the scorecard was sent (email, "
                                        "post, portal, …)"))
                          : NULL;
    case ROW_STATEMENT:
      return blank (text) ? g_strdup (_("Statement: write what the supplier says"))
                          : NULL;
    case ROW_CONTACT:
    default:
      return NULL;
    }
}

static void
check (TiersCommunicationForm *self)
{
  g_autofree char *first = NULL;
  gboolean valid = TRUE;

  for (guint r = 0; r < N_ROWS; r++)
    {
      g_autofree char *text = NULL;
      g_autofree char *problem = NULL;

      if (self->rows[r] == NULL)
        continue;
      text = tiers_form_text (self->rows[r]);
      problem = field_problem (r, text);
      valid = valid && problem == NULL;
      tiers_form_mark (self->rows[r], self->touched[r] ? problem : NULL);
      if (self->touched[r] && problem != NULL && first == NULL)
        first = g_steal_pointer (&problem);
    }
  tiers_form_set_problem (&self->form, first, valid && !self->saving);
}

static void
on_row_changed_cb (GtkEditable            *row,
                   TiersCommunicationForm *self)
{
  for (guint r = 0; r < N_ROWS; r++)
    if (self->rows[r] == GTK_WIDGET (row))
      self->touched[r] = TRUE;
  check (self);
}

/* ---- saving ---- */

static gboolean
save_entry (TiersStore *store,
            gpointer    data,
            GError    **error)
{
  return tiers_store_add_communication (store, data, error);
}

static void
on_saved_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(TiersCommunicationForm) self = user_data;
  g_autoptr(GError) error = NULL;

  self->saving = FALSE;
  if (!tiers_form_change_finish (result, &error))
    {
      check (self);
      tiers_form_set_problem (&self->form, error->message, TRUE);
      return;
    }
  /* The scorecard's log and the Review page's count of open objections follow. */
  tiers_session_actions_changed (self->session);
  gtk_window_destroy (GTK_WINDOW (self));
}

static char *
optional_text (GtkWidget *row)
{
  g_autofree char *text = row != NULL ? tiers_form_text (row) : NULL;

  return blank (text) ? NULL : g_steal_pointer (&text);
}

static void
save (TiersCommunicationForm *self)
{
  TiersCommunication *entry;

  if (!gtk_widget_get_sensitive (self->form.save) || self->saving)
    return;
  entry = g_new0 (TiersCommunication, 1);
  entry->supplier_code = g_strdup (self->code);
  entry->period = g_strdup (self->period);
  entry->kind = self->kind;
  entry->date = tiers_form_text (self->rows[ROW_DATE]);
  entry->channel = optional_text (self->rows[ROW_CHANNEL]);
  entry->contact = optional_text (self->rows[ROW_CONTACT]);
  entry->statement = optional_text (self->rows[ROW_STATEMENT]);
  if (self->criterion != NULL)
    {
      guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (self->criterion));

      /* The first choice is the grade as a whole: no criterion. */
      if (selected > 0 && selected <= self->keys->len)
        entry->criterion = g_strdup (g_ptr_array_index (self->keys, selected - 1));
    }
  self->saving = TRUE;
  gtk_widget_set_sensitive (self->form.save, FALSE);
  tiers_form_change_async (self->session, save_entry, entry,
                           (GDestroyNotify) tiers_communication_free, on_saved_cb,
                           g_object_ref (self));
}

/* ---- building ---- */

static void
add_entry (TiersCommunicationForm *self,
           GtkWidget              *group,
           guint                   row,
           const char             *name,
           const char             *title,
           const char             *text)
{
  GtkWidget *entry = tiers_form_entry (title, text);

  gtk_widget_set_name (entry, name);
  self->rows[row] = entry;
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), entry);
  g_signal_connect (entry, "changed", G_CALLBACK (on_row_changed_cb), self);
}

/* "The grade as a whole", then the current scheme's criteria by their names. */
static void
add_criterion_row (TiersCommunicationForm *self,
                   GtkWidget              *group)
{
  const TiersScheme *scheme = tiers_session_get_scheme (self->session);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  self->keys = g_ptr_array_new_with_free_func (g_free);
  gtk_string_list_append (names, _("The grade as a whole"));
  for (guint i = 0; scheme != NULL && i < scheme->criteria->len; i++)
    {
      const TiersCriterion *criterion = g_ptr_array_index (scheme->criteria, i);

      gtk_string_list_append (names, tiers_criterion_get_display_name (criterion));
      g_ptr_array_add (self->keys, g_strdup (criterion->key));
    }
  self->criterion = adw_combo_row_new ();
  gtk_widget_set_name (self->criterion, "criterion");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->criterion), _("_Disputed"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->criterion), TRUE);
  adw_combo_row_set_model (ADW_COMBO_ROW (self->criterion), G_LIST_MODEL (names));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->criterion);
}

static const char *
form_title (TiersCommunicationKind kind)
{
  switch (kind)
    {
    case TIERS_COMMUNICATION_SENT:
      return _("Scorecard Sent");
    case TIERS_COMMUNICATION_ACKNOWLEDGED:
      return _("Scorecard Acknowledged");
    case TIERS_COMMUNICATION_OBJECTION:
    case TIERS_N_COMMUNICATION_KINDS:
    default:
      return _("Objection to the Scorecard");
    }
}

static void
build (TiersCommunicationForm *self,
       const char             *supplier_name,
       const char             *contact)
{
  GtkWidget *group = adw_preferences_group_new ();
  g_autofree char *today = tiers_form_today ();
  g_autofree char *description = NULL;
  g_autofree char *label = NULL;
  TiersPeriod period;

  if (tiers_period_parse (self->period, &period, NULL))
    label = tiers_period_to_label (&period);
  /* Translators: e.g. "The scorecard of 2026 Q3 of Ring & Co. Dates are written YYYY-MM-DD." */
  description = g_strdup_printf (_("The scorecard of %s of %s. Dates are written YYYY-MM-DD."),
                                 label != NULL ? label : self->period, supplier_name);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  switch (self->kind)
    {
    case TIERS_COMMUNICATION_SENT:
      add_entry (self, group, ROW_DATE, "date", _("_Date sent"), today);
      add_entry (self, group, ROW_CHANNEL, "channel", _("_Channel: email, post, portal, …"),
                 NULL);
      add_entry (self, group, ROW_CONTACT, "contact", _("Sent _to (optional)"), contact);
      break;
    case TIERS_COMMUNICATION_ACKNOWLEDGED:
      add_entry (self, group, ROW_DATE, "date", _("_Date acknowledged"), today);
      add_entry (self, group, ROW_CONTACT, "contact", _("Acknowledged _by (optional)"),
                 contact);
      break;
    case TIERS_COMMUNICATION_OBJECTION:
    case TIERS_N_COMMUNICATION_KINDS:
    default:
      add_entry (self, group, ROW_DATE, "date", _("_Date received"), today);
      add_entry (self, group, ROW_CONTACT, "contact", _("Raised _by (optional)"), contact);
      add_criterion_row (self, group);
      add_entry (self, group, ROW_STATEMENT, "statement", _("The supplier’s _statement"),
                 NULL);
      break;
    }
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self->form.page),
                            ADW_PREFERENCES_GROUP (group));
}

TiersCommunicationForm *
tiers_communication_form_new (GtkWidget              *parent,
                              TiersSession           *session,
                              TiersCommunicationKind  kind,
                              const char             *supplier_code,
                              const char             *supplier_name,
                              const char             *contact)
{
  TiersCommunicationForm *self;

  g_return_val_if_fail (TIERS_IS_SESSION (session) && supplier_code != NULL, NULL);
  g_return_val_if_fail (tiers_session_get_period (session) != NULL, NULL);

  self = g_object_new (TIERS_TYPE_COMMUNICATION_FORM, NULL);
  self->session = g_object_ref (session);
  self->kind = kind;
  self->code = g_strdup (supplier_code);
  self->period = tiers_period_to_string (tiers_session_get_period (session));
  /* The supplier is named in the form, where a long name has room. */
  tiers_form_init (&self->form, ADW_WINDOW (self), parent, form_title (kind), _("_Record"),
                   G_CALLBACK (save), self);
  gtk_widget_set_name (self->form.save, "save");
  gtk_window_set_default_size (GTK_WINDOW (self), 480, kind == TIERS_COMMUNICATION_OBJECTION
                                                       ? 520 : 420);
  build (self, supplier_name != NULL ? supplier_name : supplier_code, contact);
  tiers_form_add_message (&self->form);
  check (self);
  gtk_widget_grab_focus (self->rows[kind == TIERS_COMMUNICATION_SENT ? ROW_CHANNEL
                                    : kind == TIERS_COMMUNICATION_OBJECTION ? ROW_STATEMENT
                                    : ROW_DATE]);
  return self;
}

static void
tiers_communication_form_dispose (GObject *object)
{
  TiersCommunicationForm *self = TIERS_COMMUNICATION_FORM (object);

  g_clear_object (&self->session);
  g_clear_pointer (&self->code, g_free);
  g_clear_pointer (&self->period, g_free);
  g_clear_pointer (&self->keys, g_ptr_array_unref);
  G_OBJECT_CLASS (tiers_communication_form_parent_class)->dispose (object);
}

static void
tiers_communication_form_class_init (TiersCommunicationFormClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = tiers_communication_form_dispose;
}

static void
tiers_communication_form_init (TiersCommunicationForm *self)
{
}
