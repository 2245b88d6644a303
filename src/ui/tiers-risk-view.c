/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-risk-view.c: the supply risk of the session's period, as a list of categories and the
 * allocation chart, computed by core (tiers-supply-risk.h, tiers-allocation.h) from the
 * session's evaluations, the review's adjusted grades and the suppliers' spend. */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "tiers-allocation.h"
#include "tiers-grade-badge.h"
#include "tiers-risk-view.h"
#include "tiers-suppliers-page.h"

struct _TiersRiskView
{
  GtkWidget        parent_instance;

  TiersSession    *session;
  GSignalGroup    *session_signals;
  GSettings       *settings;
  double           threshold;
  TiersSupplyRisk *risk;

  GtkLabel        *description;
  GtkStack        *stack;
  GtkListBox      *list;
  TiersChart      *allocation_chart;
};

G_DEFINE_FINAL_TYPE (TiersRiskView, tiers_risk_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_THRESHOLD,
  PROP_RISK,
  N_PROPS
};

enum {
  SHOW_SUPPLIERS,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* --- one category --- */

static void
on_flagged_clicked_cb (GtkButton     *button,
                       TiersRiskView *self)
{
  TiersSupplierFilter filter = { 0 };

  filter.kind = TIERS_SUPPLIER_FILTER_SUPPLIER;
  filter.code = g_object_get_data (G_OBJECT (button), "code");
  g_signal_emit (self, signals[SHOW_SUPPLIERS], 0, &filter);
}

/* Why a supplier is flagged, in words: its grade, or its falling score. */
static char *
flag_reason (const TiersRiskSupplier *supplier)
{
  g_autofree char *grade = tiers_grade_describe (supplier->grade);

  if (supplier->grade == TIERS_GRADE_C || supplier->grade == TIERS_GRADE_D)
    return supplier->score_fell
      /* Translators: why a supplier is flagged as a supply risk, e.g. "Grade D, score fell" */
      ? g_strdup_printf (_("%s, score fell"), grade) : g_steal_pointer (&grade);
  return g_strdup (_("Score fell"));
}

static GtkWidget *
flagged_button (TiersRiskView           *self,
                const TiersRiskSupplier *supplier)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *badge = tiers_grade_badge_new (supplier->grade);
  g_autofree char *text = supplier->score_fell
    /* Translators: a flagged supplier whose score fell, e.g. "S0041 Acme · 39.9 % · score
     * fell" */
    ? g_strdup_printf (_("%s %s · %.1f %% · score fell"), supplier->code, supplier->name,
                       supplier->share * 100)
    : g_strdup_printf ("%s %s · %.1f %%", supplier->code, supplier->name,
                       supplier->share * 100);
  g_autofree char *reason = flag_reason (supplier);
  g_autofree char *tooltip = NULL;
  GtkWidget *label = gtk_label_new (text);

  /* Wrapped rather than cut: on a narrow window "score fell" must still show. */
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 48);
  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), badge);
  gtk_box_append (GTK_BOX (box), label);
  gtk_button_set_child (GTK_BUTTON (button), box);
  /* Translators: the tooltip of a flagged supplier, e.g. "Grade D, score fell: open the
   * scorecard" */
  tooltip = g_strdup_printf (_("%s: open the scorecard"), reason);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "tiers-flagged");
  g_object_set_data_full (G_OBJECT (button), "code", g_strdup (supplier->code), g_free);
  g_signal_connect (button, "clicked", G_CALLBACK (on_flagged_clicked_cb), self);
  return button;
}

static GtkWidget *
band_label (TiersRiskBand band)
{
  static const char *classes[] = {
    [TIERS_RISK_LOW] = "success", [TIERS_RISK_MODERATE] = "warning",
    [TIERS_RISK_HIGH] = "error",
  };
  GtkWidget *label = gtk_label_new (tiers_risk_band_label (band));

  gtk_widget_add_css_class (label, "tiers-risk-band");
  gtk_widget_add_css_class (label, classes[band]);
  gtk_widget_add_css_class (label, "caption-heading");
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  return label;
}

/* "Largest: S0041 Acme · 39.9 % · single source", under the name. */
static char *
describe_top (const TiersCategoryRisk *category)
{
  const TiersRiskSupplier *top = tiers_category_risk_top (category);
  g_autofree char *suppliers = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "%u supplier", "%u suppliers",
                                                             category->suppliers->len),
                                                category->suppliers->len);

  if (category->single_source)
    /* Translators: a category bought from one supplier only, e.g. "Single source: S0041 Acme" */
    return g_strdup_printf (_("Single source: %s %s"), top->code, top->name);
  /* Translators: e.g. "Largest: S0041 Acme, 39.9 % of 8 suppliers’ spend" */
  return g_strdup_printf (_("Largest: %s %s, %.1f %% of the spend of %s"), top->code,
                          top->name, top->share * 100, suppliers);
}

