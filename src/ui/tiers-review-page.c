/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-review-page.c: the Review page, drawn from the session's model of the period: the
 * movers from its two evaluations (tiers_review_movers), the names from its details, the
 * marks, adjustments and the period's state from its review. Every change goes through
 * tiers_session_change_review_async, and the page redraws from the review it gets back. */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "tiers-chart.h"
#include "tiers-chart-facts.h"
#include "tiers-grade-badge.h"
#include "tiers-review-dialogs.h"
#include "tiers-review-page.h"
#include "tiers-store-scorecard.h"
#include "tiers-scorecard-text.h"
#include "tiers-store-review.h"
#include "tiers-replacement-flags.h"
#include "tiers-suppliers-page.h"

/* Rows a group shows before "Show All": enough for a review, few enough to stay quick at
 * thousands of suppliers. */
#define ROWS_SHOWN 50
#define N_STATUSES (TIERS_REVIEW_STAYED_LOW + 1)

struct _TiersReviewPage
{
  GtkWidget          parent_instance;

  TiersSession      *session;
  GSignalGroup      *session_signals;
  GArray            *movers;        /* of TiersMover, borrowing the session's evaluations:
                                     * let go whenever they change */
  gboolean           stale;         /* hidden when the model changed: update when shown */
  GHashTable        *rows;          /* supplier code -> row widget (borrowed) */
  GHashTable        *flags;         /* flagged for replacement: code -> TiersReplaceReason */
  gboolean           expanded[N_STATUSES];
  guint              n_to_review;

  GtkStack          *stack;
  AdwStatusPage     *empty_page;
  GtkLabel          *title_label;
  GtkLabel          *state_label;
  GtkLabel          *objections_label;
  GtkSpinButton     *margin_spin;
  GtkButton         *finalize_button;
  GtkButton         *reopen_button;
  TiersChart        *chart;
  GtkBox            *groups_box;
};

