/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-supplier-form.c: the supplier form. Each field is checked as it is typed by the
 * rule the importer keeps (tiers_supplier_check_field); a field is marked once it has been
 * touched, Save stays insensitive while any field breaks a rule, and the store checks again
 * on saving (a code another supplier has is only known there). */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include <glib/gi18n.h>

#include "tiers-error.h"
#include "tiers-form.h"
#include "tiers-record-rules.h"
#include "tiers-store-records.h"
#include "tiers-supplier-form.h"

struct _TiersSupplierForm
{
  AdwWindow     parent_instance;

  TiersSession *session;
  GtkWidget    *parent;
  TiersForm     form;
  gint64        id;                                 /* 0: a new supplier */
  GtkWidget    *rows[TIERS_SUPPLIER_N_FIELDS];
  gboolean      touched[TIERS_SUPPLIER_N_FIELDS];
  char         *taken_code;                         /* a code the store said is taken */
  gboolean      saving;
};

G_DEFINE_FINAL_TYPE (TiersSupplierForm, tiers_supplier_form, ADW_TYPE_WINDOW)

static const char *
field_title (guint field)
{
  switch (field)
    {
    case TIERS_SUPPLIER_CODE: return _("_Code");
    case TIERS_SUPPLIER_NAME: return _("_Name");
    case TIERS_SUPPLIER_CATEGORY: return _("C_ategory");
    case TIERS_SUPPLIER_CONTACT: return _("Con_tact");
    case TIERS_SUPPLIER_EMAIL: return _("_Email");
    case TIERS_SUPPLIER_PHONE: return _("_Phone");
    default: g_assert_not_reached ();
    }
}

static void
check (TiersSupplierForm *self)
{
  g_autofree char *first = NULL;
  gboolean valid = TRUE;

  for (guint f = 0; f < TIERS_SUPPLIER_N_FIELDS; f++)
    {
      g_autofree char *text = tiers_form_text (self->rows[f]);
      g_autofree char *reason = tiers_supplier_check_field (f, text);

      if (reason == NULL && f == TIERS_SUPPLIER_CODE && self->taken_code != NULL &&
          g_str_equal (text, self->taken_code))
        reason = g_strdup_printf (_("code: another supplier has the code “%s”"), text);
      valid = valid && reason == NULL;
      tiers_form_mark (self->rows[f], self->touched[f] ? reason : NULL);
      if (self->touched[f] && reason != NULL && first == NULL)
        first = g_steal_pointer (&reason);
    }
  tiers_form_set_problem (&self->form, first, valid && !self->saving);
}

static void
on_row_changed_cb (GtkEditable       *row,
                   TiersSupplierForm *self)
{
  for (guint f = 0; f < TIERS_SUPPLIER_N_FIELDS; f++)
    if (self->rows[f] == GTK_WIDGET (row))
      self->touched[f] = TRUE;
  check (self);
}

typedef struct
{
  gint64  id;
  char  **values;
  gint64  saved_id;
} SaveJob;

static void
save_job_free (SaveJob *job)
{
  g_strfreev (job->values);
  g_free (job);
}

static gboolean
save_supplier (TiersStore *store,
               gpointer    data,
               GError    **error)
{
  SaveJob *job = data;

  return tiers_store_save_supplier (store, job->id, (const char * const *) job->values,
                                    &job->saved_id, error);
}

static void
on_saved_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(TiersSupplierForm) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *code = NULL;

  self->saving = FALSE;
  if (!tiers_form_change_finish (result, &error))
    {
      if (g_error_matches (error, TIERS_ERROR, TIERS_ERROR_DUPLICATE))
        {
          g_free (self->taken_code);
          self->taken_code = tiers_form_text (self->rows[TIERS_SUPPLIER_CODE]);
          self->touched[TIERS_SUPPLIER_CODE] = TRUE;
          check (self);
        }
      else
        {
          check (self);
          tiers_form_set_problem (&self->form, error->message, TRUE);
        }
      return;
    }
  code = tiers_form_text (self->rows[TIERS_SUPPLIER_CODE]);
  tiers_session_data_changed (self->session);
  if (self->parent != NULL)
    gtk_widget_activate_action (self->parent, "win.show-supplier", "s", code);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
