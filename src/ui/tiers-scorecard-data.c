/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-scorecard-data.c: the actions of the scorecard's Records group, each opening a form
 * or dialog for the supplier shown. */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include "tiers-record-form.h"
#include "tiers-records-dialog.h"
#include "tiers-scorecard.h"
#include "tiers-scorecard-data.h"
#include "tiers-supplier-form.h"

static gboolean
shown (GtkWidget            *widget,
       TiersSession        **session,
       TiersSupplierRecord **record)
{
  *session = tiers_scorecard_get_session (TIERS_SCORECARD (widget));
  *record = tiers_scorecard_get_supplier (TIERS_SCORECARD (widget));
  return *session != NULL && *record != NULL;
}

static void
add_record (GtkWidget       *widget,
            TiersRecordKind  kind)
{
  TiersSession *session;
  TiersSupplierRecord *record;

  if (shown (widget, &session, &record))
    gtk_window_present (GTK_WINDOW (tiers_record_form_new_add (
        widget, session, kind, tiers_supplier_record_get_code (record),
        tiers_supplier_record_get_name (record))));
}

static void
tiers_scorecard_log_incident_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  add_record (widget, TIERS_RECORD_INCIDENT);
}

static void
tiers_scorecard_add_feedback_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  add_record (widget, TIERS_RECORD_FEEDBACK);
}

static void
tiers_scorecard_add_ratings_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  add_record (widget, TIERS_RECORD_RATING);
}

static void
tiers_scorecard_records_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  TiersSession *session;
  TiersSupplierRecord *record;

  if (shown (widget, &session, &record))
    gtk_window_present (GTK_WINDOW (tiers_records_dialog_new (
        widget, session, tiers_supplier_record_get_code (record),
        tiers_supplier_record_get_name (record))));
}

static void
tiers_scorecard_edit_supplier_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *parameter)
{
  TiersSession *session;
  TiersSupplierRecord *record;

  if (shown (widget, &session, &record))
    gtk_window_present (GTK_WINDOW (tiers_supplier_form_new (
        widget, session, tiers_supplier_record_get_code (record))));
}

void
_tiers_scorecard_class_actions_init_data (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "scorecard.log-incident", NULL,
                                   tiers_scorecard_log_incident_action);
  gtk_widget_class_install_action (widget_class, "scorecard.add-feedback", NULL,
                                   tiers_scorecard_add_feedback_action);
  gtk_widget_class_install_action (widget_class, "scorecard.add-ratings", NULL,
                                   tiers_scorecard_add_ratings_action);
  gtk_widget_class_install_action (widget_class, "scorecard.records", NULL,
                                   tiers_scorecard_records_action);
  gtk_widget_class_install_action (widget_class, "scorecard.edit-supplier", NULL,
                                   tiers_scorecard_edit_supplier_action);
}
