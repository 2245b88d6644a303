/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-period-selector.c: a drop-down of the session's periods that drives the session and
 * follows it: the list is rebuilt when the data change, the selection follows the session's
 * period, and a choice made here is remembered for the database. On a narrow window the
 * button names the period in its shortest form, so the header bar still fits. */
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
  GSignalGroup *session_signals;
  GSettings    *settings;
  GtkListItemFactory *full_factory;     /* GTK's own: the list (with the check mark of the
                                         * chosen period), the button of a wide window */
  GtkListItemFactory *compact_factory;  /* the button of a narrow window */
  gboolean      updating;   /* the selection is being set from the session */
  gboolean      compact;
};

G_DEFINE_FINAL_TYPE (TiersPeriodSelector, tiers_period_selector, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_COMPACT,
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

/* The shortest way to name PERIOD, for the button of a narrow window. */
static char *
compact_label (const TiersPeriod *period)
{
  switch (period->kind)
    {
    case TIERS_PERIOD_QUARTER:
      /* Translators: a quarter in the header bar of a narrow window, e.g. "2026 Q3": as
       * short as it can be, the whole header bar must fit in 360 pixels */
      return g_strdup_printf (C_("narrow period", "%d Q%d"), period->year, period->index);
    case TIERS_PERIOD_HALF:
      return g_strdup_printf (period->index == 1
                              /* Translators: a first half-year in the header bar of a
                               * narrow window, e.g. "2026 H1": as short as it can be */
                              ? C_("narrow period", "%d H1")
                              /* Translators: a second half-year in the header bar of a
                               * narrow window, e.g. "2026 H2": as short as it can be */
                              : C_("narrow period", "%d H2"),
                              period->year);
    default:
      return tiers_period_to_label (period);
    }
}

static void
on_compact_setup_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item,
                     TiersPeriodSelector      *self)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_list_item_set_child (item, label);
}

/* The item is the period's full label: the period is found by it. */
static void
on_compact_bind_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    TiersPeriodSelector      *self)
{
  const char *full = gtk_string_object_get_string (gtk_list_item_get_item (item));
  g_autofree char *text = NULL;

  for (guint i = 0; text == NULL && i < self->periods->len; i++)
    {
      const TiersPeriod *period = &g_array_index (self->periods, TiersPeriod, i);
      g_autofree char *label = tiers_period_to_label (period);

      if (g_strcmp0 (label, full) == 0)
        text = compact_label (period);
    }
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text != NULL ? text : full);
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
  g_set_object (&self->session, session);
  g_signal_group_set_target (self->session_signals, session);
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

void
tiers_period_selector_choose (TiersPeriodSelector *self,
                              const TiersPeriod   *period)
{
  g_return_if_fail (TIERS_IS_PERIOD_SELECTOR (self));
  g_return_if_fail (period != NULL);

  for (guint i = 0; i < self->periods->len; i++)
    if (tiers_period_equal (&g_array_index (self->periods, TiersPeriod, i), period))
      gtk_drop_down_set_selected (self->dropdown, i);
}

gboolean
tiers_period_selector_get_compact (TiersPeriodSelector *self)
{
  g_return_val_if_fail (TIERS_IS_PERIOD_SELECTOR (self), FALSE);
  return self->compact;
}

void
tiers_period_selector_set_compact (TiersPeriodSelector *self,
                                   gboolean             compact)
{
  g_return_if_fail (TIERS_IS_PERIOD_SELECTOR (self));

  compact = !!compact;
  if (self->compact == compact)
    return;
  self->compact = compact;
  gtk_drop_down_set_factory (self->dropdown,
                             compact ? self->compact_factory : self->full_factory);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPACT]);
}

/* The first label shown below WIDGET: the button's stack keeps a hidden one for "no
 * period". */
static GtkLabel *
first_label (GtkWidget *widget)
{
  if (!gtk_widget_get_child_visible (widget))
    return NULL;
  if (GTK_IS_LABEL (widget))
    return GTK_LABEL (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *label = first_label (child);

      if (label != NULL)
        return label;
    }
  return NULL;
}

const char *
tiers_period_selector_get_button_text (TiersPeriodSelector *self)
{
  GtkWidget *button;
  GtkLabel *label;

  g_return_val_if_fail (TIERS_IS_PERIOD_SELECTOR (self), NULL);

  /* The drop-down's first child is its button, holding the factory's label; the list
   * is in the popover after it. */
  button = gtk_widget_get_first_child (GTK_WIDGET (self->dropdown));
  label = button != NULL ? first_label (button) : NULL;
  return label != NULL ? gtk_label_get_text (label) : NULL;
}

static void
tiers_period_selector_dispose (GObject *object)
{
  TiersPeriodSelector *self = TIERS_PERIOD_SELECTOR (object);

  if (self->session_signals != NULL)
    g_signal_group_set_target (self->session_signals, NULL);
  g_clear_object (&self->session_signals);
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
  g_clear_object (&self->full_factory);
  g_clear_object (&self->compact_factory);
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
    case PROP_COMPACT:
      g_value_set_boolean (value, self->compact);
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
    case PROP_COMPACT:
      tiers_period_selector_set_compact (self, g_value_get_boolean (value));
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
  properties[PROP_COMPACT] =
    g_param_spec_boolean ("compact", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "tiers-period-selector");
}

static void
tiers_period_selector_init (TiersPeriodSelector *self)
{
  self->periods = g_array_new (FALSE, FALSE, sizeof (TiersPeriod));
  self->session_signals = g_signal_group_new (TIERS_TYPE_SESSION);
  g_signal_group_connect (self->session_signals, "notify::period",
                          G_CALLBACK (on_session_period_cb), self);
  g_signal_group_connect (self->session_signals, "data-changed",
                          G_CALLBACK (on_session_data_changed_cb), self);
  self->settings = g_settings_new (APPLICATION_ID);
  self->labels = gtk_string_list_new (NULL);
  self->dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (self->labels), NULL));
  self->full_factory = g_object_ref (gtk_drop_down_get_factory (self->dropdown));
  gtk_drop_down_set_list_factory (self->dropdown, self->full_factory);
  self->compact_factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (self->compact_factory, "setup", G_CALLBACK (on_compact_setup_cb), self);
  g_signal_connect (self->compact_factory, "bind", G_CALLBACK (on_compact_bind_cb), self);
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
