/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-beside-box.c: two children side by side when wide, stacked when narrow. Wide, the
 * end child takes a fixed share of the width; narrow, it takes the lower part of the height,
 * so each child keeps its own scrolling and neither pushes the other out of sight. */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include "tiers-beside-box.h"

/* Below this width the two children no longer fit beside each other readably. */
#define WIDE_MIN_WIDTH 860
/* Wide: the share of the width the end child gets. Narrow: the share of the height. */
#define END_WIDTH_SHARE 0.42
#define END_HEIGHT_SHARE 0.45

struct _TiersBesideBox
{
  GtkWidget  parent_instance;

  GtkWidget *start_child;
  GtkWidget *end_child;
  gboolean   stacked;
};

enum
{
  PROP_0,
  PROP_START_CHILD,
  PROP_END_CHILD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (TiersBesideBox, tiers_beside_box, GTK_TYPE_WIDGET)

static void
tiers_beside_box_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  TiersBesideBox *self = TIERS_BESIDE_BOX (widget);
  GtkWidget *children[] = { self->start_child, self->end_child };

  /* The box asks for the larger of its children in either direction: it always has the
   * choice to stack them, and each child scrolls. */
  *minimum = *natural = 0;
  for (guint i = 0; i < G_N_ELEMENTS (children); i++)
    {
      int min = 0, nat = 0;

      if (children[i] == NULL || !gtk_widget_get_visible (children[i]))
        continue;
      gtk_widget_measure (children[i], orientation, -1, &min, &nat, NULL, NULL);
      *minimum = MAX (*minimum, min);
      *natural = MAX (*natural, nat);
    }
  *minimum_baseline = *natural_baseline = -1;
}

static void
allocate_child (GtkWidget *child,
                int        x,
                int        y,
                int        width,
                int        height)
{
  GtkAllocation a = { x, y, width, height };
  int min_w = 0, min_h = 0;

  gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min_w, NULL, NULL, NULL);
  gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, a.width, &min_h, NULL, NULL, NULL);
  a.width = MAX (a.width, min_w);
  a.height = MAX (a.height, min_h);
  gtk_widget_size_allocate (child, &a, -1);
}

static void
tiers_beside_box_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  TiersBesideBox *self = TIERS_BESIDE_BOX (widget);
  gboolean both = self->start_child && self->end_child &&
                  gtk_widget_get_visible (self->end_child);

  self->stacked = width < WIDE_MIN_WIDTH;
  if (!both)
    {
      if (self->start_child)
        allocate_child (self->start_child, 0, 0, width, height);
      return;
    }
  if (self->stacked)
    {
      int end_height = (int) (height * END_HEIGHT_SHARE);

      allocate_child (self->start_child, 0, 0, width, height - end_height);
      allocate_child (self->end_child, 0, height - end_height, width, end_height);
    }
  else
    {
      int end_width = (int) (width * END_WIDTH_SHARE);

      allocate_child (self->start_child, 0, 0, width - end_width, height);
      allocate_child (self->end_child, width - end_width, 0, end_width, height);
    }
}

/* A hairline between the two children, in the text colour made faint, as a pane separator. */
static void
tiers_beside_box_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  TiersBesideBox *self = TIERS_BESIDE_BOX (widget);
  GtkAllocation end;
  GdkRGBA color;
  graphene_rect_t line;

  GTK_WIDGET_CLASS (tiers_beside_box_parent_class)->snapshot (widget, snapshot);
  if (self->end_child == NULL || !gtk_widget_get_visible (self->end_child) ||
      self->start_child == NULL)
    return;
  gtk_widget_get_allocation (self->end_child, &end);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  G_GNUC_END_IGNORE_DEPRECATIONS
  color.alpha *= 0.15f;
  if (self->stacked)
    line = GRAPHENE_RECT_INIT (0, end.y, gtk_widget_get_width (widget), 1);
  else
    line = GRAPHENE_RECT_INIT (end.x, 0, 1, gtk_widget_get_height (widget));
  gtk_snapshot_append_color (snapshot, &color, &line);
}

static void
set_child (TiersBesideBox *self,
           GtkWidget     **slot,
           GtkWidget      *child,
           GtkWidget      *sibling_after)
{
  if (*slot == child)
    return;
  g_clear_pointer (slot, gtk_widget_unparent);
  if (child != NULL)
    {
      *slot = child;
      gtk_widget_insert_before (child, GTK_WIDGET (self), sibling_after);
    }
}

void
tiers_beside_box_set_start_child (TiersBesideBox *self,
                                  GtkWidget      *child)
{
  g_return_if_fail (TIERS_IS_BESIDE_BOX (self));
  g_return_if_fail (child == NULL || GTK_IS_WIDGET (child));

  /* Keep the start child first, so keyboard focus moves from the editor to the preview. */
  set_child (self, &self->start_child, child, self->end_child);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START_CHILD]);
}

void
tiers_beside_box_set_end_child (TiersBesideBox *self,
                                GtkWidget      *child)
{
  g_return_if_fail (TIERS_IS_BESIDE_BOX (self));
  g_return_if_fail (child == NULL || GTK_IS_WIDGET (child));

  set_child (self, &self->end_child, child, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END_CHILD]);
}

gboolean
tiers_beside_box_get_stacked (TiersBesideBox *self)
{
  g_return_val_if_fail (TIERS_IS_BESIDE_BOX (self), FALSE);
  return self->stacked;
}

GtkWidget *
tiers_beside_box_new (void)
{
  return g_object_new (TIERS_TYPE_BESIDE_BOX, NULL);
}

static void
tiers_beside_box_dispose (GObject *object)
{
  TiersBesideBox *self = TIERS_BESIDE_BOX (object);

  g_clear_pointer (&self->start_child, gtk_widget_unparent);
  g_clear_pointer (&self->end_child, gtk_widget_unparent);
  G_OBJECT_CLASS (tiers_beside_box_parent_class)->dispose (object);
}

static void
tiers_beside_box_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  TiersBesideBox *self = TIERS_BESIDE_BOX (object);

  switch (prop_id)
    {
    case PROP_START_CHILD:
      g_value_set_object (value, self->start_child);
      break;
    case PROP_END_CHILD:
      g_value_set_object (value, self->end_child);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tiers_beside_box_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  TiersBesideBox *self = TIERS_BESIDE_BOX (object);

  switch (prop_id)
    {
    case PROP_START_CHILD:
      tiers_beside_box_set_start_child (self, g_value_get_object (value));
      break;
    case PROP_END_CHILD:
      tiers_beside_box_set_end_child (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tiers_beside_box_class_init (TiersBesideBoxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tiers_beside_box_dispose;
  object_class->get_property = tiers_beside_box_get_property;
  object_class->set_property = tiers_beside_box_set_property;
  widget_class->measure = tiers_beside_box_measure;
  widget_class->size_allocate = tiers_beside_box_size_allocate;
  widget_class->snapshot = tiers_beside_box_snapshot;

  properties[PROP_START_CHILD] =
    g_param_spec_object ("start-child", NULL, NULL, GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_END_CHILD] =
    g_param_spec_object ("end-child", NULL, NULL, GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tiers_beside_box_init (TiersBesideBox *self)
{
}
