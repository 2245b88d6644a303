/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-chart.c: the chart widget. snapshot() paints the cached layout through
 * gtk_snapshot_append_cairo; the layout is rebuilt only when the data, the size or the
 * style manager's dark flag changed, so hovering and focus never lay out again. */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "tiers-chart.h"

typedef enum
{
  MODE_NONE,
  MODE_DISTRIBUTION,
  MODE_TREND,
  MODE_TRANSITIONS,
  MODE_HISTORY,
  MODE_PROFILE,
  MODE_CONCENTRATION,
  MODE_ALLOCATION,
} Mode;

struct _TiersChart
{
  GtkWidget            parent_instance;

  Mode                 mode;
  gpointer             data;
  GDestroyNotify       data_free;
  TiersTransitionView  view;

  TiersChartLayout    *layout;       /* for layout_width x layout_height, layout_dark */
  int                  layout_width;
  int                  layout_height;
  gboolean             layout_dark;
  char                *summary;
  int                  highlighted;  /* an item of the layout, or -1 */

  AdwStyleManager     *style_manager;
};

G_DEFINE_FINAL_TYPE (TiersChart, tiers_chart, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_SUMMARY,
  PROP_TRANSITION_VIEW,
  N_PROPS
};

enum
{
  SELECTED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The size laid out before the widget has one, so the summary exists from the start. */
#define DEFAULT_WIDTH 480
#define DEFAULT_HEIGHT 320

/* Pango's language from the translation in use: "zh_CN.UTF-8" -> "zh_CN"; none for C. */
static char *
current_language (void)
{
  const char *name = g_get_language_names ()[0];
  char *language = g_strndup (name, strcspn (name, ".@"));

  if (g_str_equal (language, "C") || g_str_equal (language, "POSIX"))
    g_clear_pointer (&language, g_free);
  return language;
}

static gboolean
is_dark (TiersChart *self)
{
  return adw_style_manager_get_dark (self->style_manager);
}

static TiersChartLayout *
lay_out (TiersChart *self,
         int         width,
         int         height,
         gboolean    dark)
{
  g_autofree char *language = current_language ();
  TiersChartOptions options = { width, height, dark, language };
  TiersChartLayout *layout;

  switch (self->mode)
    {
    case MODE_DISTRIBUTION:
      return tiers_distribution_chart_layout (self->data, &options, NULL);
    case MODE_TREND:
      return tiers_trend_chart_layout (self->data, &options, NULL);
    case MODE_TRANSITIONS:
      return tiers_transition_chart_layout (self->data, self->view, &options, NULL);
    case MODE_HISTORY:
      return tiers_history_chart_layout (self->data, &options, NULL);
    case MODE_PROFILE:
      return tiers_profile_chart_layout (self->data, &options, NULL);
    case MODE_CONCENTRATION:
      return tiers_concentration_chart_layout (self->data, &options, NULL);
    case MODE_ALLOCATION:
      return tiers_allocation_chart_layout (self->data, &options, NULL);
    case MODE_NONE:
    default:
      layout = tiers_chart_layout_new (&options);
      tiers_chart_layout_set_empty (layout, _("Chart"), _("Choose a period to see its grades."));
      return layout;
    }
}

static void
update_accessible (TiersChart *self)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->summary,
                                  -1);
}

