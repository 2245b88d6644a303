/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-scorecard.c: the scorecard widget, drawn from the session's model of the period: the
 * header, the criteria, the explanation of the change and the profile from its evaluations
 * at once, the score history when the session's history of the period lands. */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "tiers-audit.h"
#include "tiers-alternatives-view.h"
#include "tiers-chart.h"
#include "tiers-communication-view.h"
#include "tiers-conflicts-view.h"
#include "tiers-grade-badge.h"
#include "tiers-number.h"
#include "tiers-review-dialogs.h"
#include "tiers-scorecard.h"
#include "tiers-scorecard-data.h"
#include "tiers-scorecard-text.h"
#include "tiers-scorecard-print.h"
#include "tiers-chart-facts.h"
#include "tiers-store-notes.h"
#include "tiers-tier-actions.h"

/* A pause in typing this long saves the notes. */
#define NOTES_SAVE_DELAY_MS 800

struct _TiersScorecard
{
  GtkWidget            parent_instance;

  TiersSession        *session;
  GSignalGroup        *session_signals;
  TiersSupplierRecord *record;
  gboolean             loading;       /* the score history waits for the session's */

  char                *notes_code;    /* whose notes the buffer holds, NULL: none */
  gboolean             notes_dirty;
  guint                notes_timeout;
  gboolean             notes_loading; /* setting the buffer is not typing */

  GtkStack            *stack;
  TiersGradeBadge     *grade_badge;
  GtkLabel            *name_label;
  GtkLabel            *identity_label;
  GtkLabel            *contact_label;
  GtkLabel            *rank_label;
  GtkLabel            *band_label;
  GtkLabel            *adjusted_label;
  GtkLabel            *fairness_label;
  TiersConflictsView  *conflicts_view;
  TiersCommunicationView *communication_view;
  GtkLabel            *score_label;
  GtkLabel            *provisional_label;
  GtkLabel            *change_label;
  GtkListBox          *criteria_list;
  TiersAlternativesView *alternatives_view;
  TiersTierActions    *tier_actions;
  TiersChart          *profile_chart;
  TiersChart          *history_chart;
  GtkTextView         *notes_view;
};

G_DEFINE_FINAL_TYPE (TiersScorecard, tiers_scorecard, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_SUPPLIER,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void show_adjustment (TiersScorecard *self);

static void
set_loading (TiersScorecard *self,
             gboolean        loading)
{
  if (self->loading == loading)
    return;
  self->loading = loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

/* "CODE Name", as the charts title a supplier. */
static char *
supplier_title (TiersScorecard *self)
{
  return g_strdup_printf ("%s %s", tiers_supplier_record_get_code (self->record),
                          tiers_supplier_record_get_name (self->record));
}

/* What changed since the previous period, and the profile: the evaluations tell both. */
static void
show_change (TiersScorecard        *self,
             const TiersEvaluation *evaluation)
{
  const char *code = tiers_supplier_record_get_code (self->record);
  g_autoptr(TiersExplanation) explanation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *title = supplier_title (self);

  if (evaluation == NULL)
    {
      gtk_label_set_text (self->change_label, "");
      tiers_chart_clear (self->profile_chart);
      return;
    }
  explanation = tiers_explanation_new_borrowed (evaluation,
                                                tiers_session_get_previous_evaluation (self->session),
                                                code, &error);
  text = explanation != NULL ? tiers_describe_change (explanation) : g_strdup (error->message);
  gtk_label_set_text (self->change_label, text);
  tiers_chart_set_profile (self->profile_chart,
                           tiers_chart_facts_profile (&evaluation->period, evaluation, code,
                                                      title));
}

static void
show_history (TiersScorecard *self)
{
  const GArray *periods = NULL;
  const TiersPeriodGrades * const *history = NULL;
  g_autofree char *title = NULL;

  if (self->record == NULL || self->session == NULL)
    return;
  history = tiers_session_get_history (self->session, &periods);
  set_loading (self, history == NULL && tiers_session_get_evaluation (self->session) != NULL);
  if (history == NULL)
    {
      tiers_chart_clear (self->history_chart);
      return;
    }
  title = supplier_title (self);
  tiers_chart_set_history (self->history_chart,
                           tiers_chart_facts_history (periods, history,
                                                      tiers_supplier_record_get_code (self->record),
                                                      title,
                                                      tiers_session_get_scheme (self->session)));
}

static void show_tier_actions (TiersScorecard *self);

static void
on_session_review_cb (TiersSession   *session,
                      GParamSpec     *pspec,
                      TiersScorecard *self)
{
  if (self->record != NULL)
    {
      tiers_grade_badge_set_grade (self->grade_badge,
                                   tiers_supplier_record_get_grade (self->record));
      show_adjustment (self);
      /* An adjusted grade has the strategy of its own tier. */
      show_tier_actions (self);
    }
}

static void
on_session_history_cb (TiersSession   *session,
                       GParamSpec     *pspec,
                       TiersScorecard *self)
{
  show_history (self);
}

/* --- notes --- */

static void
report_notes_error (TiersScorecard *self,
                    const GError   *error)
{
  g_autofree char *text = g_strdup_printf (_("The notes could not be saved: %s"),
                                           error->message);

  /* The text stays in the view and is saved with the next change. */
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->notes_view), text);
  gtk_widget_add_css_class (GTK_WIDGET (self->notes_view), "error");
  g_warning ("%s", text);
}