G_DEFINE_FINAL_TYPE (TiersReviewPage, tiers_review_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

enum {
  SHOW_SUPPLIERS,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void update (TiersReviewPage *self);

/* --- what a row says --- */

static const char *
status_title (TiersReviewStatus status)
{
  switch (status)
    {
    case TIERS_REVIEW_UPGRADED: return _("Upgraded");
    case TIERS_REVIEW_DOWNGRADED: return _("Downgraded");
    case TIERS_REVIEW_NEW: return _("Newly Graded");
    case TIERS_REVIEW_UNGRADED: return _("No Longer Graded");
    case TIERS_REVIEW_STAYED_LOW:
    default: return _("Stayed in C or D");
    }
}

static const char *
status_description (TiersReviewStatus status)
{
  switch (status)
    {
    case TIERS_REVIEW_UPGRADED: return _("A better grade than in the previous period.");
    case TIERS_REVIEW_DOWNGRADED: return _("A worse grade than in the previous period.");
    case TIERS_REVIEW_NEW: return _("Graded now, not graded in the previous period.");
    case TIERS_REVIEW_UNGRADED: return _("Graded in the previous period, not graded now.");
    case TIERS_REVIEW_STAYED_LOW:
    default: return _("The same grade C or D as in the previous period: they need a plan.");
    }
}

static gboolean
is_mover (const TiersMover *mover)
{
  return mover->status != TIERS_REVIEW_STAYED_LOW;
}

static double
threshold_of (const TiersScheme *scheme,
              TiersGrade         grade)
{
  switch (grade)
    {
    case TIERS_GRADE_A: return scheme->grade_a;
    case TIERS_GRADE_B: return scheme->grade_b;
    case TIERS_GRADE_C: return scheme->grade_c;
    case TIERS_GRADE_D:
    case TIERS_GRADE_NONE:
    default: return 0;
    }
}

/* Whether the score crossed the line between its two grades by less than MARGIN points. */
static gboolean
close_to_the_line (const TiersMover  *mover,
                   const TiersScheme *scheme,
                   double             margin)
{
  double distance;

  if (mover->status == TIERS_REVIEW_UPGRADED)
    distance = mover->score - threshold_of (scheme, mover->grade);
  else if (mover->status == TIERS_REVIEW_DOWNGRADED)
    distance = threshold_of (scheme, mover->previous_grade) - mover->score;
  else
    return FALSE;
  return distance >= 0 && distance < margin;
}

static const char *
supplier_name (TiersReviewPage *self,
               const char      *code)
{
  const GPtrArray *details = tiers_session_get_details (self->session);
  const TiersSupplierDetails *row = details ? tiers_supplier_details_find (details, code) : NULL;

  return row != NULL ? row->name : "";
}

static const char *
criterion_name (const TiersEvaluation *evaluation,
                const char            *key)
{
  const TiersCriterion *criterion = tiers_scheme_find_criterion (evaluation->scheme, key);

  return criterion != NULL ? tiers_criterion_get_display_name (criterion) : key;
}

static char *
score_text (gboolean has_score,
            double   score)
{
  return has_score ? g_strdup_printf ("%.2f", score) : g_strdup ("–");
}

/* "82.10 → 91.30 (+9.20) · On-time delivery +6.10 points" */
static char *
mover_subtitle (const TiersMover      *mover,
                const TiersEvaluation *evaluation)
{
  g_autofree char *before = score_text (mover->has_previous_score, mover->previous_score);
  g_autofree char *after = score_text (mover->has_score, mover->score);
  g_autoptr(GString) text = g_string_new (NULL);

  /* Translators: a score before and after, e.g. "82.10 → 91.30" */
  g_string_append_printf (text, _("%s → %s"), before, after);
  if (mover->has_change)
    g_string_append_printf (text, " (%+.2f)", mover->change);
  if (mover->top_criterion != NULL)
    /* Translators: the criterion that moved the total most, e.g. " · On-time delivery +6.10
     * points" */
    g_string_append_printf (text, _(" · %s %+.2f points"),
                            criterion_name (evaluation, mover->top_criterion),
                            mover->top_points);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* --- rows --- */

static GtkWidget *
grade_pair (const TiersMover *mover)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *arrow = gtk_label_new ("→");

  gtk_widget_add_css_class (arrow, "dim-label");
  gtk_box_append (GTK_BOX (box), tiers_grade_badge_new (mover->previous_grade));
  gtk_box_append (GTK_BOX (box), arrow);
  gtk_box_append (GTK_BOX (box), tiers_grade_badge_new (mover->grade));
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  return box;
}

static GtkWidget *
tag_label (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, css_class);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  return label;
}

static GMenuModel *
row_menu (const char *code,
          gboolean    adjusted)
{
  GMenu *menu = g_menu_new ();
  GVariant *target = g_variant_new_string (code);

  g_menu_append_item (menu, g_menu_item_new (NULL, NULL));
  g_menu_remove (menu, 0);
#define ADD_ITEM(label, action) \
  G_STMT_START { \
    g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL); \
    g_menu_item_set_action_and_target_value (item, action, target); \
    g_menu_append_item (menu, item); \
  } G_STMT_END
  g_variant_ref_sink (target);
  ADD_ITEM (_("Mark Reviewed with a _Comment…"), "review.comment");
  ADD_ITEM (_("_Adjust Grade…"), "review.adjust");
  if (adjusted)
    ADD_ITEM (_("_Withdraw Adjustment"), "review.withdraw");
  ADD_ITEM (_("Show _Supplier"), "review.show-supplier");
#undef ADD_ITEM
  g_variant_unref (target);
  return G_MENU_MODEL (menu);
}

static void
on_reviewed_toggled_cb (GtkCheckButton  *check,
                        TiersReviewPage *self)
{
  const char *code = g_object_get_data (G_OBJECT (check), "code");
  gboolean active = gtk_check_button_get_active (check);

  gtk_widget_activate_action (GTK_WIDGET (self), active ? "review.mark" : "review.unmark",
                              "s", code);
}