/* Data or theme changed: drop the layout, refresh the summary from a fresh one. */
static void
invalidate (TiersChart *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  g_autofree char *old_summary = g_steal_pointer (&self->summary);

  g_clear_pointer (&self->layout, tiers_chart_layout_free);
  self->layout_width = width > 0 ? width : DEFAULT_WIDTH;
  self->layout_height = height > 0 ? height : DEFAULT_HEIGHT;
  self->layout_dark = is_dark (self);
  self->layout = lay_out (self, self->layout_width, self->layout_height, self->layout_dark);
  self->summary = g_strdup (self->layout->summary);
  self->highlighted = -1;

  if (g_strcmp0 (old_summary, self->summary) != 0)
    {
      update_accessible (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static TiersChartLayout *
ensure_layout (TiersChart *self,
               int         width,
               int         height)
{
  if (self->layout == NULL || self->layout_width != width || self->layout_height != height
      || self->layout_dark != is_dark (self))
    {
      g_clear_pointer (&self->layout, tiers_chart_layout_free);
      self->layout_width = width;
      self->layout_height = height;
      self->layout_dark = is_dark (self);
      self->layout = lay_out (self, width, height, self->layout_dark);
      /* The marks moved: keep the highlight only while it still exists. */
      if (self->highlighted >= (int) self->layout->items->len)
        self->highlighted = -1;
    }
  return self->layout;
}

static void
set_data (TiersChart     *self,
          Mode            mode,
          gpointer        data,
          GDestroyNotify  data_free)
{
  if (self->data_free != NULL)
    g_clear_pointer (&self->data, self->data_free);
  self->mode = mode;
  self->data = data;
  self->data_free = data_free;
  invalidate (self);
}

static void
tiers_chart_snapshot (GtkWidget   *widget,
                      GtkSnapshot *snapshot)
{
  TiersChart *self = TIERS_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  TiersChartLayout *layout;
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  layout = ensure_layout (self, width, height);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  tiers_chart_layout_paint (layout, cr);
  if (gtk_widget_has_focus (widget))
    tiers_chart_layout_paint_focus (layout, cr, self->highlighted);
  cairo_destroy (cr);
}

static void
tiers_chart_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  /* The renderer keeps every label legible from 300x200 up. */
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 300 : 200;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? DEFAULT_WIDTH : DEFAULT_HEIGHT;
}

static const TiersChartItem *
item_at_index (TiersChart *self,
               int         index)
{
  if (self->layout == NULL || index < 0 || (guint) index >= self->layout->items->len)
    return NULL;
  return &g_array_index (self->layout->items, TiersChartItem, index);
}

static gboolean
tiers_chart_query_tooltip (GtkWidget  *widget,
                           int         x,
                           int         y,
                           gboolean    keyboard_mode,
                           GtkTooltip *tooltip)
{
  TiersChart *self = TIERS_CHART (widget);
  const TiersChartItem *item;

  if (self->layout == NULL)
    return FALSE;
  item = item_at_index (self, keyboard_mode ? self->highlighted
                                            : tiers_chart_layout_item_at (self->layout, x, y));
  if (item == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, item->tooltip);
  /* Moving onto another mark asks again, so the text follows the pointer. */
  gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) { (int) item->box.x, (int) item->box.y,
                                                       MAX (1, (int) item->box.width),
                                                       MAX (1, (int) item->box.height) });
  return TRUE;
}

static void
emit_selected (TiersChart *self)
{
  const TiersChartItem *item = item_at_index (self, self->highlighted);

  if (item != NULL)
    g_signal_emit (self, signals[SELECTED], 0, (guint) item->kind, item->index, item->index2,
                   item->key);
}

static void
move_highlight (TiersChart *self,
                int         delta)
{
  int n;

  if (self->layout == NULL || self->layout->items->len == 0)
    return;
  n = (int) self->layout->items->len;
  if (self->highlighted < 0)
    self->highlighted = delta > 0 ? 0 : n - 1;
  else
    self->highlighted = CLAMP (self->highlighted + delta, 0, n - 1);
  gtk_widget_trigger_tooltip_query (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
tiers_chart_next_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  move_highlight (TIERS_CHART (widget), 1);
}

static void
tiers_chart_previous_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  move_highlight (TIERS_CHART (widget), -1);
}

static void
tiers_chart_select_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  emit_selected (TIERS_CHART (widget));
}

