/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-record-form.c: the form of an incident, a feedback or an evaluator's ratings. Each
 * field is checked as it is typed by tiers_record_check_field, the importer's own rules;
 * a field is marked once touched, Save stays insensitive while anything is invalid, and the
 * store checks again on saving (a finalized period, a rating entered twice). */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include <glib/gi18n.h>

#include "tiers-form.h"
#include "tiers-record-form.h"

/* Fields a rating form may have: the fixed ones, then one per manual criterion. */
#define MAX_ROWS 64

struct _TiersRecordForm
{
  AdwWindow         parent_instance;

  TiersSession     *session;
  TiersScheme      *scheme;       /* a copy of the session's, for the rules of ratings */
  GtkWidget        *parent;
  TiersForm         form;
  TiersRecordKind   kind;
  gint64            id;           /* 0: a new record */
  char             *code;
  GtkWidget        *rows[MAX_ROWS];        /* by field; NULL where the kind has none */
  gboolean          touched[MAX_ROWS];
  GPtrArray        *criteria;     /* a new rating form's manual criteria keys, by row */
  char             *criterion;    /* an edited rating's criterion */
  GtkWidget        *severity;     /* AdwComboRow of an incident */
  GtkWidget        *reason;       /* correcting: why */
  gboolean          reason_touched;
  gboolean          saving;
};

G_DEFINE_FINAL_TYPE (TiersRecordForm, tiers_record_form, ADW_TYPE_WINDOW)

static const char * const severities[] = { "minor", "major", "critical" };

static const char *
severity_label (guint i)
{
  const char *labels[] = { N_("Minor"), N_("Major"), N_("Critical") };

  return _(labels[i]);
}

/* The text of FIELD as the rules and the store take it. */
static char *
field_text (TiersRecordForm *self,
            guint            field)
{
  if (self->kind == TIERS_RECORD_INCIDENT && field == TIERS_INCIDENT_SEVERITY)
    return g_strdup (severities[adw_combo_row_get_selected (ADW_COMBO_ROW (self->severity))]);
  if (field == TIERS_INCIDENT_SUPPLIER)
    return g_strdup (self->code);
  if (self->kind == TIERS_RECORD_RATING && field == TIERS_RATING_CRITERION)
    return g_strdup (self->criterion ? self->criterion : "");
  return self->rows[field] ? tiers_form_text (self->rows[field]) : g_strdup ("");
}

static guint
n_rows (TiersRecordForm *self)
{
  return tiers_record_kind_n_fields (self->kind) +
         (self->criteria ? self->criteria->len - 1 : 0);
}

/* Which rule a row keeps: its field, and for a rating the criterion. */
static guint
rule_field (TiersRecordForm *self,
            guint            row,
            const char     **criterion)
{
  *criterion = self->criterion;
  if (self->kind != TIERS_RECORD_RATING)
    return row;
  if (self->criteria != NULL && row >= TIERS_RATING_RATING &&
      row < TIERS_RATING_RATING + self->criteria->len)
    {
      *criterion = g_ptr_array_index (self->criteria, row - TIERS_RATING_RATING);
      return TIERS_RATING_RATING;
    }
  if (self->criteria != NULL && row >= TIERS_RATING_RATING + self->criteria->len)
    return row - self->criteria->len + 1;   /* the comment after the criteria */
  return row;
}

