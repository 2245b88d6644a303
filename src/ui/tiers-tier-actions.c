/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-tier-actions.c: status, tier strategy, actions taken and improvement plans on the
 * scorecard. */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "tiers-action-dialogs.h"
#include "tiers-number.h"
#include "tiers-plan-dialog.h"
#include "tiers-store-plans.h"
#include "tiers-store-status.h"
#include "tiers-store-strategies.h"
#include "tiers-tier-actions.h"

struct _TiersTierActions
{
  GtkWidget     parent_instance;

  TiersSession *session;
  gulong        changed_id;
  char         *code;
  char         *name;
  TiersGrade    grade;
  GPtrArray    *strategy;   /* of TiersStandardAction, the grade's */
  GPtrArray    *plans;      /* of TiersPlan, the supplier's */

  GtkWidget    *box;
  GtkWidget    *status_group;
  GtkWidget    *strategy_group;
  GtkWidget    *actions_group;
  GtkWidget    *plans_group;
  GList        *rows;       /* the rows added, to remove them on reload */
};

G_DEFINE_FINAL_TYPE (TiersTierActions, tiers_tier_actions, GTK_TYPE_WIDGET)

static GtkWidget *
tag (const char *text,
     const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "caption");
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  return label;
}

static GtkWidget *
add_row (TiersTierActions *self,
         GtkWidget        *group,
         const char       *title,
         const char       *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL && *subtitle != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  self->rows = g_list_prepend (self->rows, row);
  g_object_set_data (G_OBJECT (row), "group", group);
  return row;
}

static void
clear_rows (TiersTierActions *self)
{
  for (GList *l = self->rows; l != NULL; l = l->next)
    adw_preferences_group_remove (g_object_get_data (l->data, "group"), l->data);
  g_clear_pointer (&self->rows, g_list_free);
}

static void
report (const char   *what,
        const GError *error)
{
  g_warning ("Cannot read the %s: %s", what, error->message);
}

static void
fill_status (TiersTierActions *self,
             TiersStore       *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) changes = tiers_store_list_status_changes (store, self->code, &error);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  TiersSupplierStatus status;
  GtkWidget *row, *button;

  if (changes == NULL)
    {
      report ("status changes", error);
      return;
    }
  status = tiers_status_on (changes, today);
  row = add_row (self, self->status_group, tiers_supplier_status_label (status),
                 changes->len == 0 ? _("No change of status recorded") : NULL);
  gtk_widget_set_name (row, "status-row");
  if (status != TIERS_STATUS_ACTIVE)
    gtk_widget_add_css_class (row, status == TIERS_STATUS_TERMINATED ? "error" : "warning");
  button = gtk_button_new_with_mnemonic (_("C_hange…"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "tier-actions.change-status");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  /* The history, newest first. */
  for (guint i = changes->len; i-- > 0;)
    {
      const TiersStatusChange *c = g_ptr_array_index (changes, i);
      g_autofree char *title = g_strdup_printf (_("%s from %s"),
                                                tiers_supplier_status_label (c->status), c->date);
      g_autofree char *subtitle = g_strdup_printf (_("%s — by %s"), c->reason, c->set_by);

      add_row (self, self->status_group, title, subtitle);
    }
}

static void
fill_strategy (TiersTierActions *self,
               TiersStore       *store)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  g_clear_pointer (&self->strategy, g_ptr_array_unref);
  if (self->grade == TIERS_GRADE_NONE)
    {
      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->strategy_group),
                                       _("Tier Strategy"));
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->strategy_group),
          _("An ungraded supplier has no tier and no strategy yet."));
      return;
    }
  title = g_strdup_printf (_("Strategy for Grade %s"), tiers_grade_to_string (self->grade));
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->strategy_group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->strategy_group),
      _("The standard actions for suppliers of this grade (edit them in Preferences). Record "
        "one when it is done."));
  self->strategy = tiers_store_list_standard_actions (store, self->grade, &error);
  if (self->strategy == NULL)
    {
      report ("tier strategy", error);
      return;
    }
  for (guint i = 0; i < self->strategy->len; i++)
    {
      const TiersStandardAction *a = g_ptr_array_index (self->strategy, i);
      GtkWidget *row = add_row (self, self->strategy_group,
                                tiers_standard_action_display_name (a), NULL);
      GtkWidget *button = gtk_button_new_with_label (_("Record…"));

      if (tiers_action_kind_is_hard_step (a->kind))
        adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                   tag (tiers_action_kind_label (a->kind), "error"));
      else if (a->kind == TIERS_ACTION_WARNING)
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), tag (_("Warning"), "warning"));

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "flat");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button),
                                              g_variant_new_uint32 (i));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "tier-actions.record-standard");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }
}

