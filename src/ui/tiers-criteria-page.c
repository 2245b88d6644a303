/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-criteria-page.c: the Criteria page. The edited scheme is a copy of the session's;
 * every field writes into it, then the page validates it, marks what is wrong and re-scores
 * the period's cached indicators in memory for the what-if. Edits of GraceDays or
 * QuantityTolerance change the indicators themselves: those are computed again in a thread,
 * and a generation counter drops answers to questions no longer asked. */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include <glib/gi18n.h>

#include "tiers-beside-box.h"
#include "tiers-criteria-jobs.h"
#include "tiers-criteria-page.h"
#include "tiers-criterion-editor.h"
#include "tiers-scheme-rules.h"
#include "tiers-what-if-view.h"

struct _TiersCriteriaPage
{
  GtkWidget          parent_instance;

  TiersSession      *session;
  GSignalGroup      *session_signals;
  TiersScheme       *stored;          /* the session's scheme when the editor was filled */
  TiersScheme       *edited;
  GPtrArray         *editors;         /* of TiersCriterionEditor, in scheme order */
  gboolean           filling;         /* setting fields from the scheme: not an edit */

  TiersWhatIfInput  *base;            /* the period's indicators for the stored scheme */
  TiersEvaluation   *base_now;        /* base graded with the stored scheme */
  TiersWhatIfInput  *edit_input;      /* indicators for the edit's GraceDays and tolerance */
  guint              generation;      /* of the indicator loads; older answers are dropped */
  GCancellable      *load_cancellable;
  gboolean           loading_base;
  gboolean           updating;        /* edit_input being computed, for these: */
  int                pending_grace_days;
  double             pending_tolerance;
  GCancellable      *apply_cancellable;

  AdwToastOverlay   *toasts;
  AdwPreferencesGroup *criteria_group;
  GtkButton         *add_button;
  GtkWidget         *grade_a_row;
  GtkWidget         *grade_b_row;
  GtkWidget         *grade_c_row;
  GtkSpinButton     *grade_a;
  GtkSpinButton     *grade_b;
  GtkSpinButton     *grade_c;
  GtkSpinButton     *min_receipts;
  GtkSpinButton     *grace_days;
  GtkSpinButton     *tolerance;
  GtkSpinButton     *smoothing;
  TiersWhatIfView   *what_if;
  GtkLabel          *status;
  GtkProgressBar    *progress;
  GtkButton         *cancel_button;
  GtkButton         *apply_button;
  GtkButton         *revert_button;
};

