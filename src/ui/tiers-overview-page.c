/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-overview-page.c: the Overview page, drawn from the session's model of the period:
 * the counts, the distribution and the transitions from its evaluations as soon as they
 * land, a category's concentration from its suppliers' details, the trend from its history
 * (tiers-chart-facts.h computes each); a chart waits under a spinner for its part of the
 * model. Cards sit in a flow box: two columns on a wide window, one on a narrow one. The
 * supply risk below them is a widget of its own (tiers-risk-view.c). */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "tiers-completeness-view.h"
#include "tiers-chart-facts.h"
#include "tiers-grade-badge.h"
#include "tiers-grade-counts.h"
#include "tiers-overview-page.h"
#include "tiers-risk-view.h"
#include "tiers-replacement-list.h"

#define N_CHARTS 4
#define N_COUNTS (TIERS_GRADE_D + 2)   /* A..D, ungraded, provisional */
#define PROVISIONAL_CARD (TIERS_GRADE_D + 1)

struct _TiersOverviewPage
{
  GtkWidget      parent_instance;

  GtkStack      *stack;
  GtkFlowBox    *counts_box;
  GtkFlowBox    *charts_box;
  TiersRiskView *risk_view;
  TiersReplacementList *replacement_list;
  GtkDropDown   *category_dropdown;
  GtkStringList *categories;
  TiersChart    *charts[N_CHARTS];
  GtkStack      *chart_stacks[N_CHARTS];
  GtkLabel      *count_labels[N_COUNTS];

  TiersSession  *session;
  GSignalGroup  *session_signals;
  char          *category;
  guint          counts[N_COUNTS];
  gboolean       loading;                 /* any chart is */
  gboolean       updating_categories;
};

G_DEFINE_FINAL_TYPE (TiersOverviewPage, tiers_overview_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_LOADING,
  N_PROPS
};

enum {
  SHOW_SUPPLIERS,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
show_suppliers (TiersOverviewPage         *self,
                const TiersSupplierFilter *filter)
{
  g_signal_emit (self, signals[SHOW_SUPPLIERS], 0, filter);
}

static void
set_chart_loading (TiersOverviewPage  *self,
                   TiersOverviewChart  which,
                   gboolean            loading)
{
  gboolean any = FALSE;

  gtk_stack_set_visible_child_name (self->chart_stacks[which], loading ? "loading" : "chart");
  for (guint i = 0; i < N_CHARTS; i++)
    any |= g_strcmp0 (gtk_stack_get_visible_child_name (self->chart_stacks[i]),
                      "loading") == 0;
  if (self->loading == any)
    return;
  self->loading = any;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

/* A flagged supplier, or a segment of the allocation chart: shown like the charts' marks. */
static void
on_risk_show_suppliers_cb (TiersRiskView             *view,
                           const TiersSupplierFilter *filter,
                           TiersOverviewPage         *self)
{
  show_suppliers (self, filter);
}

/* Counting. */

/* The grades a manager adjusted in the period's review: the overview counts them. */
static GHashTable *
adjusted_grades (TiersOverviewPage *self)
{
  const TiersEvaluation *evaluation = tiers_session_get_evaluation (self->session);
  const TiersPeriodReview *review = tiers_session_get_review (self->session);

  if (evaluation == NULL || review == NULL
      || !tiers_period_equal (&review->period, &evaluation->period))
    return NULL;
  return review->overrides;
}

static void
update_counts (TiersOverviewPage     *self,
               const TiersEvaluation *evaluation)
{
  TiersGradeCounts counts;

  tiers_grade_counts_init_adjusted (&counts, evaluation, NULL, adjusted_grades (self));
  for (TiersGrade g = TIERS_GRADE_NONE; g <= TIERS_GRADE_D; g++)
    self->counts[g] = counts.grades[g];
  self->counts[PROVISIONAL_CARD] = counts.provisional;
  for (guint i = 0; i < N_COUNTS; i++)
    {
      g_autofree char *text = g_strdup_printf ("%u", self->counts[i]);

      gtk_label_set_text (self->count_labels[i], text);
    }
}

static void
on_count_clicked_cb (GtkButton         *button,
                     TiersOverviewPage *self)
{
  guint card = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "card"));
  TiersSupplierFilter filter = { 0 };