gboolean
tiers_chart_select_at (TiersChart *self,
                       double      x,
                       double      y)
{
  int item;

  g_return_val_if_fail (TIERS_IS_CHART (self), FALSE);

  if (tiers_chart_get_layout (self) == NULL)
    return FALSE;
  item = tiers_chart_layout_item_at (self->layout, x, y);
  if (item < 0)
    return FALSE;
  self->highlighted = item;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  emit_selected (self);
  return TRUE;
}

static void
on_click_gesture_released_cb (GtkGestureClick *gesture,
                      int              n_press,
                      double           x,
                      double           y,
                      TiersChart      *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self));
  tiers_chart_select_at (self, x, y);
}

static void
on_style_manager_notify_dark_cb (AdwStyleManager *style_manager,
                          GParamSpec      *pspec,
                          TiersChart      *self)
{
  g_clear_pointer (&self->layout, tiers_chart_layout_free);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_chart_notify_has_focus_cb (TiersChart *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
tiers_chart_dispose (GObject *object)
{
  TiersChart *self = TIERS_CHART (object);

  if (self->style_manager != NULL)
    g_signal_handlers_disconnect_by_data (self->style_manager, self);
  self->style_manager = NULL;
  if (self->data_free != NULL)
    g_clear_pointer (&self->data, self->data_free);
  g_clear_pointer (&self->layout, tiers_chart_layout_free);
  G_OBJECT_CLASS (tiers_chart_parent_class)->dispose (object);
}

static void
tiers_chart_finalize (GObject *object)
{
  TiersChart *self = TIERS_CHART (object);

  g_free (self->summary);
  G_OBJECT_CLASS (tiers_chart_parent_class)->finalize (object);
}

static void
tiers_chart_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  TiersChart *self = TIERS_CHART (object);

  switch (prop_id)
    {
    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;
    case PROP_TRANSITION_VIEW:
      g_value_set_int (value, self->view);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tiers_chart_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  TiersChart *self = TIERS_CHART (object);

  switch (prop_id)
    {
    case PROP_TRANSITION_VIEW:
      tiers_chart_set_transition_view (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tiers_chart_class_init (TiersChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tiers_chart_dispose;
  object_class->finalize = tiers_chart_finalize;
  object_class->get_property = tiers_chart_get_property;
  object_class->set_property = tiers_chart_set_property;
  widget_class->snapshot = tiers_chart_snapshot;
  widget_class->measure = tiers_chart_measure;
  widget_class->query_tooltip = tiers_chart_query_tooltip;

  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TRANSITION_VIEW] =
    g_param_spec_int ("transition-view", NULL, NULL,
                      TIERS_TRANSITION_VIEW_MATRIX, TIERS_TRANSITION_VIEW_FLOW,
                      TIERS_TRANSITION_VIEW_MATRIX,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TiersChart::selected:
   * @kind: a TiersChartItemKind
   * @index: the grade, from-grade, period, dimension or supplier position
   * @index2: the to-grade of a transition, the grade of a trend segment, or -1
   * @key: the grade letter ("" for ungraded), period, dimension or supplier code
   */
  signals[SELECTED] =
    g_signal_new ("selected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 4, G_TYPE_UINT, G_TYPE_INT, G_TYPE_INT, G_TYPE_STRING);

  gtk_widget_class_install_action (widget_class, "chart.next", NULL, tiers_chart_next_action);
  gtk_widget_class_install_action (widget_class, "chart.previous", NULL,
                                   tiers_chart_previous_action);
  gtk_widget_class_install_action (widget_class, "chart.select", NULL,
                                   tiers_chart_select_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "chart.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, 0, "chart.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "chart.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, 0, "chart.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "chart.select", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "chart.select", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0, "chart.select", NULL);

  gtk_widget_class_set_css_name (widget_class, "tiers-chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
tiers_chart_init (TiersChart *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  self->highlighted = -1;
  self->style_manager = adw_style_manager_get_default ();
  g_signal_connect_object (self->style_manager, "notify::dark",
                           G_CALLBACK (on_style_manager_notify_dark_cb), self, 0);
  g_signal_connect (self, "notify::has-focus", G_CALLBACK (on_chart_notify_has_focus_cb), NULL);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "released", G_CALLBACK (on_click_gesture_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_focus_on_click (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  invalidate (self);
}

GtkWidget *
tiers_chart_new (void)
{
  return g_object_new (TIERS_TYPE_CHART, NULL);
}

void
tiers_chart_set_distribution (TiersChart            *self,
                              TiersDistributionData *data)
{
  g_return_if_fail (TIERS_IS_CHART (self) && data != NULL);
  set_data (self, MODE_DISTRIBUTION, data, (GDestroyNotify) tiers_distribution_data_free);
}

void
tiers_chart_set_trend (TiersChart     *self,
                       TiersTrendData *data)
{
  g_return_if_fail (TIERS_IS_CHART (self) && data != NULL);
  set_data (self, MODE_TREND, data, (GDestroyNotify) tiers_trend_data_free);
}

void
tiers_chart_set_transitions (TiersChart          *self,
                             TiersTransitionData *data)
{
  g_return_if_fail (TIERS_IS_CHART (self) && data != NULL);
  set_data (self, MODE_TRANSITIONS, data, (GDestroyNotify) tiers_transition_data_free);
}

void
tiers_chart_set_history (TiersChart       *self,
                         TiersHistoryData *data)
{
  g_return_if_fail (TIERS_IS_CHART (self) && data != NULL);
  set_data (self, MODE_HISTORY, data, (GDestroyNotify) tiers_history_data_free);
}

void
tiers_chart_set_profile (TiersChart       *self,
                         TiersProfileData *data)
{
  g_return_if_fail (TIERS_IS_CHART (self) && data != NULL);
  set_data (self, MODE_PROFILE, data, (GDestroyNotify) tiers_profile_data_free);
}

void
tiers_chart_set_concentration (TiersChart             *self,
                               TiersConcentrationData *data)
{
  g_return_if_fail (TIERS_IS_CHART (self) && data != NULL);
  set_data (self, MODE_CONCENTRATION, data, (GDestroyNotify) tiers_concentration_data_free);
}

void
tiers_chart_set_allocation (TiersChart          *self,
                            TiersAllocationData *data)
{
  g_return_if_fail (TIERS_IS_CHART (self));
  g_return_if_fail (data != NULL);
  set_data (self, MODE_ALLOCATION, data, (GDestroyNotify) tiers_allocation_free);
}

/* Back to the empty state, for example while a period is being evaluated. */
void
tiers_chart_clear (TiersChart *self)
{
  g_return_if_fail (TIERS_IS_CHART (self));
  set_data (self, MODE_NONE, NULL, NULL);
}

TiersTransitionView
tiers_chart_get_transition_view (TiersChart *self)
{
  g_return_val_if_fail (TIERS_IS_CHART (self), TIERS_TRANSITION_VIEW_MATRIX);
  return self->view;
}

void
tiers_chart_set_transition_view (TiersChart          *self,
                                 TiersTransitionView  view)
{
  g_return_if_fail (TIERS_IS_CHART (self));

  if (self->view == view)
    return;
  self->view = view;
  if (self->mode == MODE_TRANSITIONS)
    invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRANSITION_VIEW]);
}

const char *
tiers_chart_get_summary (TiersChart *self)
{
  g_return_val_if_fail (TIERS_IS_CHART (self), NULL);
  return self->summary;
}

int
tiers_chart_get_highlighted (TiersChart *self)
{
  g_return_val_if_fail (TIERS_IS_CHART (self), -1);
  return self->highlighted;
}

const TiersChartLayout *
tiers_chart_get_layout (TiersChart *self)
{
  int width, height;

  g_return_val_if_fail (TIERS_IS_CHART (self), NULL);

  width = gtk_widget_get_width (GTK_WIDGET (self));
  height = gtk_widget_get_height (GTK_WIDGET (self));
  if (width <= 0 || height <= 0)
    return NULL;
  return ensure_layout (self, width, height);
}