void
tiers_scorecard_save_notes (TiersScorecard *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_if_fail (TIERS_IS_SCORECARD (self));

  g_clear_handle_id (&self->notes_timeout, g_source_remove);
  if (!self->notes_dirty || self->notes_code == NULL || self->session == NULL)
    return;
  buffer = gtk_text_view_get_buffer (self->notes_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (!tiers_store_save_note (tiers_session_get_store (self->session), self->notes_code, text,
                              &error))
    {
      report_notes_error (self, error);
      return;
    }
  self->notes_dirty = FALSE;
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->notes_view), NULL);
  gtk_widget_remove_css_class (GTK_WIDGET (self->notes_view), "error");
}

static gboolean
on_notes_timeout_cb (gpointer user_data)
{
  TiersScorecard *self = user_data;

  self->notes_timeout = 0;
  tiers_scorecard_save_notes (self);
  return G_SOURCE_REMOVE;
}

static void
on_notes_changed_cb (GtkTextBuffer  *buffer,
                     TiersScorecard *self)
{
  if (self->notes_loading)
    return;
  self->notes_dirty = TRUE;
  g_clear_handle_id (&self->notes_timeout, g_source_remove);
  self->notes_timeout = g_timeout_add (NOTES_SAVE_DELAY_MS, on_notes_timeout_cb, self);
}

static void
on_notes_focus_leave_cb (GtkEventControllerFocus *controller,
                         TiersScorecard          *self)
{
  tiers_scorecard_save_notes (self);
}

static void
load_notes (TiersScorecard *self,
            const char     *code)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (g_strcmp0 (self->notes_code, code) == 0)
    return;  /* the same supplier again: keep what is being typed */
  tiers_scorecard_save_notes (self);
  g_free (self->notes_code);
  self->notes_code = g_strdup (code);
  if (code != NULL)
    text = tiers_store_load_note (tiers_session_get_store (self->session), code, &error);
  if (error != NULL)
    g_warning ("Cannot read the notes of %s: %s", code, error->message);
  self->notes_loading = TRUE;
  gtk_text_buffer_set_text (buffer, text != NULL ? text : "", -1);
  self->notes_loading = FALSE;
  self->notes_dirty = FALSE;
  /* Without a stored supplier there is nowhere to keep notes. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->notes_view), text != NULL);
}

/* --- header and criteria --- */

/* "Adjusted to B from C by alice on …: reason. Comment": the grade a manager set over the
 * computed one stands on the badge, the computed one in this line. */
static void
show_adjustment (TiersScorecard *self)
{
  const TiersPeriodReview *review = tiers_session_get_review (self->session);
  const char *code = tiers_supplier_record_get_code (self->record);
  const TiersOverride *adjusted = review ? g_hash_table_lookup (review->overrides, code) : NULL;
  TiersGrade computed = tiers_supplier_record_get_grade (self->record);
  g_autofree char *text = NULL;
  g_autofree char *when = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->adjusted_label), adjusted != NULL);
  if (adjusted == NULL)
    return;
  tiers_grade_badge_set_grade (self->grade_badge, adjusted->grade);
  when = tiers_format_moment (adjusted->set_at);
  /* Translators: e.g. "Adjusted to B from C by alice on 2026-12-07T10:00:00+01:00: An event
   * outside the supplier’s control. Strike at the port." */
  text = g_strdup_printf (_("Adjusted to %s from %s by %s on %s: %s. %s"),
                          tiers_grade_to_string (adjusted->grade),
                          computed == TIERS_GRADE_NONE ? "–" : tiers_grade_to_string (computed),
                          adjusted->set_by, when,
                          tiers_review_reason_label (adjusted->reason), adjusted->comment);
  gtk_label_set_text (self->adjusted_label, text);
}

