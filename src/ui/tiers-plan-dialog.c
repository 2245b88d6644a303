/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-plan-dialog.c: the improvement plan window. An AdwWindow rather than a dialog class
 * of a later libadwaita; the fields are entry and combo rows of one preferences page. */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "tiers-action-dialogs.h"
#include "tiers-number.h"
#include "tiers-plan-dialog.h"
#include "tiers-store-plans.h"

typedef struct
{
  TiersSession *session;
  TiersPlan    *plan;        /* what is edited; id 0 for a new one */
  GtkWidget    *window;
  GtkLabel     *error_label;
  GtkEditable  *problem;
  AdwComboRow  *criterion;
  AdwComboRow  *direction;
  GtkEditable  *target;
  GtkEditable  *baseline;
  GtkEditable  *due;
  GtkEditable  *owner;
  GtkEditable  *containment;
  GtkEditable  *corrective;
  GPtrArray    *keys;        /* criterion keys, in the combo row's order */
  char         *supplier_name;
} PlanForm;

static void
plan_form_free (PlanForm *f)
{
  g_clear_object (&f->session);
  g_clear_pointer (&f->plan, tiers_plan_free);
  g_clear_pointer (&f->keys, g_ptr_array_unref);
  g_free (f->supplier_name);
  g_free (f);
}

static GtkEditable *
entry_row (GtkWidget  *group,
           const char *title,
           const char *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return GTK_EDITABLE (row);
}

static char *
number_text (gboolean has_value,
             double   value)
{
  return has_value ? tiers_number_format (tiers_round2 (value * 10000) / 10000) : g_strdup ("");
}

static void
show_error (PlanForm   *f,
            const char *message)
{
  gtk_label_set_text (f->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (f->error_label), TRUE);
}

static char *
text_of (GtkEditable *editable)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (editable)));
}

/* Reads the fields into the plan; FALSE with a message naming the field that is wrong. */
static gboolean
read_fields (PlanForm  *f,
             char     **message)
{
  TiersPlan *p = f->plan;
  g_autofree char *target = text_of (f->target);
  g_autofree char *baseline = text_of (f->baseline);
  g_autofree char *due = text_of (f->due);
  guint criterion = adw_combo_row_get_selected (f->criterion);

  if (!tiers_number_parse (target, &p->target))
    {
      *message = g_strdup_printf (_("Target: “%s” is not a number (write it as 0.95, with a "
                                    "point)"), target);
      return FALSE;
    }
  p->has_baseline = *baseline != '\0';
  if (p->has_baseline && !tiers_number_parse (baseline, &p->baseline))
    {
      *message = g_strdup_printf (_("Baseline: “%s” is not a number"), baseline);
      return FALSE;
    }
  if (!tiers_period_parse (due, &p->due, NULL))
    {
      *message = g_strdup_printf (_("Due period: “%s” is not a period (write it as 2026-Q4)"),
                                  due);
      return FALSE;
    }
  g_free (p->criterion);
  p->criterion = criterion < f->keys->len ? g_strdup (f->keys->pdata[criterion]) : NULL;
  p->direction = adw_combo_row_get_selected (f->direction) == 1 ? TIERS_TARGET_AT_MOST
                                                                 : TIERS_TARGET_AT_LEAST;
  g_free (p->problem);
  p->problem = text_of (f->problem);
  g_free (p->owner);
  p->owner = text_of (f->owner);
  g_free (p->containment);
  p->containment = text_of (f->containment);
  g_free (p->corrective);
  p->corrective = text_of (f->corrective);
  return TRUE;
}

static void
on_save_clicked_cb (GtkButton *button,
                    PlanForm  *f)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (!read_fields (f, &message))
    {
      show_error (f, message);
      return;
    }
  if (!tiers_store_save_plan (tiers_session_get_store (f->session), f->plan, &error))
    {
      show_error (f, error->message);
      return;
    }
  tiers_session_actions_changed (f->session);
  gtk_window_destroy (GTK_WINDOW (f->window));
}