static GtkWidget *
mover_row (TiersReviewPage       *self,
           const TiersMover      *mover,
           const TiersEvaluation *evaluation,
           const TiersPeriodReview *review)
{
  const char *code = mover->supplier_code;
  const TiersOverride *override = review ? g_hash_table_lookup (review->overrides, code) : NULL;
  const TiersReviewMark *mark = review ? g_hash_table_lookup (review->marks, code) : NULL;
  gboolean draft = review != NULL && !review->finalized;
  g_autofree char *title = g_strdup_printf ("%s  %s", code, supplier_name (self, code));
  g_autofree char *subtitle = mover_subtitle (mover, evaluation);
  g_autoptr(GMenuModel) menu = row_menu (code, override != NULL);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *more = gtk_menu_button_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), grade_pair (mover));
  if (close_to_the_line (mover, evaluation->scheme, gtk_spin_button_get_value (self->margin_spin)))
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), tag_label (_("Close to the line"),
                                                                "warning"));
  if (override != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Adjusted to %s"),
                                               tiers_grade_to_string (override->grade));
      GtkWidget *tag = tag_label (text, "accent");

      gtk_widget_set_tooltip_text (tag, override->comment);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), tag);
    }
  if (self->flags != NULL && g_hash_table_contains (self->flags, code))
    {
      g_autofree char *why = tiers_replacement_reason_label (
          GPOINTER_TO_UINT (g_hash_table_lookup (self->flags, code)));
      GtkWidget *flag = tag_label (_("Replace?"), "error");

      gtk_widget_set_tooltip_text (flag, why);
      gtk_widget_set_name (flag, "replacement-flag");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), flag);
    }
  if (mark != NULL && mark->comment != NULL)
    gtk_widget_set_tooltip_text (check, mark->comment);

  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), mark != NULL);
  gtk_widget_set_sensitive (check, draft);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (check), "code", g_strdup (code), g_free);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Reviewed"), -1);
  gtk_widget_set_tooltip_text (check, mark != NULL && mark->comment != NULL ? mark->comment
                                                                           : _("Reviewed"));
  g_signal_connect (check, "toggled", G_CALLBACK (on_reviewed_toggled_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), check);

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (more), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (more), menu);
  gtk_widget_add_css_class (more, "flat");
  gtk_widget_set_valign (more, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (more, _("More"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), more);

  g_object_set_data (G_OBJECT (row), "check", check);
  g_hash_table_insert (self->rows, g_strdup (code), row);
  return row;
}

static void
on_show_all_clicked_cb (GtkButton       *button,
                        TiersReviewPage *self)
{
  self->expanded[GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "status"))] = TRUE;
  update (self);
}

/* One group per status, its rows in the movers' order. */
static void
fill_groups (TiersReviewPage       *self,
             const TiersEvaluation *evaluation)
{
  const TiersPeriodReview *review = tiers_session_get_review (self->session);
  GtkWidget *child;
  guint next = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->groups_box))) != NULL)
    gtk_box_remove (self->groups_box, child);
  g_hash_table_remove_all (self->rows);

  for (guint status = 0; status < N_STATUSES; status++)
    {
      GtkWidget *group = adw_preferences_group_new ();
      g_autofree char *title = NULL;
      guint n = 0, first = next;

      while (next < self->movers->len
             && g_array_index (self->movers, TiersMover, next).status == status)
        next++;
      n = next - first;
      if (n == 0)
        continue;
      /* Translators: a group of suppliers and how many, e.g. "Upgraded (12)" */
      title = g_strdup_printf (_("%s (%u)"), status_title (status), n);
      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                             status_description (status));
      for (guint i = first; i < next && (self->expanded[status] || i - first < ROWS_SHOWN); i++)
        adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                   mover_row (self, &g_array_index (self->movers, TiersMover, i),
                                              evaluation, review));
      if (!self->expanded[status] && n > ROWS_SHOWN)
        {
          GtkWidget *button = gtk_button_new_with_label (_("Show All"));

          gtk_widget_add_css_class (button, "flat");
          g_object_set_data (G_OBJECT (button), "status", GUINT_TO_POINTER (status));
          g_signal_connect (button, "clicked", G_CALLBACK (on_show_all_clicked_cb), self);
          adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), button);
        }
      gtk_box_append (self->groups_box, group);
    }
}

/* --- the header --- */