/* What keeps the grade fair: a grade held while the score is below it, ratings left out for
 * a conflict of interest. */
static void
show_fairness (TiersScorecard            *self,
               const TiersEvaluation     *evaluation,
               const TiersSupplierResult *result)
{
  g_autofree char *at_risk = NULL;
  g_autofree char *excluded = NULL;
  g_autofree char *text = NULL;

  if (result != NULL)
    {
      at_risk = tiers_describe_at_risk (evaluation, result);
      excluded = tiers_describe_excluded_ratings (evaluation, result->supplier->code);
    }
  text = at_risk != NULL && excluded != NULL ? g_strconcat (at_risk, " ", excluded, NULL)
       : g_strdup (at_risk != NULL ? at_risk : excluded);
  gtk_label_set_text (self->fairness_label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->fairness_label), text != NULL);
}

static void
fill_header (TiersScorecard            *self,
             const TiersEvaluation     *evaluation,
             const TiersSupplierResult *result)
{
  TiersSupplierRecord *record = self->record;
  const char *contact_parts[4] = { NULL };
  g_autofree char *identity = NULL;
  g_autofree char *contact = NULL;
  g_autofree char *provisional = NULL;
  g_autofree char *rank = NULL;
  g_autofree char *band = NULL;
  g_autofree char *score = NULL;
  guint n = 0, position, of;

  gtk_label_set_text (self->name_label, tiers_supplier_record_get_name (record));
  /* Translators: a supplier's code and category, e.g. "FST-0001 · Fasteners" */
  identity = g_strdup_printf (_("%s · %s"), tiers_supplier_record_get_code (record),
                              tiers_supplier_record_get_category (record));
  gtk_label_set_text (self->identity_label, identity);
  if (tiers_supplier_record_get_contact (record) != NULL)
    contact_parts[n++] = tiers_supplier_record_get_contact (record);
  if (tiers_supplier_record_get_email (record) != NULL)
    contact_parts[n++] = tiers_supplier_record_get_email (record);
  if (tiers_supplier_record_get_phone (record) != NULL)
    contact_parts[n++] = tiers_supplier_record_get_phone (record);
  contact = g_strjoinv (" · ", (char **) contact_parts);
  gtk_label_set_text (self->contact_label, contact);
  gtk_widget_set_visible (GTK_WIDGET (self->contact_label), n > 0);

  tiers_grade_badge_set_grade (self->grade_badge, tiers_supplier_record_get_grade (record));
  show_adjustment (self);
  if (tiers_supplier_record_get_has_score (record))
    score = g_strdup_printf ("%.2f", tiers_supplier_record_get_score (record));
  gtk_label_set_text (self->score_label, score != NULL ? score : "–");
  if (result != NULL && tiers_evaluation_rank_in_category (evaluation, result, &position, &of))
    rank = tiers_format_rank (position, of, tiers_supplier_record_get_category (record));
  gtk_label_set_text (self->rank_label, rank != NULL ? rank : "");
  gtk_widget_set_visible (GTK_WIDGET (self->rank_label), rank != NULL);
  if (result != NULL && result->graded)
    band = tiers_describe_grade_band (evaluation->scheme, result->grade);
  gtk_label_set_text (self->band_label, band != NULL ? band : "");
  gtk_widget_set_visible (GTK_WIDGET (self->band_label), band != NULL);
  if (result != NULL)
    provisional = tiers_describe_provisional (evaluation, result);
  gtk_label_set_text (self->provisional_label, provisional != NULL ? provisional : "");
  gtk_widget_set_visible (GTK_WIDGET (self->provisional_label), provisional != NULL);
  show_fairness (self, evaluation, result);
}