  filter.kind = card == PROVISIONAL_CARD ? TIERS_SUPPLIER_FILTER_PROVISIONAL
                                         : TIERS_SUPPLIER_FILTER_GRADE;
  filter.grade = card == PROVISIONAL_CARD ? TIERS_GRADE_NONE : (TiersGrade) card;
  show_suppliers (self, &filter);
}

/* A card per count: the grade's badge (or a mark for the provisional), the number and what it
 * counts; clicking it shows those suppliers. */
static void
add_count_card (TiersOverviewPage *self,
                guint              card)
{
  g_autofree char *caption = NULL;
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *mark, *number, *label, *child;

  if (card == PROVISIONAL_CARD)
    {
      caption = g_strdup (_("Provisional"));
      mark = gtk_image_new_from_icon_name ("dialog-information-symbolic");
      gtk_image_set_pixel_size (GTK_IMAGE (mark), 24);
      gtk_widget_set_size_request (mark, 40, 40);
    }
  else
    {
      caption = tiers_grade_describe ((TiersGrade) card);
      mark = tiers_grade_badge_new ((TiersGrade) card);
      tiers_grade_badge_set_large (TIERS_GRADE_BADGE (mark), TRUE);
    }
  gtk_widget_set_valign (mark, GTK_ALIGN_CENTER);
  number = gtk_label_new ("0");
  gtk_widget_add_css_class (number, "title-2");
  gtk_widget_add_css_class (number, "numeric");
  gtk_label_set_xalign (GTK_LABEL (number), 0);
  label = gtk_label_new (caption);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (text), number);
  gtk_box_append (GTK_BOX (text), label);
  gtk_box_append (GTK_BOX (box), mark);
  gtk_box_append (GTK_BOX (box), text);
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "card");
  gtk_widget_add_css_class (button, "tiers-count");
  gtk_widget_set_tooltip_text (button, card == PROVISIONAL_CARD
                                       ? _("Show the provisional suppliers")
                                       : _("Show these suppliers"));
  g_object_set_data (G_OBJECT (button), "card", GUINT_TO_POINTER (card));
  g_signal_connect (button, "clicked", G_CALLBACK (on_count_clicked_cb), self);
  self->count_labels[card] = GTK_LABEL (number);

  gtk_flow_box_append (self->counts_box, button);
  child = gtk_widget_get_parent (button);
  gtk_widget_set_focusable (child, FALSE);
}

/* Charts. */

static void
on_chart_selected_cb (TiersChart        *chart,
                      guint              kind,
                      int                index,
                      int                index2,
                      const char        *key,
                      TiersOverviewPage *self)
{
  TiersSupplierFilter filter = { 0 };
  TiersPeriod period;

  switch ((TiersChartItemKind) kind)
    {
    case TIERS_CHART_ITEM_GRADE:
      filter.kind = TIERS_SUPPLIER_FILTER_GRADE;
      filter.grade = tiers_chart_grade_to_grade (index);
      break;
    case TIERS_CHART_ITEM_TRANSITION:
      filter.kind = TIERS_SUPPLIER_FILTER_TRANSITION;
      filter.previous_grade = tiers_chart_grade_to_grade (index);
      filter.grade = tiers_chart_grade_to_grade (index2);
      break;
    case TIERS_CHART_ITEM_SUPPLIER:
      if (key == NULL || *key == '\0')
        return;  /* the bar of "N others" stands for no one supplier */
      filter.kind = TIERS_SUPPLIER_FILTER_SUPPLIER;
      filter.code = key;
      break;
    case TIERS_CHART_ITEM_PERIOD:
      /* A period of the trend: that period, and the grade of the segment when one was hit. */
      if (self->session == NULL || !tiers_period_parse (key, &period, NULL))
        return;
      tiers_session_set_period (self->session, &period);
      if (index2 < 0)
        return;
      filter.kind = TIERS_SUPPLIER_FILTER_GRADE;
      filter.grade = tiers_chart_grade_to_grade (index2);
      break;
    case TIERS_CHART_ITEM_DIMENSION:
    default:
      return;
    }
  show_suppliers (self, &filter);
}

/* A card with the chart (which draws its own title) under a spinner while it loads; EXTRA,
 * when given, stands above the chart at the end of a row with its label. */