/* The suppliers' objections to this period's scorecards that wait for a decision (recorded
 * with `supplier-tiers-cli communication`): a quick count on the main loop's connection. */
static void
show_open_objections (TiersReviewPage   *self,
                      const TiersPeriod *period)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint open = 0;

  if (!tiers_store_count_open_objections (tiers_session_get_store (self->session), period,
                                          &open, &error))
    g_warning ("Cannot count the open objections: %s", error->message);
  if (open > 0)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u objection to a scorecard is open.",
                                         "%u objections to scorecards are open.", open),
                            open);
  gtk_label_set_text (self->objections_label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->objections_label), open > 0);
}

static void
update_header (TiersReviewPage       *self,
               const TiersEvaluation *evaluation)
{
  const TiersPeriodReview *review = tiers_session_get_review (self->session);
  TiersPeriod before = tiers_period_previous (&evaluation->period);
  g_autofree char *now = tiers_period_to_label (&evaluation->period);
  g_autofree char *then = tiers_period_to_label (&before);
  g_autofree char *title = NULL;
  g_autofree char *state = NULL;
  guint n_movers = 0, reviewed = 0;

  for (guint i = 0; i < self->movers->len; i++)
    {
      const TiersMover *mover = &g_array_index (self->movers, TiersMover, i);

      if (!is_mover (mover))
        continue;
      n_movers++;
      if (review != NULL && g_hash_table_contains (review->marks, mover->supplier_code))
        reviewed++;
    }
  self->n_to_review = n_movers - reviewed;

  /* Translators: e.g. "Review of 2026 Q3 against 2026 Q2" */
  title = g_strdup_printf (_("Review of %s against %s"), now, then);
  gtk_label_set_text (self->title_label, title);
  if (review != NULL && review->finalized)
    {
      const TiersPeriodEvent *last = review->events->len > 0
        ? g_ptr_array_index (review->events, review->events->len - 1) : NULL;

      g_autofree char *when = last != NULL ? tiers_format_moment (last->happened_at) : NULL;

      /* Translators: e.g. "Finalized on 2026-12-07 10:00 by alice: ..." */
      state = last != NULL ? g_strdup_printf (_("Finalized on %s by %s: its grades can no "
                                                "longer change until it is reopened."),
                                              when, last->user_name)
                           : g_strdup (_("Finalized"));
    }
  else if (n_movers == 0)
    state = g_strdup (_("Draft: no supplier moved between grades."));
  else
    state = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "Draft: %u of %u mover reviewed, %u left.",
                                          "Draft: %u of %u movers reviewed, %u left.",
                                          n_movers),
                             reviewed, n_movers, self->n_to_review);
  gtk_label_set_text (self->state_label, state);
  show_open_objections (self, &evaluation->period);

  gtk_widget_set_visible (GTK_WIDGET (self->finalize_button),
                          review != NULL && !review->finalized);
  gtk_widget_set_sensitive (GTK_WIDGET (self->finalize_button), self->n_to_review == 0);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->finalize_button),
                               self->n_to_review == 0 ? NULL
                               : _("Mark every mover reviewed first"));
  gtk_widget_set_visible (GTK_WIDGET (self->reopen_button), review != NULL && review->finalized);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.adjust",
                                 review != NULL && !review->finalized);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.comment",
                                 review != NULL && !review->finalized);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.withdraw",
                                 review != NULL && !review->finalized);
}

/* Finding the movers explains every supplier's change: at 10,000 suppliers that takes a
 * while, so it is done once per pair of evaluations, and only while the page is shown. */
