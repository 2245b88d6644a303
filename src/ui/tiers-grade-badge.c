/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-grade-badge.c: the grade badge. snapshot() fills a rounded rectangle with the
 * palette's grade colour and draws the letter in the palette's text colour for that fill, so
 * the contrast is the palette's own in light and dark mode. */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "tiers-grade-badge.h"
#include "tiers-palette.h"

struct _TiersGradeBadge
{
  GtkWidget        parent_instance;

  TiersGrade       grade;
  gboolean         large;
  PangoLayout     *layout;
  AdwStyleManager *style_manager;
};

G_DEFINE_FINAL_TYPE (TiersGradeBadge, tiers_grade_badge, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_GRADE,
  PROP_LARGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

char *
tiers_grade_describe (TiersGrade grade)
{
  if (grade == TIERS_GRADE_NONE)
    return g_strdup (_("Ungraded"));
  /* Translators: the grade of a supplier, e.g. "Grade B" */
  return g_strdup_printf (_("Grade %s"), tiers_grade_to_string (grade));
}

static void
update_text (TiersGradeBadge *self)
{
  g_autoptr(PangoAttrList) attributes = pango_attr_list_new ();
  g_autofree char *description = tiers_grade_describe (self->grade);

  pango_attr_list_insert (attributes, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_attr_list_insert (attributes, pango_attr_font_features_new ("tnum"));
  if (self->large)
    pango_attr_list_insert (attributes, pango_attr_scale_new (1.8));
  g_clear_object (&self->layout);
  self->layout = gtk_widget_create_pango_layout (GTK_WIDGET (self),
      tiers_chart_grade_letter (tiers_chart_grade_of (self->grade)));
  pango_layout_set_attributes (self->layout, attributes);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
tiers_grade_badge_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  TiersGradeBadge *self = TIERS_GRADE_BADGE (widget);
  int width, height, padding = self->large ? 8 : 3;

  pango_layout_get_pixel_size (self->layout, &width, &height);
  height += 2 * padding;
  /* At least as wide as high: every letter gets the same square badge. */
  width = MAX (width + 2 * padding, height);
  *minimum = *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? width : height;
}

static void
tiers_grade_badge_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  TiersGradeBadge *self = TIERS_GRADE_BADGE (widget);
  const TiersPalette *palette = tiers_palette_get (adw_style_manager_get_dark (self->style_manager));
  TiersChartGrade grade = tiers_chart_grade_of (self->grade);
  const TiersColor *fill = &palette->grade[grade];
  const TiersColor *ink = &palette->on_grade[grade];
  GdkRGBA fill_rgba = { fill->red, fill->green, fill->blue, fill->alpha };
  GdkRGBA ink_rgba = { ink->red, ink->green, ink->blue, ink->alpha };
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  int text_width, text_height;
  GskRoundedRect outline;

  gsk_rounded_rect_init_from_rect (&outline, &GRAPHENE_RECT_INIT (0, 0, width, height),
                                   self->large ? 8 : 5);
  gtk_snapshot_push_rounded_clip (snapshot, &outline);
  gtk_snapshot_append_color (snapshot, &fill_rgba, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gtk_snapshot_pop (snapshot);

  pango_layout_get_pixel_size (self->layout, &text_width, &text_height);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT ((width - text_width) / 2.0f,
                                                          (height - text_height) / 2.0f));
  gtk_snapshot_append_layout (snapshot, self->layout, &ink_rgba);
  gtk_snapshot_restore (snapshot);
}

static void
on_style_manager_dark_cb (TiersGradeBadge *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
tiers_grade_badge_dispose (GObject *object)
{
  TiersGradeBadge *self = TIERS_GRADE_BADGE (object);

  if (self->style_manager != NULL)
    g_signal_handlers_disconnect_by_data (self->style_manager, self);
  self->style_manager = NULL;
  g_clear_object (&self->layout);
  G_OBJECT_CLASS (tiers_grade_badge_parent_class)->dispose (object);
}

static void
tiers_grade_badge_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  TiersGradeBadge *self = TIERS_GRADE_BADGE (object);

  switch (prop_id)
    {
    case PROP_GRADE:
      g_value_set_int (value, self->grade);
      break;
    case PROP_LARGE:
      g_value_set_boolean (value, self->large);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tiers_grade_badge_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  TiersGradeBadge *self = TIERS_GRADE_BADGE (object);

  switch (prop_id)
    {
    case PROP_GRADE:
      tiers_grade_badge_set_grade (self, (TiersGrade) g_value_get_int (value));
      break;
    case PROP_LARGE:
      tiers_grade_badge_set_large (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tiers_grade_badge_class_init (TiersGradeBadgeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tiers_grade_badge_dispose;
  object_class->get_property = tiers_grade_badge_get_property;
  object_class->set_property = tiers_grade_badge_set_property;
  widget_class->measure = tiers_grade_badge_measure;
  widget_class->snapshot = tiers_grade_badge_snapshot;

  properties[PROP_GRADE] =
    g_param_spec_int ("grade", NULL, NULL, TIERS_GRADE_NONE, TIERS_GRADE_D, TIERS_GRADE_NONE,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LARGE] =
    g_param_spec_boolean ("large", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "gradebadge");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
tiers_grade_badge_init (TiersGradeBadge *self)
{
  self->style_manager = adw_style_manager_get_default ();
  g_signal_connect_object (self->style_manager, "notify::dark",
                           G_CALLBACK (on_style_manager_dark_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_set_halign (GTK_WIDGET (self), GTK_ALIGN_START);
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
  update_text (self);
}

GtkWidget *
tiers_grade_badge_new (TiersGrade grade)
{
  return g_object_new (TIERS_TYPE_GRADE_BADGE, "grade", grade, NULL);
}

TiersGrade
tiers_grade_badge_get_grade (TiersGradeBadge *self)
{
  g_return_val_if_fail (TIERS_IS_GRADE_BADGE (self), TIERS_GRADE_NONE);
  return self->grade;
}

void
tiers_grade_badge_set_grade (TiersGradeBadge *self,
                             TiersGrade       grade)
{
  g_return_if_fail (TIERS_IS_GRADE_BADGE (self));
  g_return_if_fail (grade <= TIERS_GRADE_D);

  if (self->grade == grade)
    return;
  self->grade = grade;
  update_text (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GRADE]);
}

gboolean
tiers_grade_badge_get_large (TiersGradeBadge *self)
{
  g_return_val_if_fail (TIERS_IS_GRADE_BADGE (self), FALSE);
  return self->large;
}

void
tiers_grade_badge_set_large (TiersGradeBadge *self,
                             gboolean         large)
{
  g_return_if_fail (TIERS_IS_GRADE_BADGE (self));

  large = !!large;
  if (self->large == large)
    return;
  self->large = large;
  update_text (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LARGE]);
}