static GtkWidget *
criterion_row (const TiersCriterion       *criterion,
               const TiersCriterionResult *criterion_result)
{
  const TiersIndicatorValue *value = &criterion_result->indicator;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *score = gtk_label_new (NULL);
  GtkWidget *points = gtk_label_new (NULL);
  g_autofree char *value_text = tiers_format_indicator_value (criterion, value);
  g_autofree char *sample_text = tiers_format_sample (criterion, value->sample);
  g_autofree char *subtitle = NULL;
  g_autofree char *score_text = NULL;
  g_autofree char *points_text = NULL;

  /* A criterion's name comes from the scheme file, as written. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 tiers_criterion_get_display_name (criterion));
  if (value->has_value)
    {
      /* Translators: a criterion's value, its sample and its share of the weight, e.g.
       * "92.0 % · 23 receipts · weight 30.0 %" */
      subtitle = g_strdup_printf (_("%s · %s · weight %.1f %%"), value_text, sample_text,
                                  criterion_result->weight_share * 100);
      score_text = g_strdup_printf ("%.2f", tiers_round2 (criterion_result->score));
      /* Translators: what a criterion adds to the total score */
      points_text = g_strdup_printf (_("+%.2f points"), criterion_result->points);
    }
  else
    {
      subtitle = g_strdup (_("No data in this period: left out of the score"));
      score_text = g_strdup ("–");
      points_text = g_strdup ("");
    }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_label_set_text (GTK_LABEL (score), score_text);
  gtk_label_set_xalign (GTK_LABEL (score), 1);
  gtk_widget_add_css_class (score, "heading");
  gtk_widget_add_css_class (score, "numeric");
  gtk_widget_set_tooltip_text (score, _("Score out of 100"));
  gtk_label_set_text (GTK_LABEL (points), points_text);
  gtk_label_set_xalign (GTK_LABEL (points), 1);
  gtk_widget_add_css_class (points, "caption");
  gtk_widget_add_css_class (points, "dim-label");
  gtk_widget_add_css_class (points, "numeric");
  gtk_box_append (GTK_BOX (box), score);
  gtk_box_append (GTK_BOX (box), points);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);
  return row;
}

static void
fill_criteria (TiersScorecard            *self,
               const TiersEvaluation     *evaluation,
               const TiersSupplierResult *result)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->criteria_list))) != NULL)
    gtk_list_box_remove (self->criteria_list, child);
  if (result == NULL)
    return;
  for (guint c = 0; c < evaluation->scheme->criteria->len; c++)
    gtk_list_box_append (self->criteria_list,
                         criterion_row (g_ptr_array_index (evaluation->scheme->criteria, c),
                                        &result->criteria[c]));
}

static void
show_tier_actions (TiersScorecard *self)
{
  tiers_tier_actions_show (self->tier_actions, self->session,
                           tiers_supplier_record_get_code (self->record),
                           tiers_supplier_record_get_name (self->record),
                           tiers_supplier_record_get_shown_grade (self->record));
}

static void
show_record (TiersScorecard *self)
{
  const TiersEvaluation *evaluation;
  const TiersSupplierResult *result = NULL;

  if (self->record == NULL || self->session == NULL)
    {
      set_loading (self, FALSE);
      load_notes (self, NULL);
      tiers_alternatives_view_set_supplier (self->alternatives_view, NULL);
      tiers_conflicts_view_show (self->conflicts_view, self->session, NULL, NULL);
      tiers_communication_view_show (self->communication_view, self->session, NULL, NULL, NULL);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  tiers_alternatives_view_set_supplier (self->alternatives_view,
                                        tiers_supplier_record_get_code (self->record));
  evaluation = tiers_session_get_evaluation (self->session);
  if (evaluation != NULL)
    result = tiers_evaluation_find (evaluation, tiers_supplier_record_get_code (self->record));
  fill_header (self, evaluation, result);
  fill_criteria (self, evaluation, result);
  load_notes (self, tiers_supplier_record_get_code (self->record));
  show_tier_actions (self);
  gtk_stack_set_visible_child_name (self->stack, "card");
  tiers_conflicts_view_show (self->conflicts_view, self->session,
                             tiers_supplier_record_get_code (self->record),
                             tiers_supplier_record_get_name (self->record));
  tiers_communication_view_show (self->communication_view, self->session,
                                 tiers_supplier_record_get_code (self->record),
                                 tiers_supplier_record_get_name (self->record),
                                 tiers_supplier_record_get_contact (self->record));
  show_change (self, evaluation);
  show_history (self);
}

/* The History window, showing this supplier's own changes (win.show-history). */
static void
tiers_scorecard_show_history_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  TiersScorecard *self = TIERS_SCORECARD (widget);
  g_autofree char *object = NULL;

  if (self->record == NULL)
    return;
  object = tiers_audit_supplier_object (tiers_supplier_record_get_code (self->record));
  gtk_widget_activate_action (widget, "win.show-history", "s", object);
}