static void
add_chart_card (TiersOverviewPage  *self,
                TiersOverviewChart  which,
                const char         *title,
                const char         *extra_label,
                GtkWidget          *extra)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *stack = gtk_stack_new ();
  GtkWidget *spinner = gtk_spinner_new ();
  GtkWidget *chart = tiers_chart_new ();
  GtkWidget *frame = gtk_scrolled_window_new ();

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "tiers-chart-card");
  if (extra != NULL)
    {
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *label = gtk_label_new_with_mnemonic (extra_label);

      gtk_widget_add_css_class (label, "dim-label");
      gtk_label_set_xalign (GTK_LABEL (label), 1);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_mnemonic_widget (GTK_LABEL (label), extra);
      gtk_box_append (GTK_BOX (row), label);
      gtk_box_append (GTK_BOX (row), extra);
      gtk_box_append (GTK_BOX (card), row);
    }

  gtk_spinner_set_spinning (GTK_SPINNER (spinner), TRUE);
  gtk_widget_set_size_request (spinner, 32, 32);
  gtk_widget_set_halign (spinner, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (spinner, GTK_ALIGN_CENTER);
  gtk_widget_set_size_request (chart, 300, 280);
  gtk_stack_add_named (GTK_STACK (stack), chart, "chart");
  gtk_stack_add_named (GTK_STACK (stack), spinner, "loading");
  gtk_accessible_update_property (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  title, -1);
  g_signal_connect (chart, "selected", G_CALLBACK (on_chart_selected_cb), self);
  /* The flow box lines cards up by their natural width, and a chart's is wide: inside a
   * scrolled window that never scrolls, the card asks only for the chart's minimum, so two
   * cards share a line from about 660 pixels on and stack below that. */
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (frame), GTK_POLICY_NEVER,
                                  GTK_POLICY_NEVER);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (frame), stack);
  gtk_widget_set_vexpand (frame, TRUE);
  gtk_box_append (GTK_BOX (card), frame);

  self->charts[which] = TIERS_CHART (chart);
  self->chart_stacks[which] = GTK_STACK (stack);
  gtk_flow_box_append (self->charts_box, card);
  gtk_widget_set_focusable (gtk_widget_get_parent (card), FALSE);
}

/* The chosen category's suppliers that received anything in the period, in their grades'
 * colours; it waits for the period's details. */
static void
show_concentration (TiersOverviewPage *self)
{
  TiersChart *chart = self->charts[TIERS_OVERVIEW_CHART_CONCENTRATION];
  const TiersEvaluation *evaluation = NULL;
  const GPtrArray *details = NULL;

  if (self->session != NULL)
    {
      evaluation = tiers_session_get_evaluation (self->session);
      details = tiers_session_get_details (self->session);
    }
  set_chart_loading (self, TIERS_OVERVIEW_CHART_CONCENTRATION,
                     evaluation != NULL && details == NULL);
  if (details == NULL || self->category == NULL || evaluation == NULL)
    {
      tiers_chart_clear (chart);
      return;
    }
  tiers_chart_set_concentration (chart,
                                 tiers_chart_facts_concentration (&evaluation->period, evaluation,
                                                                  details, self->category));
}

/* Keeps the category shown while the period has it, else the one with the largest spend. */
static void
set_categories (TiersOverviewPage *self,
                GPtrArray         *categories)
{
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (self->categories));
  guint selected = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; i < categories->len; i++)
    if (g_strcmp0 (g_ptr_array_index (categories, i), self->category) == 0)
      selected = i;
  if (selected == GTK_INVALID_LIST_POSITION)
    {
      g_free (self->category);
      self->category = categories->len > 0 ? g_strdup (g_ptr_array_index (categories, 0))
                                           : NULL;
      selected = categories->len > 0 ? 0 : GTK_INVALID_LIST_POSITION;
    }
  g_ptr_array_add (categories, NULL);
  self->updating_categories = TRUE;
  gtk_string_list_splice (self->categories, 0, n_old, (const char * const *) categories->pdata);
  gtk_drop_down_set_selected (self->category_dropdown, selected);
  self->updating_categories = FALSE;
  g_ptr_array_remove_index (categories, categories->len - 1);
  gtk_widget_set_visible (GTK_WIDGET (self->category_dropdown), categories->len > 0);
}