enum
{
  PROP_0,
  PROP_SESSION,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (TiersCriteriaPage, tiers_criteria_page, GTK_TYPE_WIDGET)

static void edited_changed (TiersCriteriaPage *self);
static void start_load (TiersCriteriaPage *self, gboolean base);

/* Busy is derived; notify only when it flips, so waiting tests see each transition. */
static void
set_flags (TiersCriteriaPage *self,
           gboolean           loading_base,
           gboolean           updating)
{
  gboolean was = tiers_criteria_page_get_busy (self);

  self->loading_base = loading_base;
  self->updating = updating;
  if (was != tiers_criteria_page_get_busy (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
on_editor_changed_cb (TiersCriterionEditor *editor,
                      TiersCriteriaPage    *self)
{
  edited_changed (self);
}

static void
update_positions (TiersCriteriaPage *self)
{
  for (guint i = 0; i < self->editors->len; i++)
    tiers_criterion_editor_set_position (self->editors->pdata[i], i, self->editors->len);
}

/* Puts the rows in the order of self->editors; AdwPreferencesGroup cannot insert at a
 * position, so they go out and in again (a handful of rows). */
static void
reorder_rows (TiersCriteriaPage *self)
{
  for (guint i = 0; i < self->editors->len; i++)
    {
      g_object_ref (self->editors->pdata[i]);
      adw_preferences_group_remove (self->criteria_group, self->editors->pdata[i]);
    }
  for (guint i = 0; i < self->editors->len; i++)
    {
      adw_preferences_group_add (self->criteria_group, self->editors->pdata[i]);
      g_object_unref (self->editors->pdata[i]);
    }
  update_positions (self);
}

static void on_editor_move_cb (TiersCriterionEditor *editor, int delta, TiersCriteriaPage *self);
static void on_editor_remove_cb (TiersCriterionEditor *editor, TiersCriteriaPage *self);

static TiersCriterionEditor *
add_editor (TiersCriteriaPage *self,
            TiersCriterion    *criterion)
{
  gboolean new_key = tiers_scheme_find_criterion (self->stored, criterion->key) == NULL;
  TiersCriterionEditor *editor = tiers_criterion_editor_new (criterion, new_key);

  g_signal_connect (editor, "changed", G_CALLBACK (on_editor_changed_cb), self);
  g_signal_connect (editor, "move", G_CALLBACK (on_editor_move_cb), self);
  g_signal_connect (editor, "remove", G_CALLBACK (on_editor_remove_cb), self);
  adw_preferences_group_add (self->criteria_group, GTK_WIDGET (editor));
  g_ptr_array_add (self->editors, editor);
  return editor;
}

static void
remove_editors (TiersCriteriaPage *self)
{
  for (guint i = 0; i < self->editors->len; i++)
    adw_preferences_group_remove (self->criteria_group, self->editors->pdata[i]);
  g_ptr_array_set_size (self->editors, 0);
}

/* Shows self->edited in every field. */
static void
fill_fields (TiersCriteriaPage *self)
{
  self->filling = TRUE;
  remove_editors (self);
  for (guint i = 0; i < self->edited->criteria->len; i++)
    add_editor (self, self->edited->criteria->pdata[i]);
  update_positions (self);
  gtk_spin_button_set_value (self->grade_a, self->edited->grade_a);
  gtk_spin_button_set_value (self->grade_b, self->edited->grade_b);
  gtk_spin_button_set_value (self->grade_c, self->edited->grade_c);
  gtk_spin_button_set_value (self->min_receipts, self->edited->min_receipts);
  gtk_spin_button_set_value (self->grace_days, self->edited->grace_days);
  gtk_spin_button_set_value (self->tolerance, self->edited->quantity_tolerance);
  gtk_spin_button_set_value (self->smoothing, self->edited->smoothing);
  self->filling = FALSE;
}

static void
on_scheme_field_changed_cb (GtkSpinButton     *spin,
                            TiersCriteriaPage *self)
{
  double value = gtk_spin_button_get_value (spin);

  if (self->filling || self->edited == NULL)
    return;
  if (spin == self->grade_a)
    self->edited->grade_a = value;
  else if (spin == self->grade_b)
    self->edited->grade_b = value;
  else if (spin == self->grade_c)
    self->edited->grade_c = value;
  else if (spin == self->min_receipts)
    self->edited->min_receipts = gtk_spin_button_get_value_as_int (spin);
  else if (spin == self->grace_days)
    self->edited->grace_days = gtk_spin_button_get_value_as_int (spin);
  else if (spin == self->tolerance)
    self->edited->quantity_tolerance = value;
  else if (spin == self->smoothing)
    self->edited->smoothing = value;
  edited_changed (self);
}

/* Marks ROW wrong when the scheme setting KEY breaks a rule, with the rule's reason. */
static gboolean
mark_setting (TiersCriteriaPage *self,
              GtkWidget         *row,
              const char        *key)
{
  g_autoptr(TiersSchemeProblem) problem = tiers_scheme_check_setting (self->edited, key);

  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), problem ? problem->reason : NULL);
  if (problem != NULL)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");
  return problem == NULL;
}

/* Marks every wrong field; the first problem the fields do not show goes to *problem. */
static gboolean
validate (TiersCriteriaPage *self,
          const char       **problem)
{
  g_autoptr(TiersSchemeProblem) unmarked = NULL;
  gboolean valid = TRUE;

  valid &= mark_setting (self, self->grade_a_row, "GradeA");
  valid &= mark_setting (self, self->grade_b_row, "GradeB");
  valid &= mark_setting (self, self->grade_c_row, "GradeC");
  for (guint i = 0; i < self->editors->len; i++)
    valid &= tiers_criterion_editor_validate (self->editors->pdata[i], self->edited);
  /* What no single field shows: no criterion at all, every weight 0. */
  *problem = NULL;
  if (valid && (unmarked = tiers_scheme_check (self->edited)) != NULL)
    {
      *problem = unmarked->reason;
      valid = FALSE;
    }
  return valid;
}

static void
update_shares (TiersCriteriaPage *self)
{
  double total = 0;

  for (guint i = 0; i < self->edited->criteria->len; i++)
    total += ((TiersCriterion *) self->edited->criteria->pdata[i])->weight;
  for (guint i = 0; i < self->editors->len; i++)
    {
      TiersCriterionEditor *editor = self->editors->pdata[i];
      double weight = tiers_criterion_editor_get_criterion (editor)->weight;

      tiers_criterion_editor_set_share (editor, total > 0 ? weight / total : -1);
    }
}

/* Grades INPUT with SCHEME as evaluate would: smoothing with the previous scores and, under
 * DowngradeAfter, the grades held in the previous period as SCHEME's thresholds read them. */
static TiersEvaluation *
grade_input (TiersWhatIfInput  *input,
             const TiersScheme *scheme,
             gint64             version)
{
  g_autofree TiersHeldGrade *held = NULL;

  if (scheme->downgrade_after > 1 && input->previous_record != NULL)
    held = tiers_scores_align_held (input->previous_record, input->set, scheme, NULL);
  return tiers_evaluation_new_held (input->set, scheme, version, input->previous, held);
}

static void
show_what_if (TiersCriteriaPage *self,
              TiersWhatIfInput  *input)
{
  TiersEvaluation *edited = grade_input (input, self->edited, 0);

  tiers_what_if_view_set_what_if (self->what_if, tiers_what_if_compare (self->base_now, edited),
                                  self->base->names);
}

/* Re-scores the edit from cached indicators, or asks for fresh ones when they cannot serve. */
static void
refresh_preview (TiersCriteriaPage *self,
                 gboolean           valid)
{
  if (self->session == NULL || tiers_session_get_period (self->session) == NULL)
    {
      tiers_what_if_view_set_state (self->what_if, TIERS_WHAT_IF_EMPTY);
      return;
    }
  if (self->base == NULL)
    {
      tiers_what_if_view_set_state (self->what_if, TIERS_WHAT_IF_LOADING);
      return;
    }
  if (!valid)
    {
      tiers_what_if_view_set_state (self->what_if, TIERS_WHAT_IF_INVALID);
      return;
    }
  if (!tiers_what_if_needs_indicators (self->base->set, self->edited))
    {
      show_what_if (self, self->base);
      return;
    }
  if (self->edit_input != NULL &&
      !tiers_what_if_needs_indicators (self->edit_input->set, self->edited))
    {
      show_what_if (self, self->edit_input);
      return;
    }
  tiers_what_if_view_set_state (self->what_if, TIERS_WHAT_IF_UPDATING);
  /* Weights edited while those indicators are computed do not start them again: the edit
   * in force when they land is scored then. */
  if (self->updating && self->pending_grace_days == self->edited->grace_days &&
      self->pending_tolerance == self->edited->quantity_tolerance)
    return;
  start_load (self, FALSE);
}

static gboolean
applying (TiersCriteriaPage *self)
{
  return self->apply_cancellable != NULL;
}

static void
edited_changed (TiersCriteriaPage *self)
{
  const char *problem = NULL;
  gboolean valid = validate (self, &problem);
  gboolean modified = tiers_criteria_page_get_modified (self);

  update_shares (self);
  gtk_widget_set_sensitive (GTK_WIDGET (self->apply_button), valid && modified &&
                            !applying (self));
  gtk_widget_set_sensitive (GTK_WIDGET (self->revert_button), modified && !applying (self));
  if (problem != NULL)
    gtk_label_set_text (self->status, problem);
  else if (!valid)
    gtk_label_set_text (self->status, _("Correct the marked fields to apply the criteria."));
  else if (modified)
    gtk_label_set_text (self->status, _("Edited, not applied yet"));
  else
    gtk_label_set_text (self->status, "");
  refresh_preview (self, valid);
}

static void
on_editor_move_cb (TiersCriterionEditor *editor,
                   int                   delta,
                   TiersCriteriaPage    *self)
{
  guint i, j;

  if (!g_ptr_array_find (self->editors, editor, &i) || (delta < 0 && i == 0) ||
      (delta > 0 && i + 1 >= self->editors->len))
    return;
  j = delta < 0 ? i - 1 : i + 1;
  /* The editors and the criteria they edit stay in the same order. */
  self->editors->pdata[i] = self->editors->pdata[j];
  self->editors->pdata[j] = editor;
  self->edited->criteria->pdata[i] = self->edited->criteria->pdata[j];
  self->edited->criteria->pdata[j] = tiers_criterion_editor_get_criterion (editor);
  reorder_rows (self);
  edited_changed (self);
}

static void
on_editor_remove_cb (TiersCriterionEditor *editor,
                     TiersCriteriaPage    *self)
{
  guint i;

  if (!g_ptr_array_find (self->editors, editor, &i))
    return;
  g_ptr_array_remove_index (self->editors, i);
  adw_preferences_group_remove (self->criteria_group, GTK_WIDGET (editor));
  g_ptr_array_remove_index (self->edited->criteria, i);   /* frees the criterion */
  update_positions (self);
  edited_changed (self);
}

static void
on_add_clicked_cb (GtkButton         *button,
                   TiersCriteriaPage *self)
{
  g_autofree char *key = NULL;
  TiersCriterion *criterion;
  TiersCriterionEditor *editor;

  for (guint n = self->edited->criteria->len + 1; key == NULL; n++)
    {
      key = g_strdup_printf ("criterion_%u", n);
      if (tiers_scheme_find_criterion (self->edited, key) != NULL)
        g_clear_pointer (&key, g_free);
    }
  criterion = tiers_criterion_new (key);
  g_free (criterion->name);
  criterion->name = g_strdup (_("New criterion"));
  /* Measured for every supplier with receipts: a new criterion does not make every grade
   * provisional before the manager has chosen what it scores. */
  criterion->dimension = TIERS_DIMENSION_DELIVERY;
  criterion->indicator = TIERS_INDICATOR_ON_TIME_RATE;
  criterion->method = TIERS_METHOD_LINEAR;
  criterion->best = 1;
  criterion->worst = 0.8;
  criterion->weight = 10;
  g_ptr_array_add (self->edited->criteria, criterion);
  editor = add_editor (self, criterion);
  update_positions (self);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (editor), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (tiers_criterion_editor_get_key (editor)));
  edited_changed (self);
}

static void
on_revert_clicked_cb (GtkButton         *button,
                      TiersCriteriaPage *self)
{
  g_clear_pointer (&self->edited, tiers_scheme_free);
  self->edited = tiers_scheme_copy (self->stored);
  fill_fields (self);
  edited_changed (self);
}

typedef struct
{
  TiersCriteriaPage *page;
  guint              generation;
  gboolean           base;
} LoadRequest;

static void
on_load_done (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  LoadRequest *request = user_data;
  TiersCriteriaPage *self = request->page;
  g_autoptr(GError) error = NULL;
  TiersWhatIfInput *input = tiers_what_if_input_load_finish (result, &error);

  if (request->generation != self->generation)
    {
      /* An answer to an older question: the period or the edit has moved on. */
      tiers_what_if_input_free (input);
    }
  else if (input == NULL)
    {
      set_flags (self, FALSE, FALSE);
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        adw_toast_overlay_add_toast (self->toasts, adw_toast_new (error->message));
      tiers_what_if_view_set_state (self->what_if, TIERS_WHAT_IF_EMPTY);
    }
  else if (request->base)
    {
      g_clear_pointer (&self->base, tiers_what_if_input_free);
      g_clear_pointer (&self->base_now, tiers_evaluation_free);
      self->base = input;
      self->base_now = grade_input (input, self->stored,
                                    tiers_session_get_scheme_version (self->session));
      set_flags (self, FALSE, FALSE);
      edited_changed (self);
    }
  else
    {
      g_clear_pointer (&self->edit_input, tiers_what_if_input_free);
      self->edit_input = input;
      set_flags (self, self->loading_base, FALSE);
      edited_changed (self);
    }
  g_object_unref (self);
  g_free (request);
}

/* BASE: the period's indicators for the stored scheme; else fresh ones for the edit. */
static void
start_load (TiersCriteriaPage *self,
            gboolean           base)
{
  const TiersPeriod *period = tiers_session_get_period (self->session);
  LoadRequest *request;

  if (self->load_cancellable != NULL)
    g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  self->generation++;
  if (base)
    {
      g_clear_pointer (&self->base, tiers_what_if_input_free);
      g_clear_pointer (&self->base_now, tiers_evaluation_free);
      g_clear_pointer (&self->edit_input, tiers_what_if_input_free);
    }
  if (period == NULL)
    {
      set_flags (self, FALSE, FALSE);
      return;
    }
  self->load_cancellable = g_cancellable_new ();
  request = g_new0 (LoadRequest, 1);
  request->page = g_object_ref (self);
  request->generation = self->generation;
  request->base = base;
  set_flags (self, base, !base);
  self->pending_grace_days = self->edited->grace_days;
  self->pending_tolerance = self->edited->quantity_tolerance;
  tiers_what_if_input_load_async (self->session, period,
                                  base ? self->stored : self->edited, !base,
                                  self->load_cancellable, on_load_done, request);
}

static void
reload_period (TiersCriteriaPage *self)
{
  const TiersPeriod *period = tiers_session_get_period (self->session);
  g_autofree char *label = period ? tiers_period_to_label (period) : NULL;

  tiers_what_if_view_set_period (self->what_if, label);
  start_load (self, TRUE);
  edited_changed (self);
}

/* The session's scheme changed (a new version): show it unless the user is editing. */
static void
reload_scheme (TiersCriteriaPage *self)
{
  gboolean modified = self->edited != NULL && tiers_criteria_page_get_modified (self);

  g_clear_pointer (&self->stored, tiers_scheme_free);
  self->stored = tiers_scheme_copy (tiers_session_get_scheme (self->session));
  /* Edits that are now the stored scheme (just applied) are refilled too, so a criterion
   * added in them shows its key as fixed from now on. */
  if (!modified || tiers_scheme_equal (self->edited, self->stored))
    {
      g_clear_pointer (&self->edited, tiers_scheme_free);
      self->edited = tiers_scheme_copy (self->stored);
      fill_fields (self);
    }
}

static void
on_session_period_cb (TiersSession      *session,
                      GParamSpec        *pspec,
                      TiersCriteriaPage *self)
{
  reload_period (self);
}

static void
on_session_scheme_version_cb (TiersSession      *session,
                              GParamSpec        *pspec,
                              TiersCriteriaPage *self)
{
  reload_scheme (self);
  edited_changed (self);
}

static void
on_session_data_changed_cb (TiersSession      *session,
                            TiersCriteriaPage *self)
{
  reload_period (self);
}

static void
on_apply_progress (double   fraction,
                   gpointer user_data)
{
  TiersCriteriaPage *self = user_data;

  if (self->progress != NULL)   /* NULL once disposed */
    gtk_progress_bar_set_fraction (self->progress, fraction);
}

static void
set_applying (TiersCriteriaPage *self,
              GCancellable      *cancellable)
{
  gboolean was = tiers_criteria_page_get_busy (self);

  g_clear_object (&self->apply_cancellable);
  self->apply_cancellable = cancellable ? g_object_ref (cancellable) : NULL;
  gtk_widget_set_visible (GTK_WIDGET (self->progress), cancellable != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->cancel_button), cancellable != NULL);
  gtk_progress_bar_set_fraction (self->progress, 0);
  if (cancellable != NULL)
    gtk_label_set_text (self->status, _("Grading the stored periods again…"));
  if (was != tiers_criteria_page_get_busy (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
on_apply_done (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  TiersCriteriaPage *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *number = NULL;
  guint regraded = 0;
  gboolean cancelled = FALSE;
  gint64 version = tiers_scheme_apply_finish (result, &regraded, &cancelled, &error);

  if (self->toasts == NULL)
    {
      /* Disposed meanwhile: the new version is stored; the next window shows it. */
      g_object_unref (self);
      return;
    }
  set_applying (self, NULL);
  /* The version goes in as text: a format macro inside a message hides it from xgettext. */
  number = g_strdup_printf ("%" G_GINT64_FORMAT, version);
  if (version == 0)
    message = g_strdup_printf (_("The criteria could not be applied: %s"), error->message);
  else if (cancelled)
    message = g_strdup_printf (_("Saved as scheme version %s; grading stopped, the other "
                                 "periods are graded when shown"), number);
  else
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "Saved as scheme version %s; %u stored period "
                                            "graded again",
                                            "Saved as scheme version %s; %u stored periods "
                                            "graded again", regraded),
                               number, regraded);
  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (message));
  if (version != 0 && self->session != NULL)
    tiers_session_data_changed (self->session);
  edited_changed (self);
  g_object_unref (self);
}

