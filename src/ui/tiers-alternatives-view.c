/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-alternatives-view.c: the A and B suppliers beside a C or D one, from the session's
 * evaluation, the review's adjusted grades and the period's spend. */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "tiers-alternatives.h"
#include "tiers-alternatives-view.h"
#include "tiers-grade-badge.h"

struct _TiersAlternativesView
{
  GtkWidget            parent_instance;

  TiersSession        *session;
  GSignalGroup        *session_signals;
  char                *code;
  guint                n_alternatives;

  AdwPreferencesGroup *group;
  GtkListBox          *list;
};

G_DEFINE_FINAL_TYPE (TiersAlternativesView, tiers_alternatives_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_SUPPLIER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWidget *
alternative_row (const TiersAlternative *alternative,
                 const char             *category)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *badge = tiers_grade_badge_new (alternative->grade);
  g_autofree char *score_text = g_strdup_printf ("%.2f", alternative->score);
  GtkWidget *score = gtk_label_new (score_text);
  g_autofree char *subtitle = NULL;

  /* Names and categories are the user's text, shown as written (docs/reliability.md). */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), alternative->name);
  subtitle = alternative->share > 0
    /* Translators: an alternative supplier, e.g. "S0003 · 12.5 % of the spend on Castings" */
    ? g_strdup_printf (_("%s · %.1f %% of the spend on %s"), alternative->code,
                       alternative->share * 100, category)
    : g_strdup_printf (_("%s · no spend on %s in this period"), alternative->code, category);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), badge);
  gtk_widget_add_css_class (score, "heading");
  gtk_widget_add_css_class (score, "numeric");
  gtk_widget_set_tooltip_text (score, _("Score out of 100"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), score);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "suppliers.open-supplier");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", alternative->code);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_set_tooltip_text (row, _("Open the scorecard"));
  return row;
}

static void
clear_list (TiersAlternativesView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
}