static void
update (TiersReviewPage *self)
{
  const TiersEvaluation *evaluation = NULL, *previous = NULL;

  self->stale = !gtk_widget_get_mapped (GTK_WIDGET (self));
  if (self->stale)
    return;
  if (self->session != NULL)
    {
      evaluation = tiers_session_get_evaluation (self->session);
      previous = tiers_session_get_previous_evaluation (self->session);
    }
  if (evaluation == NULL || evaluation->n_suppliers == 0)
    {
      gboolean busy = self->session != NULL && tiers_session_get_busy (self->session);

      g_hash_table_remove_all (self->rows);
      adw_status_page_set_title (self->empty_page, busy ? _("Grading the Period…")
                                                        : _("Nothing to Review Yet"));
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  if (self->movers == NULL)
    self->movers = tiers_review_movers (evaluation, previous);
  tiers_chart_set_transitions (self->chart,
                               tiers_chart_facts_transitions (&evaluation->period, evaluation,
                                                              previous, NULL, NULL));
  update_header (self, evaluation);
  g_clear_pointer (&self->flags, g_hash_table_unref);
  self->flags = tiers_session_load_replacement_flags (self->session, NULL);
  fill_groups (self, evaluation);
  gtk_stack_set_visible_child_name (self->stack, "content");
}

/* --- changes --- */

static void
on_change_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(TiersReviewPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (self->session == NULL)
    return;
  if (!tiers_session_change_review_finish (self->session, result, &error))
    {
      g_signal_emit_by_name (self->session, "failed", error);
      update (self);   /* puts back a check the change could not keep */
    }
}

static void
change (TiersReviewPage       *self,
        TiersReviewChangeKind  kind,
        const char            *code,
        const char            *text,
        TiersGrade             grade,
        TiersOverrideReason    reason)
{
  const TiersEvaluation *evaluation = tiers_session_get_evaluation (self->session);
  TiersReviewChange *c;

  if (evaluation == NULL)
    return;
  c = tiers_review_change_new (kind, &evaluation->period, code, text);
  c->grade = grade;
  c->reason = reason;
  tiers_session_change_review_async (self->session, c, on_change_done_cb, g_object_ref (self));
}

static void
tiers_review_page_mark_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  change (TIERS_REVIEW_PAGE (widget),
          g_str_equal (action_name, "review.mark") ? TIERS_REVIEW_CHANGE_MARK
                                                   : TIERS_REVIEW_CHANGE_UNMARK,
          g_variant_get_string (parameter, NULL), NULL, TIERS_GRADE_NONE, TIERS_OVERRIDE_OTHER);
}

static void
tiers_review_page_withdraw_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  change (TIERS_REVIEW_PAGE (widget), TIERS_REVIEW_CHANGE_WITHDRAW_OVERRIDE,
          g_variant_get_string (parameter, NULL), NULL, TIERS_GRADE_NONE, TIERS_OVERRIDE_OTHER);
}

static void
on_comment_answered (const TiersReviewAnswer *answer,
                     gpointer                 user_data)
{
  TiersReviewPage *self = user_data;

  change (self, TIERS_REVIEW_CHANGE_MARK, answer->supplier_code, answer->text,
          TIERS_GRADE_NONE, TIERS_OVERRIDE_OTHER);
}

static void
tiers_review_page_comment_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  TiersReviewPage *self = TIERS_REVIEW_PAGE (widget);
  const char *code = g_variant_get_string (parameter, NULL);

  tiers_review_ask_comment (widget, code, supplier_name (self, code), on_comment_answered, self);
}

static void
on_adjust_answered (const TiersReviewAnswer *answer,
                    gpointer                 user_data)
{
  TiersReviewPage *self = user_data;

  change (self, TIERS_REVIEW_CHANGE_SET_OVERRIDE, answer->supplier_code, answer->text,
          answer->grade, answer->reason);
}

static void
tiers_review_page_adjust_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  TiersReviewPage *self = TIERS_REVIEW_PAGE (widget);
  const char *code = g_variant_get_string (parameter, NULL);
  const TiersEvaluation *evaluation = tiers_session_get_evaluation (self->session);
  const TiersSupplierResult *result = evaluation ? tiers_evaluation_find (evaluation, code) : NULL;

  if (result == NULL)
    return;
  tiers_review_ask_adjustment (widget, code, supplier_name (self, code), result,
                               on_adjust_answered, self);
}

static void
tiers_review_page_show_supplier_action (GtkWidget  *widget,
                                        const char *action_name,
                                        GVariant   *parameter)
{
  TiersSupplierFilter filter = { 0 };

  filter.kind = TIERS_SUPPLIER_FILTER_SUPPLIER;
  filter.code = g_variant_get_string (parameter, NULL);
  g_signal_emit (widget, signals[SHOW_SUPPLIERS], 0, &filter);
}

