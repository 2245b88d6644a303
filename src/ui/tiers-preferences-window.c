/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-preferences-window.c: the Preferences window. Each row is bound to its GSettings key,
 * so a change is kept the moment it is made, as GNOME preferences are. */
#define G_LOG_DOMAIN "tiers-preferences"

#include "config.h"

#include "tiers-preferences-window.h"

struct _TiersPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  GSettings     *settings;
  AdwEntryRow   *company_row;
  GtkSpinButton *risk_share_spin;
};

G_DEFINE_FINAL_TYPE (TiersPreferencesWindow, tiers_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* The key keeps a fraction (0.30); the row shows a percentage (30). */
static gboolean
fraction_to_percent (GValue   *value,
                     GVariant *variant,
                     gpointer  user_data)
{
  g_value_set_double (value, g_variant_get_double (variant) * 100.0);
  return TRUE;
}

static GVariant *
percent_to_fraction (const GValue       *value,
                     const GVariantType *expected_type,
                     gpointer            user_data)
{
  return g_variant_new_double (g_value_get_double (value) / 100.0);
}

static void
tiers_preferences_window_dispose (GObject *object)
{
  TiersPreferencesWindow *self = TIERS_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TIERS_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);
  G_OBJECT_CLASS (tiers_preferences_window_parent_class)->dispose (object);
}

static void
tiers_preferences_window_class_init (TiersPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tiers_preferences_window_dispose;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/suppliertiers/SupplierTiers/"
                                               "tiers-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TiersPreferencesWindow, company_row);
  gtk_widget_class_bind_template_child (widget_class, TiersPreferencesWindow, risk_share_spin);
}

static void
tiers_preferences_window_init (TiersPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->settings = g_settings_new (APPLICATION_ID);
  g_settings_bind (self->settings, "company-name", self->company_row, "text",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (self->settings, "risk-share-threshold",
                                gtk_spin_button_get_adjustment (self->risk_share_spin), "value",
                                G_SETTINGS_BIND_DEFAULT, fraction_to_percent,
                                percent_to_fraction, NULL, NULL);
}

GtkWidget *
tiers_preferences_window_new (GtkWindow *parent)
{
  return g_object_new (TIERS_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "modal", parent != NULL,
                       NULL);
}