static void
on_apply_clicked_cb (GtkButton         *button,
                     TiersCriteriaPage *self)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  const char *author = g_get_real_name ();

  if (author == NULL || *author == '\0' || g_strcmp0 (author, "Unknown") == 0)
    author = g_get_user_name ();
  set_applying (self, cancellable);
  edited_changed (self);
  tiers_scheme_apply_async (self->session, self->edited,
                            author, on_apply_progress, cancellable, on_apply_done,
                            g_object_ref (self));
}

static void
on_cancel_clicked_cb (GtkButton         *button,
                      TiersCriteriaPage *self)
{
  if (self->apply_cancellable != NULL)
    g_cancellable_cancel (self->apply_cancellable);
}

TiersSession *
tiers_criteria_page_get_session (TiersCriteriaPage *self)
{
  g_return_val_if_fail (TIERS_IS_CRITERIA_PAGE (self), NULL);
  return self->session;
}

void
tiers_criteria_page_set_session (TiersCriteriaPage *self,
                                 TiersSession      *session)
{
  g_return_if_fail (TIERS_IS_CRITERIA_PAGE (self));
  g_return_if_fail (session == NULL || TIERS_IS_SESSION (session));

  if (self->session == session)
    return;
  g_set_object (&self->session, session);
  g_signal_group_set_target (self->session_signals, session);
  if (session != NULL)
    {
      g_clear_pointer (&self->edited, tiers_scheme_free);
      reload_scheme (self);
      reload_period (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

const TiersScheme *
tiers_criteria_page_get_edited (TiersCriteriaPage *self)
{
  g_return_val_if_fail (TIERS_IS_CRITERIA_PAGE (self), NULL);
  return self->edited;
}

gboolean
tiers_criteria_page_get_modified (TiersCriteriaPage *self)
{
  g_return_val_if_fail (TIERS_IS_CRITERIA_PAGE (self), FALSE);
  return self->edited != NULL && self->stored != NULL &&
         !tiers_scheme_equal (self->edited, self->stored);
}

TiersCriterionEditor *
tiers_criteria_page_get_editor (TiersCriteriaPage *self,
                                guint              index)
{
  g_return_val_if_fail (TIERS_IS_CRITERIA_PAGE (self), NULL);
  return index < self->editors->len ? self->editors->pdata[index] : NULL;
}

gboolean
tiers_criteria_page_get_busy (TiersCriteriaPage *self)
{
  g_return_val_if_fail (TIERS_IS_CRITERIA_PAGE (self), FALSE);
  return self->loading_base || self->updating || self->apply_cancellable != NULL;
}

GtkWidget *
tiers_criteria_page_new (TiersSession *session)
{
  return g_object_new (TIERS_TYPE_CRITERIA_PAGE, "session", session, NULL);
}

static void
tiers_criteria_page_dispose (GObject *object)
{
  TiersCriteriaPage *self = TIERS_CRITERIA_PAGE (object);
  GtkWidget *child;

  /* Whatever a task still returns is dropped: the widgets it would touch are gone. */
  self->generation++;
  if (self->load_cancellable != NULL)
    g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  if (self->apply_cancellable != NULL)
    g_cancellable_cancel (self->apply_cancellable);
  if (self->session_signals != NULL)
    g_signal_group_set_target (self->session_signals, NULL);
  g_clear_object (&self->session_signals);
  g_clear_object (&self->session);
  g_clear_pointer (&self->editors, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (object), TIERS_TYPE_CRITERIA_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (tiers_criteria_page_parent_class)->dispose (object);
}

static void
tiers_criteria_page_finalize (GObject *object)
{
  TiersCriteriaPage *self = TIERS_CRITERIA_PAGE (object);

  g_clear_pointer (&self->stored, tiers_scheme_free);
  g_clear_pointer (&self->edited, tiers_scheme_free);
  g_clear_pointer (&self->base_now, tiers_evaluation_free);
  g_clear_pointer (&self->base, tiers_what_if_input_free);
  g_clear_pointer (&self->edit_input, tiers_what_if_input_free);
  g_clear_object (&self->apply_cancellable);
  G_OBJECT_CLASS (tiers_criteria_page_parent_class)->finalize (object);
}

static void
tiers_criteria_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  TiersCriteriaPage *self = TIERS_CRITERIA_PAGE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_BUSY:
      g_value_set_boolean (value, tiers_criteria_page_get_busy (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tiers_criteria_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  TiersCriteriaPage *self = TIERS_CRITERIA_PAGE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      tiers_criteria_page_set_session (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tiers_criteria_page_class_init (TiersCriteriaPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tiers_criteria_page_dispose;
  object_class->finalize = tiers_criteria_page_finalize;
  object_class->get_property = tiers_criteria_page_get_property;
  object_class->set_property = tiers_criteria_page_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, TIERS_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (TIERS_TYPE_BESIDE_BOX);
  g_type_ensure (TIERS_TYPE_WHAT_IF_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/tiers-criteria-page.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, TiersCriteriaPage, name)
  BIND (toasts);
  BIND (criteria_group);
  BIND (add_button);
  BIND (grade_a_row);
  BIND (grade_b_row);
  BIND (grade_c_row);
  BIND (grade_a);
  BIND (grade_b);
  BIND (grade_c);
  BIND (min_receipts);
  BIND (grace_days);
  BIND (tolerance);
  BIND (smoothing);
  BIND (what_if);
  BIND (status);
  BIND (progress);
  BIND (cancel_button);
  BIND (apply_button);
  BIND (revert_button);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, on_scheme_field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_apply_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_revert_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
tiers_criteria_page_init (TiersCriteriaPage *self)
{
  self->editors = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  self->session_signals = g_signal_group_new (TIERS_TYPE_SESSION);
  g_signal_group_connect (self->session_signals, "notify::period",
                          G_CALLBACK (on_session_period_cb), self);
  g_signal_group_connect (self->session_signals, "notify::scheme-version",
                          G_CALLBACK (on_session_scheme_version_cb), self);
  g_signal_group_connect (self->session_signals, "data-changed",
                          G_CALLBACK (on_session_data_changed_cb), self);
}