static GtkWidget *
category_row (TiersRiskView           *self,
              const TiersCategoryRisk *category)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *name = gtk_label_new (category->category);
  g_autofree char *hhi_text = g_strdup_printf (_("HHI %.0f"), category->hhi);
  GtkWidget *hhi = gtk_label_new (hhi_text);
  g_autofree char *top_text = describe_top (category);
  GtkWidget *top = gtk_label_new (top_text);

  gtk_widget_add_css_class (name, "heading");
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_widget_add_css_class (hhi, "numeric");
  gtk_widget_add_css_class (hhi, "dim-label");
  gtk_widget_set_tooltip_text (hhi, _("Herfindahl-Hirschman index of the suppliers’ shares: "
                                      "below 1,500 low, up to 2,500 moderate, above that high"));
  gtk_box_append (GTK_BOX (line), band_label (category->band));
  gtk_box_append (GTK_BOX (line), name);
  gtk_box_append (GTK_BOX (line), hhi);
  gtk_box_append (GTK_BOX (box), line);

  gtk_label_set_xalign (GTK_LABEL (top), 0);
  gtk_label_set_wrap (GTK_LABEL (top), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (top), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (top, "dim-label");
  gtk_box_append (GTK_BOX (box), top);

  if (category->n_flagged > 0)
    {
      GtkWidget *flow = gtk_flow_box_new ();

      gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
      gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), 4);
      gtk_widget_set_halign (flow, GTK_ALIGN_START);
      gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (flow), 6);
      gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (flow), 6);
      for (guint s = 0; s < category->suppliers->len; s++)
        {
          const TiersRiskSupplier *supplier = &g_array_index (category->suppliers,
                                                              TiersRiskSupplier, s);
          GtkWidget *button;

          if (!supplier->flagged)
            continue;
          button = flagged_button (self, supplier);
          gtk_flow_box_append (GTK_FLOW_BOX (flow), button);
          gtk_widget_set_focusable (gtk_widget_get_parent (button), FALSE);
        }
      gtk_accessible_update_property (GTK_ACCESSIBLE (flow), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Flagged suppliers"), -1);
      gtk_box_append (GTK_BOX (box), flow);
    }

  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  g_object_set_data_full (G_OBJECT (row), "category", g_strdup (category->category), g_free);
  return row;
}

/* --- the whole period --- */

static void
clear_list (TiersRiskView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
}

/* The grades a manager adjusted in the period's review: the risk reads the grades shown. */
static GHashTable *
adjusted_grades (TiersRiskView         *self,
                 const TiersEvaluation *evaluation)
{
  const TiersPeriodReview *review = tiers_session_get_review (self->session);

  if (review == NULL || !tiers_period_equal (&review->period, &evaluation->period))
    return NULL;
  return review->overrides;
}

static void
update_description (TiersRiskView *self)
{
  g_autofree char *text =
    /* Translators: the description of the Supply Risk section; %.0f %% is the threshold */
    g_strdup_printf (_("How much each category’s spend depends on few suppliers. Flagged: "
                       "suppliers with more than %.0f %% of a category’s spend that are "
                       "graded C or D or whose score fell."), self->threshold * 100);

  gtk_label_set_text (self->description, text);
}

static void
update (TiersRiskView *self)
{
  const TiersEvaluation *evaluation = NULL;
  const GPtrArray *details = NULL;
  g_autoptr(GPtrArray) order = NULL;
  g_autofree char *label = NULL;

  if (self->session != NULL)
    {
      evaluation = tiers_session_get_evaluation (self->session);
      details = tiers_session_get_details (self->session);
    }
  clear_list (self);
  g_clear_pointer (&self->risk, tiers_supply_risk_free);
  if (evaluation == NULL || details == NULL)
    {
      tiers_chart_clear (self->allocation_chart);
      gtk_stack_set_visible_child_name (self->stack, evaluation != NULL ? "loading" : "empty");
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RISK]);
      return;
    }

  self->risk = tiers_supply_risk_new (&evaluation->period, evaluation,
                                      tiers_session_get_previous_evaluation (self->session),
                                      details, adjusted_grades (self, evaluation),
                                      self->threshold);
  order = tiers_supply_risk_by_concern (self->risk);
  for (guint c = 0; c < order->len; c++)
    gtk_list_box_append (self->list, category_row (self, g_ptr_array_index (order, c)));
  label = tiers_period_to_label (&evaluation->period);
  tiers_chart_set_allocation (self->allocation_chart,
                              tiers_allocation_new (label, self->risk, NULL));
  gtk_stack_set_visible_child_name (self->stack, order->len > 0 ? "content" : "empty");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RISK]);
}