static void
on_close_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      PlanForm         *f)
{
  GtkEditable *reason = g_object_get_data (G_OBJECT (dialog), "reason");
  g_autofree char *text = text_of (reason);
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "close"))
    return;
  if (!tiers_store_close_plan (tiers_session_get_store (f->session), f->plan->id, text,
                               &error))
    {
      show_error (f, error->message);
      return;
    }
  tiers_session_actions_changed (f->session);
  gtk_window_destroy (GTK_WINDOW (f->window));
}

static void
on_reason_changed_cb (GtkEditable      *editable,
                      AdwMessageDialog *dialog)
{
  g_autofree char *text = text_of (editable);

  adw_message_dialog_set_response_enabled (dialog, "close", *text != '\0');
}

static void
on_close_plan_clicked_cb (GtkButton *button,
                          PlanForm  *f)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (f->window), _("Close the Plan?"),
                                              _("A plan closed by hand is no longer checked "
                                                "and no longer flags its supplier for "
                                                "replacement. Say why."));
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Reason"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Reason"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "close", _("C_lose Plan"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "close",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "close", FALSE);
  g_object_set_data (G_OBJECT (dialog), "reason", entry);
  g_signal_connect (entry, "changed", G_CALLBACK (on_reason_changed_cb), dialog);
  g_signal_connect (dialog, "response", G_CALLBACK (on_close_response_cb), f);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The new plan's defaults: baseline = the supplier's value of the criterion now. */
static void
on_criterion_selected_cb (AdwComboRow *row,
                          GParamSpec  *pspec,
                          PlanForm    *f)
{
  const TiersEvaluation *e = tiers_session_get_evaluation (f->session);
  guint index = adw_combo_row_get_selected (row);
  g_autoptr(TiersPlan) probe = NULL;
  g_autofree char *text = NULL;
  gboolean has_value = FALSE;
  double value = 0;

  if (f->plan->id != 0 || e == NULL || index >= f->keys->len)
    return;
  probe = tiers_plan_copy (f->plan);
  g_free (probe->criterion);
  probe->criterion = g_strdup (f->keys->pdata[index]);
  tiers_plan_check_evaluation (probe, e, &has_value, &value);
  text = number_text (has_value, value);
  gtk_editable_set_text (f->baseline, text);
}

static GtkWidget *
header_bar (PlanForm *f)
{
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *save = gtk_button_new_with_mnemonic (f->plan->id ? _("_Save") : _("_Open Plan"));

  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), f->window);
  gtk_widget_add_css_class (save, "suggested-action");
  gtk_widget_set_name (save, "save-plan");
  g_signal_connect (save, "clicked", G_CALLBACK (on_save_clicked_cb), f);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header),
                                   adw_window_title_new (f->plan->id ? _("Improvement Plan")
                                                                     : _("New Improvement Plan"),
                                                         f->supplier_name));
  gtk_window_set_default_widget (GTK_WINDOW (f->window), save);
  return header;
}

static GtkWidget *
criterion_row (PlanForm *f)
{
  const TiersScheme *scheme = tiers_session_get_scheme (f->session);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GtkWidget *row = adw_combo_row_new ();
  guint selected = 0;

  f->keys = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; scheme != NULL && i < scheme->criteria->len; i++)
    {
      const TiersCriterion *c = g_ptr_array_index (scheme->criteria, i);
      const char *name = tiers_criterion_get_display_name (c);

      gtk_string_list_append (names, name);
      g_ptr_array_add (f->keys, g_strdup (c->key));
      if (g_strcmp0 (c->key, f->plan->criterion) == 0)
        selected = i;
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Criterion"));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (names));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  f->criterion = ADW_COMBO_ROW (row);
  return row;
}