save (TiersSupplierForm *self)
{
  SaveJob *job;

  if (!gtk_widget_get_sensitive (self->form.save) || self->saving)
    return;
  job = g_new0 (SaveJob, 1);
  job->id = self->id;
  job->values = g_new0 (char *, TIERS_SUPPLIER_N_FIELDS + 1);
  for (guint f = 0; f < TIERS_SUPPLIER_N_FIELDS; f++)
    job->values[f] = tiers_form_text (self->rows[f]);
  self->saving = TRUE;
  gtk_widget_set_sensitive (self->form.save, FALSE);
  tiers_form_change_async (self->session, save_supplier, job, (GDestroyNotify) save_job_free,
                           on_saved_cb, g_object_ref (self));
}

static void
tiers_supplier_form_dispose (GObject *object)
{
  TiersSupplierForm *self = TIERS_SUPPLIER_FORM (object);

  g_clear_object (&self->session);
  g_clear_weak_pointer (&self->parent);
  g_clear_pointer (&self->taken_code, g_free);
  G_OBJECT_CLASS (tiers_supplier_form_parent_class)->dispose (object);
}

static void
tiers_supplier_form_class_init (TiersSupplierFormClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = tiers_supplier_form_dispose;
}

static void
tiers_supplier_form_init (TiersSupplierForm *self)
{
}

TiersSupplierForm *
tiers_supplier_form_new (GtkWidget    *parent,
                         TiersSession *session,
                         const char   *code)
{
  TiersSupplierForm *self = g_object_new (TIERS_TYPE_SUPPLIER_FORM, NULL);
  g_auto(GStrv) values = NULL;
  GtkWidget *who, *reach;

  g_return_val_if_fail (TIERS_IS_SESSION (session), NULL);

  self->session = g_object_ref (session);
  g_set_weak_pointer (&self->parent, parent);
  /* One row of one table: quick enough for the main loop. */
  if (code != NULL)
    values = tiers_store_load_supplier (tiers_session_get_store (session), code, &self->id,
                                        NULL);
  tiers_form_init (&self->form, ADW_WINDOW (self), parent,
                   values ? _("Edit Supplier") : _("New Supplier"),
                   values ? _("_Save") : _("_Add"), G_CALLBACK (save), self);

  who = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (who), _("Supplier"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (who),
      _("Code, name and category are required; the category is what suppliers are compared "
        "within."));
  reach = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (reach), _("Contact"));
  for (guint f = 0; f < TIERS_SUPPLIER_N_FIELDS; f++)
    {
      self->rows[f] = tiers_form_entry (field_title (f), values ? values[f] : NULL);
      gtk_widget_set_name (self->rows[f], tiers_supplier_field_name (f));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (f < TIERS_SUPPLIER_CONTACT ? who : reach),
                                 self->rows[f]);
      g_signal_connect (self->rows[f], "changed", G_CALLBACK (on_row_changed_cb), self);
    }
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self->form.page), ADW_PREFERENCES_GROUP (who));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self->form.page),
                            ADW_PREFERENCES_GROUP (reach));
  tiers_form_add_message (&self->form);
  check (self);
  gtk_widget_grab_focus (self->rows[values ? TIERS_SUPPLIER_NAME : TIERS_SUPPLIER_CODE]);
  return self;
}

GtkWidget *
tiers_supplier_form_get_row (TiersSupplierForm *self,
                             guint              field)
{
  g_return_val_if_fail (TIERS_IS_SUPPLIER_FORM (self) && field < TIERS_SUPPLIER_N_FIELDS, NULL);
  return self->rows[field];
}

GtkWidget *
tiers_supplier_form_get_save_button (TiersSupplierForm *self)
{
  g_return_val_if_fail (TIERS_IS_SUPPLIER_FORM (self), NULL);
  return self->form.save;
}