/* The distribution and the transitions: the evaluations alone tell them. */
static void
show_grades (TiersOverviewPage     *self,
             const TiersEvaluation *evaluation)
{
  const TiersEvaluation *previous = tiers_session_get_previous_evaluation (self->session);

  tiers_chart_set_distribution (self->charts[TIERS_OVERVIEW_CHART_DISTRIBUTION],
                                tiers_chart_facts_distribution (&evaluation->period, evaluation,
                                                                previous, NULL,
                                                                adjusted_grades (self)));
  tiers_chart_set_transitions (self->charts[TIERS_OVERVIEW_CHART_TRANSITIONS],
                               tiers_chart_facts_transitions (&evaluation->period, evaluation,
                                                              previous, NULL,
                                                              adjusted_grades (self)));
  set_chart_loading (self, TIERS_OVERVIEW_CHART_DISTRIBUTION, FALSE);
  set_chart_loading (self, TIERS_OVERVIEW_CHART_TRANSITIONS, FALSE);
}

static void
show_categories (TiersOverviewPage *self)
{
  const GPtrArray *details = tiers_session_get_details (self->session);

  if (details != NULL)
    {
      g_autoptr(GPtrArray) categories = tiers_chart_facts_categories (details);

      set_categories (self, categories);
    }
  show_concentration (self);
}

static void
show_trend (TiersOverviewPage *self)
{
  const GArray *periods = NULL;
  const TiersPeriodGrades * const *history = tiers_session_get_history (self->session, &periods);

  set_chart_loading (self, TIERS_OVERVIEW_CHART_TREND,
                     history == NULL && tiers_session_get_evaluation (self->session) != NULL);
  if (history != NULL)
    tiers_chart_set_trend (self->charts[TIERS_OVERVIEW_CHART_TREND],
                           tiers_chart_facts_trend (periods, history, NULL));
}

static void
on_category_selected_cb (GtkDropDown       *dropdown,
                         GParamSpec        *pspec,
                         TiersOverviewPage *self)
{
  GtkStringObject *item = gtk_drop_down_get_selected_item (dropdown);

  if (self->updating_categories || item == NULL)
    return;
  tiers_overview_page_set_category (self, gtk_string_object_get_string (item));
}

/* Following the session. */

static void
set_all_loading (TiersOverviewPage *self,
                 gboolean           loading)
{
  for (guint i = 0; i < N_CHARTS; i++)
    set_chart_loading (self, i, loading);
}