static void
check (TiersRecordForm *self)
{
  g_autofree char *first = NULL;
  gboolean valid = TRUE, any_rating = self->criteria == NULL;

  for (guint r = 0; r < n_rows (self); r++)
    {
      const char *criterion = NULL;
      guint field = rule_field (self, r, &criterion);
      g_autofree char *text = NULL;
      g_autofree char *reason = NULL;

      if (self->rows[r] == NULL)
        continue;
      text = tiers_form_text (self->rows[r]);
      /* An evaluator rates the criteria they can judge: an empty one is left out. */
      if (self->criteria != NULL && field == TIERS_RATING_RATING && *text == '\0')
        {
          tiers_form_mark (self->rows[r], NULL);
          continue;
        }
      any_rating = any_rating || field == TIERS_RATING_RATING;
      reason = tiers_record_check_field (self->kind, field, text, self->scheme, criterion);
      valid = valid && reason == NULL;
      tiers_form_mark (self->rows[r], self->touched[r] ? reason : NULL);
      if (self->touched[r] && reason != NULL && first == NULL)
        first = g_steal_pointer (&reason);
    }
  if (self->reason != NULL)
    {
      g_autofree char *why = tiers_form_text (self->reason);
      const char *missing = *why == '\0' ? _("Say why: a correction needs a reason") : NULL;

      valid = valid && missing == NULL;
      tiers_form_mark (self->reason, self->reason_touched ? missing : NULL);
      if (self->reason_touched && missing != NULL && first == NULL)
        first = g_strdup (missing);
    }
  tiers_form_set_problem (&self->form, first, valid && any_rating && !self->saving);
}

static void
on_row_changed_cb (GtkEditable     *row,
                   TiersRecordForm *self)
{
  for (guint r = 0; r < n_rows (self); r++)
    if (self->rows[r] == GTK_WIDGET (row))
      self->touched[r] = TRUE;
  if (GTK_WIDGET (row) == self->reason)
    self->reason_touched = TRUE;
  check (self);
}

/* ---- saving ---- */

typedef struct
{
  TiersRecordKind  kind;
  gint64           id;
  char           **values;     /* of the kind's fields */
  char           **criteria;   /* a new rating form: the rated criteria ... */
  char           **ratings;    /* ... and their ratings */
  char            *reason;
} SaveJob;

static void
save_job_free (SaveJob *job)
{
  g_strfreev (job->values);
  g_strfreev (job->criteria);
  g_strfreev (job->ratings);
  g_free (job->reason);
  g_free (job);
}

static gboolean
save_record (TiersStore *store,
             gpointer    data,
             GError    **error)
{
  SaveJob *job = data;
  const char * const *values = (const char * const *) job->values;

  if (job->id != 0)
    return tiers_store_change_record (store, job->kind, job->id, values, job->reason, error);
  if (job->criteria != NULL)
    return tiers_store_add_ratings (store, values[TIERS_RATING_SUPPLIER],
                                    values[TIERS_RATING_DATE], values[TIERS_RATING_EVALUATOR],
                                    (const char * const *) job->criteria,
                                    (const char * const *) job->ratings,
                                    g_strv_length (job->criteria), values[TIERS_RATING_COMMENT],
                                    error);
  return tiers_store_add_record (store, job->kind, values, NULL, error);
}

static void
on_saved_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(TiersRecordForm) self = user_data;
  g_autoptr(GError) error = NULL;

  self->saving = FALSE;
  if (!tiers_form_change_finish (result, &error))
    {
      check (self);
      tiers_form_set_problem (&self->form, error->message, TRUE);
      return;
    }
  /* As after an import: the session re-grades what became stale. */
  tiers_session_data_changed (self->session);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