/* The scorecard's own supplier, as a batch of one. */
static GPtrArray *
own_codes (TiersScorecard *self)
{
  GPtrArray *codes = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (codes, g_strdup (tiers_supplier_record_get_code (self->record)));
  return codes;
}

static void
on_printed_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!tiers_scorecard_print_finish (result, &error))
    {
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (source),
                                                  _("Cannot Print the Scorecard"),
                                                  error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
}

static void
tiers_scorecard_print_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  TiersScorecard *self = TIERS_SCORECARD (widget);
  g_autoptr(GPtrArray) codes = NULL;

  if (self->record == NULL || self->session == NULL)
    return;
  codes = own_codes (self);
  tiers_scorecard_print (GTK_WINDOW (gtk_widget_get_root (widget)), self->session, codes, NULL,
                         NULL, on_printed_cb, NULL);
}

static void
tiers_scorecard_export_pdf_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  TiersScorecard *self = TIERS_SCORECARD (widget);
  g_autoptr(GPtrArray) codes = NULL;

  if (self->record == NULL || self->session == NULL)
    return;
  codes = own_codes (self);
  tiers_scorecard_export_pdf (GTK_WINDOW (gtk_widget_get_root (widget)), self->session, codes);
}

/* --- the class --- */

static void
tiers_scorecard_dispose (GObject *object)
{
  TiersScorecard *self = TIERS_SCORECARD (object);

  /* Closing the window must not lose what was typed in the last moment. */
  tiers_scorecard_save_notes (self);
  g_clear_handle_id (&self->notes_timeout, g_source_remove);
  if (self->session_signals != NULL)
    g_signal_group_set_target (self->session_signals, NULL);
  g_clear_object (&self->session_signals);
  g_clear_object (&self->record);
  g_clear_object (&self->session);
  g_clear_pointer (&self->notes_code, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), TIERS_TYPE_SCORECARD);
  G_OBJECT_CLASS (tiers_scorecard_parent_class)->dispose (object);
}