static void
on_finalize_answered (const TiersReviewAnswer *answer,
                      gpointer                 user_data)
{
  change (user_data, TIERS_REVIEW_CHANGE_FINALIZE, NULL, NULL, TIERS_GRADE_NONE,
          TIERS_OVERRIDE_OTHER);
}

static void
on_reopen_answered (const TiersReviewAnswer *answer,
                    gpointer                 user_data)
{
  change (user_data, TIERS_REVIEW_CHANGE_REOPEN, NULL, answer->text, TIERS_GRADE_NONE,
          TIERS_OVERRIDE_OTHER);
}

static void
tiers_review_page_finalize_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  TiersReviewPage *self = TIERS_REVIEW_PAGE (widget);
  const TiersEvaluation *evaluation = tiers_session_get_evaluation (self->session);
  g_autofree char *name = NULL;

  if (evaluation == NULL)
    return;
  name = tiers_period_to_label (&evaluation->period);
  if (g_str_equal (action_name, "review.finalize"))
    tiers_review_ask_finalize (widget, name, on_finalize_answered, self);
  else
    tiers_review_ask_reopen (widget, name, on_reopen_answered, self);
}

/* --- following the session --- */

static void
on_session_changed_cb (TiersSession    *session,
                       GParamSpec      *pspec,
                       TiersReviewPage *self)
{
  g_clear_pointer (&self->movers, g_array_unref);
  memset (self->expanded, 0, sizeof self->expanded);
  update (self);
}

/* Only an evaluation that stopped without landing is news here; one that landed came with
 * notify::evaluation. */
static void
on_session_busy_cb (TiersSession    *session,
                    GParamSpec      *pspec,
                    TiersReviewPage *self)
{
  if (tiers_session_get_evaluation (session) == NULL)
    update (self);
}

static void
on_model_part_cb (TiersSession    *session,
                  GParamSpec      *pspec,
                  TiersReviewPage *self)
{
  update (self);
}

static void
on_margin_changed_cb (GtkSpinButton   *spin,
                      TiersReviewPage *self)
{
  update (self);
}

TiersSession *
tiers_review_page_get_session (TiersReviewPage *self)
{
  g_return_val_if_fail (TIERS_IS_REVIEW_PAGE (self), NULL);
  return self->session;
}