GtkWidget *
tiers_plan_dialog_new (GtkWidget       *parent,
                       TiersSession    *session,
                       const char      *supplier_code,
                       const char      *supplier_name,
                       const TiersPlan *plan)
{
  PlanForm *f = g_new0 (PlanForm, 1);
  const TiersPeriod *period = tiers_session_get_period (session);
  g_autofree char *title = NULL;
  g_autofree char *due = NULL;
  g_autofree char *target = NULL;
  g_autofree char *baseline = NULL;
  GtkWidget *box, *page, *group, *row;
  g_autoptr(GtkStringList) directions = gtk_string_list_new (NULL);

  f->session = g_object_ref (session);
  f->supplier_name = g_strdup (supplier_name);
  if (plan != NULL)
    f->plan = tiers_plan_copy (plan);
  else
    {
      f->plan = tiers_plan_new ();
      f->plan->supplier_code = g_strdup (supplier_code);
      f->plan->owner = g_strdup (g_get_user_name ());
      if (period != NULL)
        f->plan->due = tiers_period_next (period);
    }
  f->window = adw_window_new ();
  title = plan ? g_strdup_printf (_("Improvement Plan for %s"), supplier_name)
               : g_strdup_printf (_("New Improvement Plan for %s"), supplier_name);
  gtk_window_set_title (GTK_WINDOW (f->window), title);
  gtk_window_set_modal (GTK_WINDOW (f->window), TRUE);
  gtk_window_set_transient_for (GTK_WINDOW (f->window), GTK_WINDOW (gtk_widget_get_root (parent)));
  gtk_window_set_default_size (GTK_WINDOW (f->window), 560, 680);
  g_object_set_data_full (G_OBJECT (f->window), "form", f, (GDestroyNotify) plan_form_free);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (box), header_bar (f));
  f->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (f->error_label, TRUE);
  gtk_label_set_xalign (f->error_label, 0);
  gtk_widget_set_margin_start (GTK_WIDGET (f->error_label), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (f->error_label), 12);
  gtk_widget_set_margin_top (GTK_WIDGET (f->error_label), 12);
  gtk_widget_add_css_class (GTK_WIDGET (f->error_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (f->error_label), FALSE);
  gtk_widget_set_name (GTK_WIDGET (f->error_label), "plan-error");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (f->error_label));

  page = adw_preferences_page_new ();
  gtk_widget_set_vexpand (page, TRUE);
  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Target"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
      _("The evaluation of the due period checks the supplier’s value of the criterion "
        "against the target: met or missed. Values are in the indicator’s own unit: 0.95 "
        "for an on-time rate of 95 %."));
  f->problem = entry_row (group, _("Problem"), f->plan->problem);
  gtk_widget_set_name (GTK_WIDGET (f->problem), "problem");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), criterion_row (f));
  row = adw_combo_row_new ();
  gtk_string_list_append (directions, _("At least (≥)"));
  gtk_string_list_append (directions, _("At most (≤)"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Direction"));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (directions));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row),
                              f->plan->direction == TIERS_TARGET_AT_MOST ? 1 : 0);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  f->direction = ADW_COMBO_ROW (row);
  target = plan ? number_text (TRUE, plan->target) : NULL;
  f->target = entry_row (group, _("Target value"), target);
  gtk_widget_set_name (GTK_WIDGET (f->target), "target");
  baseline = plan ? number_text (plan->has_baseline, plan->baseline) : NULL;
  f->baseline = entry_row (group, _("Baseline value"), baseline);
  gtk_widget_set_name (GTK_WIDGET (f->baseline), "baseline");
  due = tiers_period_to_string (&f->plan->due);
  f->due = entry_row (group, _("Due period"), due);
  gtk_widget_set_name (GTK_WIDGET (f->due), "due");
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Follow-up"));
  f->owner = entry_row (group, _("Owner"), f->plan->owner);
  f->containment = entry_row (group, _("Containment action"), f->plan->containment);
  f->corrective = entry_row (group, _("Corrective action"), f->plan->corrective);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));

  if (plan != NULL && !plan->closed)
    {
      GtkWidget *close = gtk_button_new_with_mnemonic (_("C_lose Plan by Hand…"));

      group = adw_preferences_group_new ();
      gtk_widget_add_css_class (close, "destructive-action");
      gtk_widget_set_halign (close, GTK_ALIGN_CENTER);
      g_signal_connect (close, "clicked", G_CALLBACK (on_close_plan_clicked_cb), f);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), close);
      adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
    }
  gtk_box_append (GTK_BOX (box), page);
  adw_window_set_content (ADW_WINDOW (f->window), box);
  g_signal_connect (f->criterion, "notify::selected", G_CALLBACK (on_criterion_selected_cb), f);
  on_criterion_selected_cb (f->criterion, NULL, f);
  return f->window;
}
