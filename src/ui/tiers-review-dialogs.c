/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-review-dialogs.c: the Review page's questions, as message dialogs. A text that must
 * say something (an adjustment's comment, why a period is reopened) keeps the confirming
 * button off until it does, as the store would refuse it. */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "tiers-review-dialogs.h"

typedef struct
{
  TiersReviewAnswered  answered;
  GObject             *user_data;
  char                *supplier_code;
  GtkEditable         *text;        /* may be NULL */
  gboolean             text_needed;
  GtkDropDown         *grade;       /* adjustments */
  GtkDropDown         *reason;
} Question;

static void
question_free (Question *q)
{
  g_clear_object (&q->user_data);
  g_free (q->supplier_code);
  g_free (q);
}

/* The grades an adjustment offers, in the drop-down's order. */
static const TiersGrade grades[] = { TIERS_GRADE_A, TIERS_GRADE_B, TIERS_GRADE_C, TIERS_GRADE_D };

const char *
tiers_review_reason_label (TiersOverrideReason reason)
{
  return tiers_override_reason_label (reason);
}

static void
on_response_cb (AdwMessageDialog *dialog,
                const char       *response,
                Question         *q)
{
  TiersReviewAnswer answer = { q->supplier_code, NULL, TIERS_GRADE_NONE, TIERS_OVERRIDE_OTHER };
  g_autofree char *text = NULL;

  if (!g_str_equal (response, "confirm"))
    return;
  if (q->text != NULL)
    answer.text = text = g_strstrip (g_strdup (gtk_editable_get_text (q->text)));
  if (q->grade != NULL)
    answer.grade = grades[gtk_drop_down_get_selected (q->grade)];
  if (q->reason != NULL)
    answer.reason = (TiersOverrideReason) gtk_drop_down_get_selected (q->reason);
  q->answered (&answer, q->user_data);
}

static void
on_text_changed_cb (GtkEditable      *editable,
                    AdwMessageDialog *dialog)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (editable)));

  adw_message_dialog_set_response_enabled (dialog, "confirm", *text != '\0');
}

static GtkWidget *
text_entry (Question   *q,
            const char *placeholder,
            gboolean    needed)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), placeholder);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  placeholder, -1);
  q->text = GTK_EDITABLE (entry);
  q->text_needed = needed;
  return entry;
}

/* Shows the question; EXTRA (may be NULL) stands under the body. */
static void
ask (GtkWidget           *parent,
     Question            *q,
     const char          *heading,
     const char          *body,
     const char          *confirm,
     AdwResponseAppearance appearance,
     GtkWidget           *extra)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (parent)),
                                              heading, body);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "confirm", confirm, NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "confirm",
                                              appearance);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "confirm");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  if (extra != NULL)
    adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), extra);
  if (q->text != NULL && q->text_needed)
    {
      adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "confirm", FALSE);
      g_signal_connect (q->text, "changed", G_CALLBACK (on_text_changed_cb), dialog);
    }
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_response_cb), q,
                         (GClosureNotify) question_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  if (q->text != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (q->text));
}

static Question *
question_new (const char          *supplier_code,
              TiersReviewAnswered  answered,
              gpointer             user_data)
{
  Question *q = g_new0 (Question, 1);

  q->answered = answered;
  q->user_data = g_object_ref (user_data);
  q->supplier_code = g_strdup (supplier_code);
  return q;
}

void
tiers_review_ask_comment (GtkWidget           *parent,
                          const char          *supplier_code,
                          const char          *supplier_name,
                          TiersReviewAnswered  answered,
                          gpointer             user_data)
{
  Question *q = question_new (supplier_code, answered, user_data);
  g_autofree char *heading = g_strdup_printf (_("Review %s"), supplier_name);
  GtkWidget *entry = text_entry (q, _("What was checked, what was agreed"), FALSE);

  ask (parent, q, heading, _("The supplier is marked reviewed with this comment."),
       _("_Mark Reviewed"), ADW_RESPONSE_SUGGESTED, entry);
}

static GtkWidget *
labelled (const char *label,
          GtkWidget  *widget)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *title = gtk_label_new_with_mnemonic (label);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (title), widget);
  gtk_widget_add_css_class (title, "heading");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), widget);
  return box;
}

void
tiers_review_ask_adjustment (GtkWidget                 *parent,
                             const char                *supplier_code,
                             const char                *supplier_name,
                             const TiersSupplierResult *computed,
                             TiersReviewAnswered        answered,
                             gpointer                   user_data)
{
  Question *q = question_new (supplier_code, answered, user_data);
  const char *grade_names[G_N_ELEMENTS (grades) + 1] = { NULL };
  const char *reason_names[TIERS_OVERRIDE_OTHER + 2] = { NULL };
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  g_autofree char *heading = g_strdup_printf (_("Adjust the Grade of %s"), supplier_name);
  g_autofree char *body = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (grades); i++)
    grade_names[i] = tiers_grade_to_string (grades[i]);
  for (guint i = 0; i <= TIERS_OVERRIDE_OTHER; i++)
    reason_names[i] = tiers_review_reason_label ((TiersOverrideReason) i);
  q->grade = GTK_DROP_DOWN (gtk_drop_down_new_from_strings (grade_names));
  q->reason = GTK_DROP_DOWN (gtk_drop_down_new_from_strings (reason_names));
  for (guint i = 0; i < G_N_ELEMENTS (grades); i++)
    if (computed->graded && grades[i] == computed->grade)
      gtk_drop_down_set_selected (q->grade, i);
  gtk_box_append (GTK_BOX (box), labelled (_("_Grade"), GTK_WIDGET (q->grade)));
  gtk_box_append (GTK_BOX (box), labelled (_("_Reason"), GTK_WIDGET (q->reason)));
  gtk_box_append (GTK_BOX (box), labelled (_("C_omment"),
                                           text_entry (q, _("Why, for whoever reads it later"),
                                                       TRUE)));
  if (computed->graded)
    /* Translators: e.g. "Computed: C with 65.05 points. The computed grade stays stored..." */
    body = g_strdup_printf (_("Computed: %s with %.2f points. The computed grade stays stored "
                              "beside the one you set, and the adjustment can be withdrawn."),
                            tiers_grade_to_string (computed->grade), computed->score);
  else
    body = g_strdup (_("Not graded by the data. The adjustment can be withdrawn."));
  ask (parent, q, heading, body, _("_Adjust"), ADW_RESPONSE_SUGGESTED, box);
}

void
tiers_review_ask_finalize (GtkWidget           *parent,
                           const char          *period_name,
                           TiersReviewAnswered  answered,
                           gpointer             user_data)
{
  Question *q = question_new (NULL, answered, user_data);
  g_autofree char *heading = g_strdup_printf (_("Finalize %s?"), period_name);

  ask (parent, q, heading,
       _("Its grades, adjustments and review marks can no longer change, not by a new scheme "
         "nor an import, until it is reopened with a reason."),
       _("_Finalize"), ADW_RESPONSE_SUGGESTED, NULL);
}

void
tiers_review_ask_reopen (GtkWidget           *parent,
                         const char          *period_name,
                         TiersReviewAnswered  answered,
                         gpointer             user_data)
{
  Question *q = question_new (NULL, answered, user_data);
  g_autofree char *heading = g_strdup_printf (_("Reopen %s?"), period_name);
  GtkWidget *entry = text_entry (q, _("Why it is reopened"), TRUE);

  ask (parent, q, heading,
       _("Its grades can change again. Who reopened it, when and why is recorded."),
       _("_Reopen"), ADW_RESPONSE_DESTRUCTIVE, entry);
}