void
tiers_review_page_set_session (TiersReviewPage *self,
                               TiersSession    *session)
{
  g_return_if_fail (TIERS_IS_REVIEW_PAGE (self));
  g_return_if_fail (session == NULL || TIERS_IS_SESSION (session));

  if (self->session == session)
    return;
  g_set_object (&self->session, session);
  g_signal_group_set_target (self->session_signals, session);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

guint
tiers_review_page_get_n_movers (TiersReviewPage *self)
{
  guint n = 0;

  g_return_val_if_fail (TIERS_IS_REVIEW_PAGE (self), 0);

  for (guint i = 0; self->movers != NULL && i < self->movers->len; i++)
    n += is_mover (&g_array_index (self->movers, TiersMover, i));
  return n;
}

guint
tiers_review_page_get_n_to_review (TiersReviewPage *self)
{
  g_return_val_if_fail (TIERS_IS_REVIEW_PAGE (self), 0);
  return self->movers != NULL ? self->n_to_review : 0;
}

GtkWidget *
tiers_review_page_get_row (TiersReviewPage *self,
                           const char      *supplier_code)
{
  g_return_val_if_fail (TIERS_IS_REVIEW_PAGE (self), NULL);
  return g_hash_table_lookup (self->rows, supplier_code);
}

static void
tiers_review_page_map (GtkWidget *widget)
{
  TiersReviewPage *self = TIERS_REVIEW_PAGE (widget);

  GTK_WIDGET_CLASS (tiers_review_page_parent_class)->map (widget);
  if (self->stale)
    update (self);
}

static void
tiers_review_page_dispose (GObject *object)
{
  TiersReviewPage *self = TIERS_REVIEW_PAGE (object);

  if (self->session_signals != NULL)
    g_signal_group_set_target (self->session_signals, NULL);
  g_clear_object (&self->session_signals);
  g_clear_object (&self->session);
  gtk_widget_dispose_template (GTK_WIDGET (self), TIERS_TYPE_REVIEW_PAGE);
  G_OBJECT_CLASS (tiers_review_page_parent_class)->dispose (object);
}

static void
tiers_review_page_finalize (GObject *object)
{
  TiersReviewPage *self = TIERS_REVIEW_PAGE (object);

  g_clear_pointer (&self->movers, g_array_unref);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_pointer (&self->flags, g_hash_table_unref);
  G_OBJECT_CLASS (tiers_review_page_parent_class)->finalize (object);
}

static void
tiers_review_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  TiersReviewPage *self = TIERS_REVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tiers_review_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  TiersReviewPage *self = TIERS_REVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      tiers_review_page_set_session (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tiers_review_page_class_init (TiersReviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tiers_review_page_dispose;
  object_class->finalize = tiers_review_page_finalize;
  object_class->get_property = tiers_review_page_get_property;
  object_class->set_property = tiers_review_page_set_property;
  widget_class->map = tiers_review_page_map;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, TIERS_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* One supplier to show; the window shows it on the Suppliers page. */
  signals[SHOW_SUPPLIERS] =
    g_signal_new ("show-suppliers", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_POINTER);

  gtk_widget_class_install_action (widget_class, "review.mark", "s",
                                   tiers_review_page_mark_action);
  gtk_widget_class_install_action (widget_class, "review.unmark", "s",
                                   tiers_review_page_mark_action);
  gtk_widget_class_install_action (widget_class, "review.comment", "s",
                                   tiers_review_page_comment_action);
  gtk_widget_class_install_action (widget_class, "review.adjust", "s",
                                   tiers_review_page_adjust_action);
  gtk_widget_class_install_action (widget_class, "review.withdraw", "s",
                                   tiers_review_page_withdraw_action);
  gtk_widget_class_install_action (widget_class, "review.show-supplier", "s",
                                   tiers_review_page_show_supplier_action);
  gtk_widget_class_install_action (widget_class, "review.finalize", NULL,
                                   tiers_review_page_finalize_action);
  gtk_widget_class_install_action (widget_class, "review.reopen", NULL,
                                   tiers_review_page_finalize_action);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/tiers-review-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TiersReviewPage, stack);
  gtk_widget_class_bind_template_child (widget_class, TiersReviewPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, TiersReviewPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, TiersReviewPage, state_label);
  gtk_widget_class_bind_template_child (widget_class, TiersReviewPage, objections_label);
  gtk_widget_class_bind_template_child (widget_class, TiersReviewPage, margin_spin);
  gtk_widget_class_bind_template_child (widget_class, TiersReviewPage, finalize_button);
  gtk_widget_class_bind_template_child (widget_class, TiersReviewPage, reopen_button);
  gtk_widget_class_bind_template_child (widget_class, TiersReviewPage, chart);
  gtk_widget_class_bind_template_child (widget_class, TiersReviewPage, groups_box);
  gtk_widget_class_bind_template_callback (widget_class, on_margin_changed_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "tiers-review-page");
}

static void
tiers_review_page_init (TiersReviewPage *self)
{
  g_type_ensure (TIERS_TYPE_CHART);
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->session_signals = g_signal_group_new (TIERS_TYPE_SESSION);
  g_signal_group_connect (self->session_signals, "notify::evaluation",
                          G_CALLBACK (on_session_changed_cb), self);
  g_signal_group_connect (self->session_signals, "notify::busy",
                          G_CALLBACK (on_session_busy_cb), self);
  g_signal_group_connect (self->session_signals, "notify::review",
                          G_CALLBACK (on_model_part_cb), self);
  g_signal_group_connect (self->session_signals, "notify::details",
                          G_CALLBACK (on_model_part_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "actions-changed",
                                  G_CALLBACK (update), self);
}

GtkWidget *
tiers_review_page_new (TiersSession *session)
{
  return g_object_new (TIERS_TYPE_REVIEW_PAGE, "session", session, NULL);
}