static void
tiers_scorecard_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TiersScorecard *self = TIERS_SCORECARD (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_SUPPLIER:
      g_value_set_object (value, self->record);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tiers_scorecard_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  TiersScorecard *self = TIERS_SCORECARD (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      tiers_scorecard_set_session (self, g_value_get_object (value));
      break;
    case PROP_SUPPLIER:
      tiers_scorecard_set_supplier (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tiers_scorecard_class_init (TiersScorecardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tiers_scorecard_dispose;
  object_class->get_property = tiers_scorecard_get_property;
  object_class->set_property = tiers_scorecard_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, TIERS_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUPPLIER] =
    g_param_spec_object ("supplier", NULL, NULL, TIERS_TYPE_SUPPLIER_RECORD,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (TIERS_TYPE_ALTERNATIVES_VIEW);
  g_type_ensure (TIERS_TYPE_CHART);
  g_type_ensure (TIERS_TYPE_COMMUNICATION_VIEW);
  g_type_ensure (TIERS_TYPE_CONFLICTS_VIEW);
  g_type_ensure (TIERS_TYPE_GRADE_BADGE);
  g_type_ensure (TIERS_TYPE_TIER_ACTIONS);
  gtk_widget_class_set_template_from_resource (widget_class,
      "/io/github/suppliertiers/SupplierTiers/tiers-scorecard.ui");
  gtk_widget_class_bind_template_child (widget_class, TiersScorecard, stack);
  gtk_widget_class_bind_template_child (widget_class, TiersScorecard, grade_badge);
  gtk_widget_class_bind_template_child (widget_class, TiersScorecard, name_label);
  gtk_widget_class_bind_template_child (widget_class, TiersScorecard, identity_label);
  gtk_widget_class_bind_template_child (widget_class, TiersScorecard, contact_label);
  gtk_widget_class_bind_template_child (widget_class, TiersScorecard, rank_label);
  gtk_widget_class_bind_template_child (widget_class, TiersScorecard, band_label);
  gtk_widget_class_bind_template_child (widget_class, TiersScorecard, adjusted_label);
  gtk_widget_class_bind_template_child (widget_class, TiersScorecard, fairness_label);
  gtk_widget_class_bind_template_child (widget_class, TiersScorecard, conflicts_view);
  gtk_widget_class_bind_template_child (widget_class, TiersScorecard, communication_view);
  gtk_widget_class_install_action (widget_class, "scorecard.print", NULL,
                                   tiers_scorecard_print_action);
  gtk_widget_class_install_action (widget_class, "scorecard.export-pdf", NULL,
                                   tiers_scorecard_export_pdf_action);
  _tiers_scorecard_class_actions_init_data (widget_class);
  gtk_widget_class_install_action (widget_class, "scorecard.show-history", NULL,
                                   tiers_scorecard_show_history_action);
  gtk_widget_class_bind_template_child (widget_class, TiersScorecard, score_label);
  gtk_widget_class_bind_template_child (widget_class, TiersScorecard, provisional_label);
  gtk_widget_class_bind_template_child (widget_class, TiersScorecard, change_label);
  gtk_widget_class_bind_template_child (widget_class, TiersScorecard, criteria_list);
  gtk_widget_class_bind_template_child (widget_class, TiersScorecard, alternatives_view);
  gtk_widget_class_bind_template_child (widget_class, TiersScorecard, tier_actions);
  gtk_widget_class_bind_template_child (widget_class, TiersScorecard, profile_chart);
  gtk_widget_class_bind_template_child (widget_class, TiersScorecard, history_chart);
  gtk_widget_class_bind_template_child (widget_class, TiersScorecard, notes_view);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
tiers_scorecard_init (TiersScorecard *self)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->session_signals = g_signal_group_new (TIERS_TYPE_SESSION);
  g_signal_group_connect (self->session_signals, "notify::history",
                          G_CALLBACK (on_session_history_cb), self);
  g_signal_group_connect (self->session_signals, "notify::review",
                          G_CALLBACK (on_session_review_cb), self);
  g_signal_connect (gtk_text_view_get_buffer (self->notes_view), "changed",
                    G_CALLBACK (on_notes_changed_cb), self);
  g_signal_connect (focus, "leave", G_CALLBACK (on_notes_focus_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->notes_view), focus);
}

GtkWidget *
tiers_scorecard_new (void)
{
  return g_object_new (TIERS_TYPE_SCORECARD, NULL);
}

TiersSession *
tiers_scorecard_get_session (TiersScorecard *self)
{
  g_return_val_if_fail (TIERS_IS_SCORECARD (self), NULL);
  return self->session;
}

void
tiers_scorecard_set_session (TiersScorecard *self,
                             TiersSession   *session)
{
  g_return_if_fail (TIERS_IS_SCORECARD (self));
  g_return_if_fail (session == NULL || TIERS_IS_SESSION (session));

  if (self->session == session)
    return;
  tiers_scorecard_set_supplier (self, NULL);
  g_set_object (&self->session, session);
  g_signal_group_set_target (self->session_signals, session);
  tiers_alternatives_view_set_session (self->alternatives_view, session);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

TiersSupplierRecord *
tiers_scorecard_get_supplier (TiersScorecard *self)
{
  g_return_val_if_fail (TIERS_IS_SCORECARD (self), NULL);
  return self->record;
}

void
tiers_scorecard_set_supplier (TiersScorecard      *self,
                              TiersSupplierRecord *record)
{
  g_return_if_fail (TIERS_IS_SCORECARD (self));
  g_return_if_fail (record == NULL || TIERS_IS_SUPPLIER_RECORD (record));

  if (self->record == record)
    return;
  g_set_object (&self->record, record);
  show_record (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUPPLIER]);
}

gboolean
tiers_scorecard_get_loading (TiersScorecard *self)
{
  g_return_val_if_fail (TIERS_IS_SCORECARD (self), FALSE);
  return self->loading;
}