save (TiersRecordForm *self)
{
  guint n = tiers_record_kind_n_fields (self->kind);
  SaveJob *job;

  if (!gtk_widget_get_sensitive (self->form.save) || self->saving)
    return;
  job = g_new0 (SaveJob, 1);
  job->kind = self->kind;
  job->id = self->id;
  job->values = g_new0 (char *, n + 1);
  for (guint f = 0; f < n; f++)
    {
      if (self->criteria != NULL && f == TIERS_RATING_COMMENT)
        job->values[f] = tiers_form_text (self->rows[TIERS_RATING_RATING + self->criteria->len]);
      else if (self->criteria != NULL && f == TIERS_RATING_RATING)
        job->values[f] = g_strdup ("");
      else
        job->values[f] = field_text (self, f);
    }
  if (self->criteria != NULL)
    {
      g_autoptr(GStrvBuilder) keys = g_strv_builder_new ();
      g_autoptr(GStrvBuilder) ratings = g_strv_builder_new ();

      for (guint i = 0; i < self->criteria->len; i++)
        {
          g_autofree char *text = tiers_form_text (self->rows[TIERS_RATING_RATING + i]);

          if (*text == '\0')
            continue;
          g_strv_builder_add (keys, g_ptr_array_index (self->criteria, i));
          g_strv_builder_add (ratings, text);
        }
      job->criteria = g_strv_builder_end (keys);
      job->ratings = g_strv_builder_end (ratings);
    }
  if (self->reason != NULL)
    job->reason = tiers_form_text (self->reason);
  self->saving = TRUE;
  gtk_widget_set_sensitive (self->form.save, FALSE);
  tiers_form_change_async (self->session, save_record, job, (GDestroyNotify) save_job_free,
                           on_saved_cb, g_object_ref (self));
}

/* ---- building ---- */

static GtkWidget *
add_entry (TiersRecordForm *self,
           GtkWidget       *group,
           guint            row,
           const char      *title,
           const char      *text)
{
  GtkWidget *entry = tiers_form_entry (title, text);

  self->rows[row] = entry;
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), entry);
  g_signal_connect (entry, "changed", G_CALLBACK (on_row_changed_cb), self);
  return entry;
}

static char *
default_date (TiersSession *session)
{
  const TiersPeriod *period = tiers_session_get_period (session);
  g_autofree char *today = tiers_form_today ();
  char first[11], last[11];

  if (period == NULL)
    return g_steal_pointer (&today);
  tiers_period_bounds_iso (period, first, last);
  if (g_strcmp0 (today, first) >= 0 && g_strcmp0 (today, last) <= 0)
    return g_steal_pointer (&today);
  return g_strdup (last);
}