static void
update (TiersAlternativesView *self)
{
  const TiersEvaluation *evaluation = NULL;
  const TiersPeriodReview *review;
  const TiersSupplierResult *result;
  g_autoptr(GArray) alternatives = NULL;
  g_autofree char *description = NULL;
  g_autofree char *period = NULL;
  GHashTable *adjusted = NULL;

  clear_list (self);
  self->n_alternatives = 0;
  if (self->session != NULL && self->code != NULL)
    evaluation = tiers_session_get_evaluation (self->session);
  result = evaluation != NULL ? tiers_evaluation_find (evaluation, self->code) : NULL;
  if (result == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
      return;
    }
  review = tiers_session_get_review (self->session);
  if (review != NULL && tiers_period_equal (&review->period, &evaluation->period))
    adjusted = review->overrides;
  alternatives = tiers_alternatives_find (evaluation, tiers_session_get_details (self->session),
                                          adjusted, self->code);
  if (!tiers_alternatives_wanted (tiers_grade_counted (result, adjusted)))
    {
      gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
      return;
    }

  period = tiers_period_to_label (&evaluation->period);
  /* Translators: the description of a C or D supplier's alternatives, e.g. "The A and B
   * suppliers of Castings in 2026 Q3, best score first." */
  description = g_strdup_printf (_("The A and B suppliers of %s in %s, best score first."),
                                 result->supplier->category, period);
  adw_preferences_group_set_description (self->group, description);
  for (guint i = 0; i < alternatives->len; i++)
    gtk_list_box_append (self->list,
                         alternative_row (&g_array_index (alternatives, TiersAlternative, i),
                                          result->supplier->category));
  self->n_alternatives = alternatives->len;
  if (alternatives->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     _("No A or B supplier in this category"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   _("Look for new sources: no supplier of this category is "
                                     "graded A or B in this period."));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_list_box_append (self->list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
}

static void
on_session_changed_cb (TiersSession          *session,
                       GParamSpec            *pspec,
                       TiersAlternativesView *self)
{
  update (self);
}

void
tiers_alternatives_view_set_session (TiersAlternativesView *self,
                                     TiersSession          *session)
{
  g_return_if_fail (TIERS_IS_ALTERNATIVES_VIEW (self));
  g_return_if_fail (session == NULL || TIERS_IS_SESSION (session));

  if (self->session == session)
    return;
  g_set_object (&self->session, session);
  g_signal_group_set_target (self->session_signals, session);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

void
tiers_alternatives_view_set_supplier (TiersAlternativesView *self,
                                      const char            *code)
{
  g_return_if_fail (TIERS_IS_ALTERNATIVES_VIEW (self));

  /* The same supplier again (a new evaluation) refreshes the list all the same. */
  if (g_strcmp0 (self->code, code) != 0)
    {
      g_free (self->code);
      self->code = g_strdup (code);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUPPLIER]);
    }
  update (self);
}

GtkListBox *
tiers_alternatives_view_get_list (TiersAlternativesView *self)
{
  g_return_val_if_fail (TIERS_IS_ALTERNATIVES_VIEW (self), NULL);
  return self->list;
}

guint
tiers_alternatives_view_get_n_alternatives (TiersAlternativesView *self)
{
  g_return_val_if_fail (TIERS_IS_ALTERNATIVES_VIEW (self), 0);
  return self->n_alternatives;
}

static void
tiers_alternatives_view_dispose (GObject *object)
{
  TiersAlternativesView *self = TIERS_ALTERNATIVES_VIEW (object);
  GtkWidget *child;

  if (self->session_signals != NULL)
    g_signal_group_set_target (self->session_signals, NULL);
  g_clear_object (&self->session_signals);
  g_clear_object (&self->session);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (tiers_alternatives_view_parent_class)->dispose (object);
}

static void
tiers_alternatives_view_finalize (GObject *object)
{
  TiersAlternativesView *self = TIERS_ALTERNATIVES_VIEW (object);

  g_free (self->code);
  G_OBJECT_CLASS (tiers_alternatives_view_parent_class)->finalize (object);
}

static void
tiers_alternatives_view_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  TiersAlternativesView *self = TIERS_ALTERNATIVES_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_SUPPLIER:
      g_value_set_string (value, self->code);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tiers_alternatives_view_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  TiersAlternativesView *self = TIERS_ALTERNATIVES_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      tiers_alternatives_view_set_session (self, g_value_get_object (value));
      break;
    case PROP_SUPPLIER:
      tiers_alternatives_view_set_supplier (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tiers_alternatives_view_class_init (TiersAlternativesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tiers_alternatives_view_dispose;
  object_class->finalize = tiers_alternatives_view_finalize;
  object_class->get_property = tiers_alternatives_view_get_property;
  object_class->set_property = tiers_alternatives_view_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, TIERS_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUPPLIER] =
    g_param_spec_string ("supplier", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "tiers-alternatives-view");
}

static void
tiers_alternatives_view_init (TiersAlternativesView *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *list = gtk_list_box_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Alternatives"));
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Alternatives"), -1);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list);
  gtk_widget_set_parent (group, GTK_WIDGET (self));
  self->group = ADW_PREFERENCES_GROUP (group);
  self->list = GTK_LIST_BOX (list);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);

  self->session_signals = g_signal_group_new (TIERS_TYPE_SESSION);
  g_signal_group_connect (self->session_signals, "notify::evaluation",
                          G_CALLBACK (on_session_changed_cb), self);
  g_signal_group_connect (self->session_signals, "notify::details",
                          G_CALLBACK (on_session_changed_cb), self);
  g_signal_group_connect (self->session_signals, "notify::review",
                          G_CALLBACK (on_session_changed_cb), self);
}

GtkWidget *
tiers_alternatives_view_new (void)
{
  return g_object_new (TIERS_TYPE_ALTERNATIVES_VIEW, NULL);
}
