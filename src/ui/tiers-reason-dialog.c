/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-reason-dialog.c: a confirmation that asks for a reason (see the header). */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include <glib/gi18n.h>

#include "tiers-reason-dialog.h"

static char *
reason_of (AdwMessageDialog *dialog)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));

  return g_strstrip (g_strdup (gtk_editable_get_text (entry)));
}

static void
on_reason_changed_cb (GtkEditable      *editable,
                      AdwMessageDialog *dialog)
{
  g_autofree char *reason = reason_of (dialog);

  adw_message_dialog_set_response_enabled (dialog, g_object_get_data (G_OBJECT (dialog),
                                                                      "reason-response"),
                                           *reason != '\0');
}

static void
on_response_cb (AdwMessageDialog *dialog,
                const char       *response,
                gpointer          object)
{
  TiersReasonConfirmed confirmed = g_object_get_data (G_OBJECT (dialog), "confirmed");
  g_autofree char *reason = reason_of (dialog);

  if (g_str_equal (response, g_object_get_data (G_OBJECT (dialog), "reason-response"))
      && *reason != '\0')
    confirmed (dialog, reason, object);
}

AdwMessageDialog *
tiers_reason_dialog_new (GtkWindow            *parent,
                         const char           *heading,
                         const char           *body,
                         const char           *response,
                         const char           *response_label,
                         TiersReasonConfirmed  confirmed,
                         gpointer              object)
{
  AdwMessageDialog *dialog;
  GtkWidget *entry;

  g_return_val_if_fail (heading != NULL && response != NULL && response_label != NULL, NULL);
  g_return_val_if_fail (confirmed != NULL && G_IS_OBJECT (object), NULL);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading, NULL));
  adw_message_dialog_set_body (dialog, body);
  entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Reason (required)"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Reason"), -1);
  adw_message_dialog_set_extra_child (dialog, entry);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"),
                                    response, response_label, NULL);
  adw_message_dialog_set_response_appearance (dialog, response, ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, response);
  adw_message_dialog_set_close_response (dialog, "cancel");
  adw_message_dialog_set_response_enabled (dialog, response, FALSE);
  g_object_set_data (G_OBJECT (dialog), "confirmed", confirmed);
  g_object_set_data_full (G_OBJECT (dialog), "reason-response", g_strdup (response), g_free);
  g_signal_connect (entry, "changed", G_CALLBACK (on_reason_changed_cb), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_response_cb), object, 0);
  return dialog;
}

void
tiers_reason_dialog_present (AdwMessageDialog *dialog)
{
  g_return_if_fail (ADW_IS_MESSAGE_DIALOG (dialog));

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (adw_message_dialog_get_extra_child (dialog));
}
