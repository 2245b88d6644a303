/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-period-selector.c: a drop-down of the session's periods that drives the session and
 * follows it: the list is rebuilt when the data change, the selection follows the session's
 * period, and a choice made here is remembered for the database. */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include <glib/gi18n.h>

#include "tiers-period-selector.h"

struct _TiersPeriodSelector
{
  GtkWidget     parent_instance;

  GtkDropDown  *dropdown;
  GtkStringList *labels;
  GArray       *periods;    /* of TiersPeriod, the drop-down's order */
  TiersSession *session;
  GSettings    *settings;
  gboolean      updating;   /* the selection is being set from the session */
};

G_DEFINE_FINAL_TYPE (TiersPeriodSelector, tiers_period_selector, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
remembered_period (TiersPeriodSelector *self)
{
  g_autoptr(GVariant) map = g_settings_get_value (self->settings, "database-periods");
  char *period = NULL;

  g_variant_lookup (map, tiers_session_get_database_path (self->session), "s", &period);
  return period;
}

/* Keeps one entry per database; the map is rewritten whole, as GSettings stores it. */
static void
remember_period (TiersPeriodSelector *self,
                 const TiersPeriod   *period)
{
  g_autoptr(GVariant) map = g_settings_get_value (self->settings, "database-periods");
  const char *path = tiers_session_get_database_path (self->session);
  g_autofree char *text = tiers_period_to_string (period);
  GVariantBuilder builder;
  GVariantIter iter;
  const char *key, *value;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{ss}"));
  g_variant_iter_init (&iter, map);
  while (g_variant_iter_next (&iter, "{&s&s}", &key, &value))
    if (g_strcmp0 (key, path) != 0)
      g_variant_builder_add (&builder, "{ss}", key, value);
  g_variant_builder_add (&builder, "{ss}", path, text);
  g_settings_set_value (self->settings, "database-periods", g_variant_builder_end (&builder));
}

static void
select_session_period (TiersPeriodSelector *self)
{
  const TiersPeriod *period = self->session ? tiers_session_get_period (self->session) : NULL;
  guint position = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; period != NULL && i < self->periods->len; i++)
    if (tiers_period_equal (&g_array_index (self->periods, TiersPeriod, i), period))
      position = i;
  self->updating = TRUE;
  gtk_drop_down_set_selected (self->dropdown, position);
  self->updating = FALSE;
}

static void
rebuild (TiersPeriodSelector *self)
{
  GArray *periods = self->session ? tiers_session_get_periods (self->session) : NULL;
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (self->labels));
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);

  g_array_set_size (self->periods, 0);
  for (guint i = 0; periods != NULL && i < periods->len; i++)
    {
      const TiersPeriod *period = &g_array_index (periods, TiersPeriod, i);

      g_array_append_val (self->periods, *period);
      g_ptr_array_add (labels, tiers_period_to_label (period));
    }
  g_ptr_array_add (labels, NULL);
  self->updating = TRUE;
  gtk_string_list_splice (self->labels, 0, n_old, (const char * const *) labels->pdata);
  self->updating = FALSE;
  gtk_widget_set_visible (GTK_WIDGET (self), self->periods->len > 0);
  select_session_period (self);
}

static void
on_session_period_cb (TiersSession        *session,
                      GParamSpec          *pspec,
                      TiersPeriodSelector *self)
{
  select_session_period (self);
}

static void
on_session_data_changed_cb (TiersSession        *session,
                            TiersPeriodSelector *self)
{
  rebuild (self);
}

static void
on_dropdown_selected_cb (GtkDropDown         *dropdown,
                         GParamSpec          *pspec,
                         TiersPeriodSelector *self)
{
  guint position = gtk_drop_down_get_selected (dropdown);
  const TiersPeriod *period;

  if (self->updating || self->session == NULL || position >= self->periods->len)
    return;
  period = &g_array_index (self->periods, TiersPeriod, position);
  remember_period (self, period);
  tiers_session_set_period (self->session, period);
}