static void
update (TiersOverviewPage *self)
{
  const TiersEvaluation *evaluation = NULL;

  if (self->session != NULL)
    evaluation = tiers_session_get_evaluation (self->session);
  if (evaluation == NULL)
    {
      /* Being evaluated: the last figures stay under spinners until the new ones land. */
      gboolean busy = self->session != NULL && tiers_session_get_busy (self->session);

      set_all_loading (self, busy);
      if (!busy)
        gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  update_counts (self, evaluation);
  if (evaluation->n_suppliers == 0)
    {
      set_all_loading (self, FALSE);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  gtk_stack_set_visible_child_name (self->stack, "content");
  show_grades (self, evaluation);
  show_categories (self);
  show_trend (self);
}

static void
on_session_evaluation_cb (TiersSession      *session,
                          GParamSpec        *pspec,
                          TiersOverviewPage *self)
{
  update (self);
}

/* Only an evaluation that stopped without landing is news here; one that landed came with
 * notify::evaluation. */
static void
on_session_busy_cb (TiersSession      *session,
                    GParamSpec        *pspec,
                    TiersOverviewPage *self)
{
  if (tiers_session_get_evaluation (session) == NULL)
    update (self);
}

static void
on_session_details_cb (TiersSession      *session,
                       GParamSpec        *pspec,
                       TiersOverviewPage *self)
{
  if (tiers_session_get_evaluation (session) != NULL)
    show_categories (self);
}

/* An adjustment moves a supplier in the counts, the distribution and the transitions. */
static void
on_session_review_cb (TiersSession      *session,
                      GParamSpec        *pspec,
                      TiersOverviewPage *self)
{
  const TiersEvaluation *evaluation = tiers_session_get_evaluation (session);

  if (evaluation == NULL || evaluation->n_suppliers == 0)
    return;
  update_counts (self, evaluation);
  show_grades (self, evaluation);
}

static void
on_session_history_cb (TiersSession      *session,
                       GParamSpec        *pspec,
                       TiersOverviewPage *self)
{
  if (tiers_session_get_evaluation (session) != NULL)
    show_trend (self);
}

void
tiers_overview_page_set_session (TiersOverviewPage *self,
                                 TiersSession      *session)
{
  g_return_if_fail (TIERS_IS_OVERVIEW_PAGE (self));
  g_return_if_fail (session == NULL || TIERS_IS_SESSION (session));

  if (self->session == session)
    return;
  g_set_object (&self->session, session);
  g_signal_group_set_target (self->session_signals, session);
  tiers_risk_view_set_session (self->risk_view, session);
  tiers_replacement_list_set_session (self->replacement_list, session);
  g_clear_pointer (&self->category, g_free);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

TiersSession *
tiers_overview_page_get_session (TiersOverviewPage *self)
{
  g_return_val_if_fail (TIERS_IS_OVERVIEW_PAGE (self), NULL);
  return self->session;
}

guint
tiers_overview_page_get_count (TiersOverviewPage *self,
                               TiersGrade         grade)
{
  g_return_val_if_fail (TIERS_IS_OVERVIEW_PAGE (self), 0);
  g_return_val_if_fail (grade <= TIERS_GRADE_D, 0);
  return self->counts[grade];
}

guint
tiers_overview_page_get_provisional (TiersOverviewPage *self)
{
  g_return_val_if_fail (TIERS_IS_OVERVIEW_PAGE (self), 0);
  return self->counts[PROVISIONAL_CARD];
}

TiersChart *
tiers_overview_page_get_chart (TiersOverviewPage  *self,
                               TiersOverviewChart  chart)
{
  g_return_val_if_fail (TIERS_IS_OVERVIEW_PAGE (self), NULL);
  g_return_val_if_fail (chart < N_CHARTS, NULL);
  return self->charts[chart];
}

TiersRiskView *
tiers_overview_page_get_risk_view (TiersOverviewPage *self)
{
  g_return_val_if_fail (TIERS_IS_OVERVIEW_PAGE (self), NULL);
  return self->risk_view;
}

gboolean
tiers_overview_page_get_loading (TiersOverviewPage *self)
{
  g_return_val_if_fail (TIERS_IS_OVERVIEW_PAGE (self), FALSE);
  return self->loading;
}

gboolean
tiers_overview_page_shows_counts (TiersOverviewPage *self)
{
  g_return_val_if_fail (TIERS_IS_OVERVIEW_PAGE (self), FALSE);
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "content") == 0;
}

const char *
tiers_overview_page_get_category (TiersOverviewPage *self)
{
  g_return_val_if_fail (TIERS_IS_OVERVIEW_PAGE (self), NULL);
  return self->category;
}

void
tiers_overview_page_set_category (TiersOverviewPage *self,
                                  const char        *category)
{
  g_return_if_fail (TIERS_IS_OVERVIEW_PAGE (self));

  if (g_strcmp0 (self->category, category) == 0)
    return;
  g_free (self->category);
  self->category = g_strdup (category);
  show_concentration (self);
}

static void
tiers_overview_page_dispose (GObject *object)
{
  TiersOverviewPage *self = TIERS_OVERVIEW_PAGE (object);

  if (self->session_signals != NULL)
    g_signal_group_set_target (self->session_signals, NULL);
  g_clear_object (&self->session_signals);
  g_clear_object (&self->session);
  gtk_widget_dispose_template (GTK_WIDGET (self), TIERS_TYPE_OVERVIEW_PAGE);
  G_OBJECT_CLASS (tiers_overview_page_parent_class)->dispose (object);
}

static void
tiers_overview_page_finalize (GObject *object)
{
  TiersOverviewPage *self = TIERS_OVERVIEW_PAGE (object);

  g_free (self->category);
  g_clear_object (&self->categories);
  G_OBJECT_CLASS (tiers_overview_page_parent_class)->finalize (object);
}

static void
tiers_overview_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  TiersOverviewPage *self = TIERS_OVERVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tiers_overview_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  TiersOverviewPage *self = TIERS_OVERVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      tiers_overview_page_set_session (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tiers_overview_page_class_init (TiersOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tiers_overview_page_dispose;
  object_class->finalize = tiers_overview_page_finalize;
  object_class->get_property = tiers_overview_page_get_property;
  object_class->set_property = tiers_overview_page_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, TIERS_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The suppliers behind a count, bar or cell; the window shows them on the Suppliers page. */
  signals[SHOW_SUPPLIERS] =
    g_signal_new ("show-suppliers", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_POINTER);

  g_type_ensure (TIERS_TYPE_RISK_VIEW);
  g_type_ensure (TIERS_TYPE_COMPLETENESS_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/tiers-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TiersOverviewPage, stack);
  gtk_widget_class_bind_template_child (widget_class, TiersOverviewPage, counts_box);
  gtk_widget_class_bind_template_child (widget_class, TiersOverviewPage, charts_box);
  gtk_widget_class_bind_template_child (widget_class, TiersOverviewPage, risk_view);
  gtk_widget_class_bind_template_callback (widget_class, on_risk_show_suppliers_cb);
  gtk_widget_class_bind_template_child (widget_class, TiersOverviewPage, replacement_list);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "tiers-overview-page");
}

static GtkWidget *
create_category_dropdown (TiersOverviewPage *self)
{
  g_autoptr(GtkExpression) expression = NULL;
  GtkWidget *dropdown;

  self->categories = gtk_string_list_new (NULL);
  expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (self->categories)),
                                g_steal_pointer (&expression));
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (dropdown), TRUE);
  gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (dropdown, _("Category"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Category"), -1);
  gtk_widget_set_visible (dropdown, FALSE);
  g_signal_connect (dropdown, "notify::selected", G_CALLBACK (on_category_selected_cb), self);
  self->category_dropdown = GTK_DROP_DOWN (dropdown);
  return dropdown;
}

/* A flagged supplier's scorecard: the Suppliers page with that one supplier. */
static void
on_replacement_show_supplier_cb (TiersReplacementList *list,
                                 const char           *code,
                                 TiersOverviewPage    *self)
{
  TiersSupplierFilter filter = { 0 };

  filter.kind = TIERS_SUPPLIER_FILTER_SUPPLIER;
  filter.code = code;
  show_suppliers (self, &filter);
}

static void
tiers_overview_page_init (TiersOverviewPage *self)
{
  g_type_ensure (TIERS_TYPE_REPLACEMENT_LIST);
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self->replacement_list, "show-supplier",
                    G_CALLBACK (on_replacement_show_supplier_cb), self);

  self->session_signals = g_signal_group_new (TIERS_TYPE_SESSION);
  g_signal_group_connect (self->session_signals, "notify::evaluation",
                          G_CALLBACK (on_session_evaluation_cb), self);
  g_signal_group_connect (self->session_signals, "notify::busy",
                          G_CALLBACK (on_session_busy_cb), self);
  g_signal_group_connect (self->session_signals, "notify::details",
                          G_CALLBACK (on_session_details_cb), self);
  g_signal_group_connect (self->session_signals, "notify::history",
                          G_CALLBACK (on_session_history_cb), self);
  g_signal_group_connect (self->session_signals, "notify::review",
                          G_CALLBACK (on_session_review_cb), self);

  for (guint card = TIERS_GRADE_A; card <= TIERS_GRADE_D; card++)
    add_count_card (self, card);
  add_count_card (self, TIERS_GRADE_NONE);
  add_count_card (self, PROVISIONAL_CARD);

  add_chart_card (self, TIERS_OVERVIEW_CHART_DISTRIBUTION, _("Grade distribution"),
                  NULL, NULL);
  add_chart_card (self, TIERS_OVERVIEW_CHART_TRANSITIONS,
                  _("Grade changes since the previous period"), NULL, NULL);
  add_chart_card (self, TIERS_OVERVIEW_CHART_TREND, _("Grades over time"), NULL, NULL);
  add_chart_card (self, TIERS_OVERVIEW_CHART_CONCENTRATION, _("Spend concentration"),
                  _("_Category"), create_category_dropdown (self));
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

GtkWidget *
tiers_overview_page_new (TiersSession *session)
{
  return g_object_new (TIERS_TYPE_OVERVIEW_PAGE, "session", session, NULL);
}