static void
build (TiersRecordForm    *self,
       const char         *name,
       const char * const *values)
{
  g_autofree char *date = values ? NULL : default_date (self->session);
  GtkWidget *group = adw_preferences_group_new ();
  const char *comment = values ? values[TIERS_FEEDBACK_COMMENT] : NULL;
  guint date_field = self->kind == TIERS_RECORD_RATING ? TIERS_RATING_DATE : TIERS_INCIDENT_DATE;

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), name);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
      _("Dates are written YYYY-MM-DD. A record counts in the period of its date."));
  add_entry (self, group, date_field, _("_Date"), values ? values[date_field] : date);
  switch (self->kind)
    {
    case TIERS_RECORD_INCIDENT:
      {
        g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);

        for (guint i = 0; i < G_N_ELEMENTS (severities); i++)
          gtk_string_list_append (list, severity_label (i));
        self->severity = adw_combo_row_new ();
        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->severity), _("_Severity"));
        adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->severity), TRUE);
        adw_action_row_set_subtitle (ADW_ACTION_ROW (self->severity),
                                     _("Minor counts 1, major 3, critical 10"));
        adw_combo_row_set_model (ADW_COMBO_ROW (self->severity), G_LIST_MODEL (list));
        for (guint i = 0; values && i < G_N_ELEMENTS (severities); i++)
          if (g_str_equal (values[TIERS_INCIDENT_SEVERITY], severities[i]))
            adw_combo_row_set_selected (ADW_COMBO_ROW (self->severity), i);
        adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->severity);
        add_entry (self, group, TIERS_INCIDENT_DESCRIPTION, _("D_escription"),
                   values ? values[TIERS_INCIDENT_DESCRIPTION] : NULL);
        break;
      }
    case TIERS_RECORD_FEEDBACK:
      add_entry (self, group, TIERS_FEEDBACK_RATING, _("_Rating, 1 to 5"),
                 values ? values[TIERS_FEEDBACK_RATING] : NULL);
      add_entry (self, group, TIERS_FEEDBACK_RESPONSE_HOURS, _("Response _hours (optional)"),
                 values ? values[TIERS_FEEDBACK_RESPONSE_HOURS] : NULL);
      add_entry (self, group, TIERS_FEEDBACK_COMMENT, _("C_omment"), comment);
      break;
    case TIERS_RECORD_RATING:
      add_entry (self, group, TIERS_RATING_EVALUATOR, _("_Evaluator"),
                 values ? values[TIERS_RATING_EVALUATOR] : NULL);
      if (values != NULL)
        {
          const TiersCriterion *criterion = tiers_scheme_find_criterion (self->scheme,
                                                                         self->criterion);
          g_autofree char *title = g_strdup_printf (_("%s, 0 to %g"),
              criterion ? tiers_criterion_get_display_name (criterion) : self->criterion,
              criterion ? tiers_criterion_rating_max (criterion) : 0.0);

          add_entry (self, group, TIERS_RATING_RATING, title, values[TIERS_RATING_RATING]);
          add_entry (self, group, TIERS_RATING_COMMENT, _("C_omment"),
                     values[TIERS_RATING_COMMENT]);
          break;
        }
      {
        GtkWidget *criteria = adw_preferences_group_new ();

        adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (criteria), _("Ratings"));
        adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (criteria),
            _("Rate the criteria you can judge; leave the others empty."));
        for (guint i = 0; i < self->criteria->len; i++)
          {
            const TiersCriterion *criterion =
                tiers_scheme_find_criterion (self->scheme, self->criteria->pdata[i]);
            g_autofree char *title = g_strdup_printf (_("%s, 0 to %g"),
                                                      tiers_criterion_get_display_name (criterion),
                                                      tiers_criterion_rating_max (criterion));

            add_entry (self, criteria, TIERS_RATING_RATING + i, title, NULL);
            gtk_widget_set_name (self->rows[TIERS_RATING_RATING + i], criterion->key);
          }
        /* The comment after the ratings it is about. */
        add_entry (self, criteria, TIERS_RATING_RATING + self->criteria->len, _("C_omment"),
                   NULL);
        adw_preferences_page_add (ADW_PREFERENCES_PAGE (self->form.page),
                                  ADW_PREFERENCES_GROUP (group));
        adw_preferences_page_add (ADW_PREFERENCES_PAGE (self->form.page),
                                  ADW_PREFERENCES_GROUP (criteria));
        return;
      }
    case TIERS_N_RECORD_KINDS:
    default:
      g_assert_not_reached ();
    }
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self->form.page),
                            ADW_PREFERENCES_GROUP (group));
}

static const char *
form_title (TiersRecordKind kind,
            gboolean        editing)
{
  switch (kind)
    {
    case TIERS_RECORD_INCIDENT:
      return editing ? _("Correct Incident") : _("Log Quality Incident");
    case TIERS_RECORD_FEEDBACK:
      return editing ? _("Correct Feedback") : _("Add Service Feedback");
    case TIERS_RECORD_RATING:
      return editing ? _("Correct Rating") : _("Add Ratings");
    case TIERS_N_RECORD_KINDS:
    default:
      g_assert_not_reached ();
    }
}

static TiersRecordForm *
form_new (GtkWidget       *parent,
          TiersSession    *session,
          TiersRecordKind  kind,
          gboolean         editing)
{
  TiersRecordForm *self = g_object_new (TIERS_TYPE_RECORD_FORM, NULL);
  const TiersScheme *scheme = tiers_session_get_scheme (session);

  self->session = g_object_ref (session);
  self->kind = kind;
  self->scheme = scheme ? tiers_scheme_copy (scheme) : tiers_scheme_new_default ();
  g_set_weak_pointer (&self->parent, parent);
  tiers_form_init (&self->form, ADW_WINDOW (self), parent, form_title (kind, editing),
                   editing ? _("_Save") : _("_Add"), G_CALLBACK (save), self);
  return self;
}