static void
fill_actions (TiersTierActions *self,
              TiersStore       *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) actions = tiers_store_list_actions (store, self->code, &error);

  if (actions == NULL)
    {
      report ("actions", error);
      return;
    }
  if (actions->len == 0)
    add_row (self, self->actions_group, _("No actions recorded yet"),
             _("Record what was done: an order share raised, a warning letter sent."));
  for (guint i = 0; i < actions->len; i++)
    {
      const TiersSupplierAction *a = g_ptr_array_index (actions, i);
      g_autofree char *subtitle = g_strdup_printf ("%s · %s", a->date, a->who);
      /* Translators: a recorded action's kind and what was done, e.g. "Warning: letter sent" */
      g_autofree char *title = g_strdup_printf (_("%s: %s"), tiers_action_kind_label (a->kind),
                                                a->what);

      add_row (self, self->actions_group, a->kind == TIERS_ACTION_ORDINARY ? a->what : title,
               subtitle);
    }
}

static const char *
criterion_name (TiersTierActions *self,
                const char       *key)
{
  const TiersScheme *scheme = tiers_session_get_scheme (self->session);
  const TiersCriterion *c = scheme ? tiers_scheme_find_criterion (scheme, key) : NULL;

  if (c == NULL)
    return key;
  return tiers_criterion_get_display_name (c);
}

static char *
plan_title (TiersTierActions *self,
            const TiersPlan  *plan)
{
  g_autofree char *target = tiers_number_format (plan->target);
  g_autofree char *due = tiers_period_to_label (&plan->due);

  /* Translators: "On-time delivery ≥ 0.95 by 2026 Q4" */
  return g_strdup_printf (_("%s %s %s by %s"), criterion_name (self, plan->criterion),
                          plan->direction == TIERS_TARGET_AT_MOST ? "≤" : "≥", target, due);
}

static void
fill_plans (TiersTierActions *self,
            TiersStore       *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  gboolean any_open = FALSE;
  GDate today;

  g_clear_pointer (&self->plans, g_ptr_array_unref);
  self->plans = tiers_store_list_plans (store, self->code, &error);
  if (self->plans == NULL)
    {
      report ("improvement plans", error);
      return;
    }
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  for (guint i = self->plans->len; i-- > 0;)
    {
      const TiersPlan *plan = g_ptr_array_index (self->plans, i);
      TiersPlanStatus status = tiers_plan_get_status (plan);
      g_autofree char *title = plan_title (self, plan);
      g_autofree char *value = plan->has_checked_value
                               ? tiers_number_format (tiers_round2 (plan->checked_value * 10000)
                                                      / 10000) : NULL;
      g_autofree char *subtitle = value
        ? g_strdup_printf (_("%s — owner %s — value at the check %s"), plan->problem,
                           plan->owner, value)
        : g_strdup_printf (_("%s — owner %s"), plan->problem, plan->owner);
      GtkWidget *row = add_row (self, self->plans_group, title, subtitle);
      const char *css = status == TIERS_PLAN_STATUS_MET ? "success"
                        : status == TIERS_PLAN_STATUS_MISSED ? "error"
                        : status == TIERS_PLAN_STATUS_OPEN ? "accent" : "dim-label";

      any_open |= status == TIERS_PLAN_STATUS_OPEN;
      /* A missed plan says so itself; an open one past its check is overdue. */
      if (status == TIERS_PLAN_STATUS_OPEN && tiers_plan_is_overdue (plan, &today))
        {
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), tag (_("Overdue"), "error"));
          gtk_widget_add_css_class (row, "overdue");
        }
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), tag (tiers_plan_status_label (status),
                                                            css));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), g_variant_new_uint32 (i));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "tier-actions.edit-plan");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("go-next-symbolic"));
    }
  if (self->plans->len == 0)
    add_row (self, self->plans_group, _("No improvement plans"), NULL);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->plans_group),
      (self->grade == TIERS_GRADE_C || self->grade == TIERS_GRADE_D) && !any_open
      ? _("Suggested for a grade C or D supplier: a target for one criterion by a due period, "
          "checked when that period is evaluated.")
      : _("Each plan is checked when its due period is evaluated: met, missed, or still open "
          "without a value."));
}

static void
reload (TiersTierActions *self)
{
  TiersStore *store;

  clear_rows (self);
  if (self->session == NULL || self->code == NULL)
    return;
  store = tiers_session_get_store (self->session);
  fill_status (self, store);
  fill_strategy (self, store);
  fill_actions (self, store);
  fill_plans (self, store);
}

static void
on_actions_changed_cb (TiersSession     *session,
                       TiersTierActions *self)
{
  reload (self);
}

void
tiers_tier_actions_show (TiersTierActions *self,
                         TiersSession     *session,
                         const char       *supplier_code,
                         const char       *supplier_name,
                         TiersGrade        grade)
{
  g_return_if_fail (TIERS_IS_TIER_ACTIONS (self));

  if (self->session != session)
    {
      if (self->session != NULL)
        g_clear_signal_handler (&self->changed_id, self->session);
      g_set_object (&self->session, session);
      if (session != NULL)
        self->changed_id = g_signal_connect (session, "actions-changed",
                                             G_CALLBACK (on_actions_changed_cb), self);
    }
  g_free (self->code);
  self->code = g_strdup (supplier_code);
  g_free (self->name);
  self->name = g_strdup (supplier_name ? supplier_name : supplier_code);
  self->grade = grade;
  reload (self);
}