static void
on_session_changed_cb (TiersSession  *session,
                       GParamSpec    *pspec,
                       TiersRiskView *self)
{
  update (self);
}

static void
on_allocation_selected_cb (TiersChart    *chart,
                           guint          kind,
                           int            index,
                           int            index2,
                           const char    *key,
                           TiersRiskView *self)
{
  TiersSupplierFilter filter = { 0 };

  if ((TiersChartItemKind) kind != TIERS_CHART_ITEM_CATEGORY)
    return;
  /* A segment: the suppliers of that grade in that category. */
  filter.kind = TIERS_SUPPLIER_FILTER_GRADE;
  filter.grade = tiers_chart_grade_to_grade (index);
  filter.category = key;
  g_signal_emit (self, signals[SHOW_SUPPLIERS], 0, &filter);
}

/* --- the object --- */

void
tiers_risk_view_set_session (TiersRiskView *self,
                             TiersSession  *session)
{
  g_return_if_fail (TIERS_IS_RISK_VIEW (self));
  g_return_if_fail (session == NULL || TIERS_IS_SESSION (session));

  if (self->session == session)
    return;
  g_set_object (&self->session, session);
  g_signal_group_set_target (self->session_signals, session);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

double
tiers_risk_view_get_threshold (TiersRiskView *self)
{
  g_return_val_if_fail (TIERS_IS_RISK_VIEW (self), TIERS_RISK_DEFAULT_THRESHOLD);
  return self->threshold;
}

void
tiers_risk_view_set_threshold (TiersRiskView *self,
                               double         threshold)
{
  g_return_if_fail (TIERS_IS_RISK_VIEW (self));
  g_return_if_fail (tiers_risk_threshold_valid (threshold));

  if (self->threshold == threshold)
    return;
  self->threshold = threshold;
  update_description (self);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_THRESHOLD]);
}

const TiersSupplyRisk *
tiers_risk_view_get_risk (TiersRiskView *self)
{
  g_return_val_if_fail (TIERS_IS_RISK_VIEW (self), NULL);
  return self->risk;
}

GtkListBox *
tiers_risk_view_get_list (TiersRiskView *self)
{
  g_return_val_if_fail (TIERS_IS_RISK_VIEW (self), NULL);
  return self->list;
}

TiersChart *
tiers_risk_view_get_allocation_chart (TiersRiskView *self)
{
  g_return_val_if_fail (TIERS_IS_RISK_VIEW (self), NULL);
  return self->allocation_chart;
}

static void
tiers_risk_view_dispose (GObject *object)
{
  TiersRiskView *self = TIERS_RISK_VIEW (object);
  GtkWidget *child;

  if (self->session_signals != NULL)
    g_signal_group_set_target (self->session_signals, NULL);
  g_clear_object (&self->session_signals);
  g_clear_object (&self->session);
  g_clear_object (&self->settings);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (tiers_risk_view_parent_class)->dispose (object);
}

static void
tiers_risk_view_finalize (GObject *object)
{
  TiersRiskView *self = TIERS_RISK_VIEW (object);

  g_clear_pointer (&self->risk, tiers_supply_risk_free);
  G_OBJECT_CLASS (tiers_risk_view_parent_class)->finalize (object);
}

static void
tiers_risk_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TiersRiskView *self = TIERS_RISK_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_THRESHOLD:
      g_value_set_double (value, self->threshold);
      break;
    case PROP_RISK:
      g_value_set_pointer (value, self->risk);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tiers_risk_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  TiersRiskView *self = TIERS_RISK_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      tiers_risk_view_set_session (self, g_value_get_object (value));
      break;
    case PROP_THRESHOLD:
      tiers_risk_view_set_threshold (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tiers_risk_view_class_init (TiersRiskViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tiers_risk_view_dispose;
  object_class->finalize = tiers_risk_view_finalize;
  object_class->get_property = tiers_risk_view_get_property;
  object_class->set_property = tiers_risk_view_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, TIERS_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_THRESHOLD] =
    g_param_spec_double ("threshold", NULL, NULL, 0, 1, TIERS_RISK_DEFAULT_THRESHOLD,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RISK] =
    g_param_spec_pointer ("risk", NULL, NULL,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SHOW_SUPPLIERS] =
    g_signal_new ("show-suppliers", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_POINTER);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "tiers-risk-view");
}