TiersRecordForm *
tiers_record_form_new_add (GtkWidget       *parent,
                           TiersSession    *session,
                           TiersRecordKind  kind,
                           const char      *code,
                           const char      *name)
{
  TiersRecordForm *self;

  g_return_val_if_fail (TIERS_IS_SESSION (session) && code != NULL, NULL);

  self = form_new (parent, session, kind, FALSE);
  self->code = g_strdup (code);
  if (kind == TIERS_RECORD_RATING)
    {
      self->criteria = g_ptr_array_new_with_free_func (g_free);
      for (guint i = 0; i < self->scheme->criteria->len; i++)
        {
          const TiersCriterion *criterion = g_ptr_array_index (self->scheme->criteria, i);

          if (criterion->indicator == TIERS_INDICATOR_MANUAL &&
              self->criteria->len < MAX_ROWS - TIERS_RATING_N_FIELDS)
            g_ptr_array_add (self->criteria, g_strdup (criterion->key));
        }
    }
  build (self, name ? name : code, NULL);
  tiers_form_add_message (&self->form);
  check (self);
  if (self->criteria != NULL)
    gtk_widget_grab_focus (self->rows[TIERS_RATING_EVALUATOR]);
  return self;
}

TiersRecordForm *
tiers_record_form_new_edit (GtkWidget         *parent,
                            TiersSession      *session,
                            const TiersRecord *record)
{
  TiersRecordForm *self;
  GtkWidget *group;

  g_return_val_if_fail (TIERS_IS_SESSION (session) && record != NULL, NULL);

  self = form_new (parent, session, record->kind, TRUE);
  self->id = record->id;
  self->code = g_strdup (record->values[0]);
  if (record->kind == TIERS_RECORD_RATING)
    self->criterion = g_strdup (record->values[TIERS_RATING_CRITERION]);
  build (self, record->values[0], (const char * const *) record->values);

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Correction"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
      _("Kept with who corrected it, when, and the values before and after."));
  self->reason = tiers_form_entry (_("_Reason (required)"), NULL);
  gtk_widget_set_name (self->reason, "reason");
  g_signal_connect (self->reason, "changed", G_CALLBACK (on_row_changed_cb), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->reason);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self->form.page),
                            ADW_PREFERENCES_GROUP (group));
  tiers_form_add_message (&self->form);
  check (self);
  return self;
}

static void
tiers_record_form_dispose (GObject *object)
{
  TiersRecordForm *self = TIERS_RECORD_FORM (object);

  g_clear_object (&self->session);
  g_clear_pointer (&self->scheme, tiers_scheme_free);
  g_clear_weak_pointer (&self->parent);
  g_clear_pointer (&self->code, g_free);
  g_clear_pointer (&self->criterion, g_free);
  g_clear_pointer (&self->criteria, g_ptr_array_unref);
  G_OBJECT_CLASS (tiers_record_form_parent_class)->dispose (object);
}

static void
tiers_record_form_class_init (TiersRecordFormClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = tiers_record_form_dispose;
}

static void
tiers_record_form_init (TiersRecordForm *self)
{
}

GtkWidget *
tiers_record_form_get_row (TiersRecordForm *self,
                           guint            field)
{
  g_return_val_if_fail (TIERS_IS_RECORD_FORM (self) && field < MAX_ROWS, NULL);
  return self->rows[field];
}

GtkWidget *
tiers_record_form_get_reason_row (TiersRecordForm *self)
{
  g_return_val_if_fail (TIERS_IS_RECORD_FORM (self), NULL);
  return self->reason;
}

GtkWidget *
tiers_record_form_get_save_button (TiersRecordForm *self)
{
  g_return_val_if_fail (TIERS_IS_RECORD_FORM (self), NULL);
  return self->form.save;
}

const char *
tiers_record_form_get_problem (TiersRecordForm *self)
{
  g_return_val_if_fail (TIERS_IS_RECORD_FORM (self), NULL);
  return gtk_label_get_text (self->form.message);
}