/* The remembered period wins over the session's default while it still has data. */
static void
restore_period (TiersPeriodSelector *self)
{
  g_autofree char *text = remembered_period (self);
  TiersPeriod period;

  if (text == NULL || !tiers_period_parse (text, &period, NULL))
    return;
  for (guint i = 0; i < self->periods->len; i++)
    if (tiers_period_equal (&g_array_index (self->periods, TiersPeriod, i), &period))
      {
        tiers_session_set_period (self->session, &period);
        return;
      }
}

void
tiers_period_selector_set_session (TiersPeriodSelector *self,
                                   TiersSession        *session)
{
  g_return_if_fail (TIERS_IS_PERIOD_SELECTOR (self));
  g_return_if_fail (session == NULL || TIERS_IS_SESSION (session));

  if (self->session == session)
    return;
  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_set_object (&self->session, session);
  if (session != NULL)
    {
      g_signal_connect_object (session, "notify::period", G_CALLBACK (on_session_period_cb),
                               self, 0);
      g_signal_connect_object (session, "data-changed",
                               G_CALLBACK (on_session_data_changed_cb), self, 0);
    }
  rebuild (self);
  if (session != NULL)
    restore_period (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

TiersSession *
tiers_period_selector_get_session (TiersPeriodSelector *self)
{
  g_return_val_if_fail (TIERS_IS_PERIOD_SELECTOR (self), NULL);
  return self->session;
}

GtkDropDown *
tiers_period_selector_get_dropdown (TiersPeriodSelector *self)
{
  g_return_val_if_fail (TIERS_IS_PERIOD_SELECTOR (self), NULL);
  return self->dropdown;
}

static void
tiers_period_selector_dispose (GObject *object)
{
  TiersPeriodSelector *self = TIERS_PERIOD_SELECTOR (object);

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_clear_object (&self->session);
  if (self->dropdown != NULL)
    {
      gtk_widget_unparent (GTK_WIDGET (self->dropdown));
      self->dropdown = NULL;
    }
  G_OBJECT_CLASS (tiers_period_selector_parent_class)->dispose (object);
}

static void
tiers_period_selector_finalize (GObject *object)
{
  TiersPeriodSelector *self = TIERS_PERIOD_SELECTOR (object);

  g_clear_pointer (&self->periods, g_array_unref);
  g_clear_object (&self->settings);
  G_OBJECT_CLASS (tiers_period_selector_parent_class)->finalize (object);
}

static void
tiers_period_selector_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  TiersPeriodSelector *self = TIERS_PERIOD_SELECTOR (object);

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
tiers_period_selector_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  TiersPeriodSelector *self = TIERS_PERIOD_SELECTOR (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      tiers_period_selector_set_session (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tiers_period_selector_class_init (TiersPeriodSelectorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tiers_period_selector_dispose;
  object_class->finalize = tiers_period_selector_finalize;
  object_class->get_property = tiers_period_selector_get_property;
  object_class->set_property = tiers_period_selector_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, TIERS_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "tiers-period-selector");
}

static void
tiers_period_selector_init (TiersPeriodSelector *self)
{
  self->periods = g_array_new (FALSE, FALSE, sizeof (TiersPeriod));
  self->settings = g_settings_new (APPLICATION_ID);
  self->labels = gtk_string_list_new (NULL);
  self->dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (self->labels), NULL));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->dropdown), _("Period"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Period"), -1);
  gtk_widget_set_parent (GTK_WIDGET (self->dropdown), GTK_WIDGET (self));
  g_signal_connect (self->dropdown, "notify::selected", G_CALLBACK (on_dropdown_selected_cb),
                    self);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

GtkWidget *
tiers_period_selector_new (void)
{
  return g_object_new (TIERS_TYPE_PERIOD_SELECTOR, NULL);
}