/* The heading and description above a flow box of the list's card and the chart's card:
 * side by side on a wide window, one above the other on a narrow one. */
static void
build (TiersRiskView *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading = gtk_label_new (_("Supply Risk"));
  GtkWidget *description = gtk_label_new (NULL);
  GtkWidget *stack = gtk_stack_new ();
  GtkWidget *spinner = gtk_spinner_new ();
  GtkWidget *empty = adw_status_page_new ();
  GtkWidget *flow = gtk_flow_box_new ();
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *chart = tiers_chart_new ();
  GtkWidget *chart_card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *frame = gtk_scrolled_window_new ();

  gtk_widget_add_css_class (heading, "title-4");
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  heading, NULL, -1);
  gtk_label_set_xalign (GTK_LABEL (description), 0);
  gtk_label_set_wrap (GTK_LABEL (description), TRUE);
  gtk_widget_add_css_class (description, "dim-label");
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), description);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_set_valign (list, GTK_ALIGN_START);
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Categories by supply risk"), -1);

  gtk_widget_set_size_request (chart, 300, 340);
  gtk_accessible_update_property (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Spend by grade, now and suggested"), -1);
  g_signal_connect (chart, "selected", G_CALLBACK (on_allocation_selected_cb), self);
  gtk_widget_add_css_class (chart_card, "card");
  gtk_widget_add_css_class (chart_card, "tiers-chart-card");
  /* As on the overview's chart cards: a scrolled window that never scrolls lets the card ask
   * only for the chart's minimum width. */
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (frame), GTK_POLICY_NEVER,
                                  GTK_POLICY_NEVER);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (frame), chart);
  gtk_widget_set_vexpand (frame, TRUE);
  gtk_box_append (GTK_BOX (chart_card), frame);

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (flow), TRUE);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (flow), 1);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), 2);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (flow), 12);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (flow), 12);
  gtk_flow_box_append (GTK_FLOW_BOX (flow), list);
  gtk_flow_box_append (GTK_FLOW_BOX (flow), chart_card);
  gtk_widget_set_focusable (gtk_widget_get_parent (list), FALSE);
  gtk_widget_set_focusable (gtk_widget_get_parent (chart_card), FALSE);

  gtk_spinner_set_spinning (GTK_SPINNER (spinner), TRUE);
  gtk_widget_set_size_request (spinner, 32, 32);
  gtk_widget_set_halign (spinner, GTK_ALIGN_CENTER);
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "x-office-spreadsheet-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Spend in This Period"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _("Import the receipts of this period to see how much each "
                                     "category depends on few suppliers."));
  gtk_widget_add_css_class (empty, "compact");
  gtk_stack_add_named (GTK_STACK (stack), flow, "content");
  gtk_stack_add_named (GTK_STACK (stack), spinner, "loading");
  gtk_stack_add_named (GTK_STACK (stack), empty, "empty");
  gtk_box_append (GTK_BOX (box), stack);
  gtk_widget_set_parent (box, GTK_WIDGET (self));

  self->description = GTK_LABEL (description);
  self->stack = GTK_STACK (stack);
  self->list = GTK_LIST_BOX (list);
  self->allocation_chart = TIERS_CHART (chart);
}

static void
tiers_risk_view_init (TiersRiskView *self)
{
  self->threshold = TIERS_RISK_DEFAULT_THRESHOLD;
  build (self);
  update_description (self);

  self->session_signals = g_signal_group_new (TIERS_TYPE_SESSION);
  g_signal_group_connect (self->session_signals, "notify::evaluation",
                          G_CALLBACK (on_session_changed_cb), self);
  g_signal_group_connect (self->session_signals, "notify::details",
                          G_CALLBACK (on_session_changed_cb), self);
  g_signal_group_connect (self->session_signals, "notify::review",
                          G_CALLBACK (on_session_changed_cb), self);
  self->settings = g_settings_new (APPLICATION_ID);
  g_settings_bind (self->settings, "risk-share-threshold", self, "threshold",
                   G_SETTINGS_BIND_GET);
}

GtkWidget *
tiers_risk_view_new (TiersSession *session)
{
  return g_object_new (TIERS_TYPE_RISK_VIEW, "session", session, NULL);
}