static void
tiers_tier_actions_change_status_action (GtkWidget  *widget,
                                         const char *action_name,
                                         GVariant   *parameter)
{
  TiersTierActions *self = TIERS_TIER_ACTIONS (widget);

  if (self->code != NULL)
    tiers_ask_change_status (widget, self->session, self->code, self->name);
}

static void
tiers_tier_actions_record_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  TiersTierActions *self = TIERS_TIER_ACTIONS (widget);

  if (self->code != NULL)
    tiers_ask_record_action (widget, self->session, self->code, self->name, NULL);
}

static void
tiers_tier_actions_record_standard_action (GtkWidget  *widget,
                                           const char *action_name,
                                           GVariant   *parameter)
{
  TiersTierActions *self = TIERS_TIER_ACTIONS (widget);
  guint index = g_variant_get_uint32 (parameter);

  if (self->code != NULL && self->strategy != NULL && index < self->strategy->len)
    tiers_ask_record_action (widget, self->session, self->code, self->name,
                             g_ptr_array_index (self->strategy, index));
}

static void
tiers_tier_actions_new_plan_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  TiersTierActions *self = TIERS_TIER_ACTIONS (widget);

  if (self->code != NULL)
    gtk_window_present (GTK_WINDOW (tiers_plan_dialog_new (widget, self->session, self->code,
                                                           self->name, NULL)));
}

static void
tiers_tier_actions_edit_plan_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  TiersTierActions *self = TIERS_TIER_ACTIONS (widget);
  guint index = g_variant_get_uint32 (parameter);

  if (self->code != NULL && self->plans != NULL && index < self->plans->len)
    gtk_window_present (GTK_WINDOW (tiers_plan_dialog_new (widget, self->session, self->code,
                                                           self->name,
                                                           g_ptr_array_index (self->plans,
                                                                              index))));
}

static GtkWidget *
group (TiersTierActions *self,
       const char       *title,
       const char       *button_label,
       const char       *action)
{
  GtkWidget *g = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (g), title);
  if (button_label != NULL)
    {
      GtkWidget *button = gtk_button_new_with_mnemonic (button_label);

      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
      adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (g), button);
    }
  gtk_box_append (GTK_BOX (self->box), g);
  return g;
}

static void
tiers_tier_actions_dispose (GObject *object)
{
  TiersTierActions *self = TIERS_TIER_ACTIONS (object);

  if (self->session != NULL)
    g_clear_signal_handler (&self->changed_id, self->session);
  g_clear_object (&self->session);
  g_clear_pointer (&self->rows, g_list_free);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  G_OBJECT_CLASS (tiers_tier_actions_parent_class)->dispose (object);
}

static void
tiers_tier_actions_finalize (GObject *object)
{
  TiersTierActions *self = TIERS_TIER_ACTIONS (object);

  g_free (self->code);
  g_free (self->name);
  g_clear_pointer (&self->strategy, g_ptr_array_unref);
  g_clear_pointer (&self->plans, g_ptr_array_unref);
  G_OBJECT_CLASS (tiers_tier_actions_parent_class)->finalize (object);
}

static void
tiers_tier_actions_class_init (TiersTierActionsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tiers_tier_actions_dispose;
  object_class->finalize = tiers_tier_actions_finalize;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_install_action (widget_class, "tier-actions.change-status", NULL,
                                   tiers_tier_actions_change_status_action);
  gtk_widget_class_install_action (widget_class, "tier-actions.record", NULL,
                                   tiers_tier_actions_record_action);
  gtk_widget_class_install_action (widget_class, "tier-actions.record-standard", "u",
                                   tiers_tier_actions_record_standard_action);
  gtk_widget_class_install_action (widget_class, "tier-actions.new-plan", NULL,
                                   tiers_tier_actions_new_plan_action);
  gtk_widget_class_install_action (widget_class, "tier-actions.edit-plan", "u",
                                   tiers_tier_actions_edit_plan_action);
}

static void
tiers_tier_actions_init (TiersTierActions *self)
{
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  self->status_group = group (self, _("Supplier Status"), NULL, NULL);
  self->plans_group = group (self, _("Improvement Plans"), _("_Open Plan…"),
                             "tier-actions.new-plan");
  self->strategy_group = group (self, _("Tier Strategy"), NULL, NULL);
  self->actions_group = group (self, _("Actions Taken"), _("_Record…"), "tier-actions.record");
}

GtkWidget *
tiers_tier_actions_new (void)
{
  return g_object_new (TIERS_TYPE_TIER_ACTIONS, NULL);
}
