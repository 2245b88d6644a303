/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-strategy-page.c: editing the tier strategies in Preferences. The page is an
 * AdwPreferencesPage with one group per grade, rebuilt after every change: the lists are a
 * dozen rows. */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include <glib/gi18n.h>

#include "tiers-action-dialogs.h"
#include "tiers-store-strategies.h"
#include "tiers-strategy-page.h"

typedef struct
{
  TiersSession *session;
  GtkWidget    *page;                 /* weak */
  GtkWidget    *groups[TIERS_GRADE_D + 1];
  GList        *rows;
  GPtrArray    *actions;              /* of TiersStandardAction, every grade's */
} Strategies;

static void reload (Strategies *s);

static void
strategies_free (Strategies *s)
{
  g_clear_object (&s->session);
  g_clear_pointer (&s->rows, g_list_free);
  g_clear_pointer (&s->actions, g_ptr_array_unref);
  g_free (s);
}

static void
changed (Strategies *s)
{
  tiers_session_actions_changed (s->session);
  reload (s);
}

static void
report (Strategies   *s,
        const GError *error)
{
  tiers_show_action_error (s->page, _("The Strategy Was Not Changed"), error);
}

/* The edit form: entry rows for both names, a combo row for the kind. */
typedef struct
{
  Strategies          *s;
  TiersStandardAction *action;   /* owned; id 0 for a new one */
  GtkEditable         *name;
  GtkEditable         *name_zh;
  AdwComboRow         *kind;
} Edit;

static void
edit_free (Edit *e)
{
  tiers_standard_action_free (e->action);
  g_free (e);
}

static void
on_edit_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     Edit             *e)
{
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "save"))
    return;
  g_free (e->action->name);
  e->action->name = g_strdup (gtk_editable_get_text (e->name));
  g_free (e->action->name_zh);
  e->action->name_zh = g_strdup (gtk_editable_get_text (e->name_zh));
  e->action->kind = (TiersActionKind) adw_combo_row_get_selected (e->kind);
  if (!tiers_store_save_standard_action (tiers_session_get_store (e->s->session), e->action,
                                         &error))
    report (e->s, error);
  else
    changed (e->s);
}

static void
on_name_changed_cb (GtkEditable      *editable,
                    AdwMessageDialog *dialog)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (editable)));

  adw_message_dialog_set_response_enabled (dialog, "save", *text != '\0');
}

static GtkEditable *
entry_row (GtkWidget  *list,
           const char *title,
           const char *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return GTK_EDITABLE (row);
}

static void
ask_edit (Strategies          *s,
          TiersStandardAction *action)
{
  Edit *e = g_new0 (Edit, 1);
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autofree char *heading = NULL;
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *kind = adw_combo_row_new ();
  GtkWidget *dialog;

  e->s = s;
  e->action = action;
  heading = action->id ? g_strdup (_("Edit the Standard Action"))
                       : g_strdup_printf (_("New Standard Action for Grade %s"),
                                          tiers_grade_to_string (action->grade));
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  e->name = entry_row (list, _("Name in English"), action->name);
  e->name_zh = entry_row (list, _("Name in Chinese"), action->name_zh);
  for (guint k = 0; k < TIERS_N_ACTION_KINDS; k++)
    gtk_string_list_append (kinds, tiers_action_kind_label ((TiersActionKind) k));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (kind), _("Kind"));
  adw_combo_row_set_model (ADW_COMBO_ROW (kind), G_LIST_MODEL (kinds));
  adw_combo_row_set_selected (ADW_COMBO_ROW (kind), action->kind);
  gtk_list_box_append (GTK_LIST_BOX (list), kind);
  e->kind = ADW_COMBO_ROW (kind);

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (s->page)), heading,
                                   _("A hard step (suspend, terminate) offers to change the "
                                     "supplier’s status when it is recorded."));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "save", _("_Save"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (e->name, "changed", G_CALLBACK (on_name_changed_cb), dialog);
  on_name_changed_cb (e->name, ADW_MESSAGE_DIALOG (dialog));
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_edit_response_cb), e,
                         (GClosureNotify) edit_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static TiersStandardAction *
action_of (GtkWidget  *button,
           Strategies *s)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index"));

  return index < s->actions->len ? g_ptr_array_index (s->actions, index) : NULL;
}

static void
on_add_clicked_cb (GtkButton  *button,
                   Strategies *s)
{
  TiersGrade grade = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "grade"));

  ask_edit (s, tiers_standard_action_new (grade, "", NULL, TIERS_ACTION_ORDINARY));
}

static void
on_edit_clicked_cb (GtkButton  *button,
                    Strategies *s)
{
  const TiersStandardAction *a = action_of (GTK_WIDGET (button), s);
  TiersStandardAction *copy;

  if (a == NULL)
    return;
  copy = tiers_standard_action_new (a->grade, a->name, a->name_zh, a->kind);
  copy->id = a->id;
  ask_edit (s, copy);
}

static void
on_move_clicked_cb (GtkButton  *button,
                    Strategies *s)
{
  const TiersStandardAction *a = action_of (GTK_WIDGET (button), s);
  int delta = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "delta"));
  g_autoptr(GError) error = NULL;

  if (a == NULL)
    return;
  if (!tiers_store_move_standard_action (tiers_session_get_store (s->session), a->id, delta,
                                         &error))
    report (s, error);
  else
    changed (s);
}

static void
on_delete_clicked_cb (GtkButton  *button,
                      Strategies *s)
{
  const TiersStandardAction *a = action_of (GTK_WIDGET (button), s);
  g_autoptr(GError) error = NULL;

  if (a == NULL)
    return;
  if (!tiers_store_delete_standard_action (tiers_session_get_store (s->session), a->id,
                                           &error))
    report (s, error);
  else
    changed (s);
}

static GtkWidget *
icon_button (Strategies *s,
             const char *icon,
             const char *tooltip,
             guint       index,
             GCallback   callback)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  tooltip, -1);
  g_object_set_data (G_OBJECT (button), "index", GUINT_TO_POINTER (index));
  g_signal_connect (button, "clicked", callback, s);
  return button;
}

static void
reload (Strategies *s)
{
  g_autoptr(GError) error = NULL;

  for (GList *l = s->rows; l != NULL; l = l->next)
    adw_preferences_group_remove (g_object_get_data (l->data, "group"), l->data);
  g_clear_pointer (&s->rows, g_list_free);
  g_clear_pointer (&s->actions, g_ptr_array_unref);
  s->actions = tiers_store_list_standard_actions (tiers_session_get_store (s->session),
                                                  TIERS_GRADE_NONE, &error);
  if (s->actions == NULL)
    {
      g_warning ("Cannot read the tier strategies: %s", error->message);
      return;
    }
  for (guint i = 0; i < s->actions->len; i++)
    {
      const TiersStandardAction *a = g_ptr_array_index (s->actions, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *move;
      g_autofree char *subtitle = g_strdup_printf ("%s · %s", a->name_zh ? a->name_zh : "—",
                                                   tiers_action_kind_label (a->kind));

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), a->name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      move = icon_button (s, "go-up-symbolic", _("Move Up"), i, G_CALLBACK (on_move_clicked_cb));
      g_object_set_data (G_OBJECT (move), "delta", GINT_TO_POINTER (-1));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), move);
      move = icon_button (s, "go-down-symbolic", _("Move Down"), i,
                          G_CALLBACK (on_move_clicked_cb));
      g_object_set_data (G_OBJECT (move), "delta", GINT_TO_POINTER (1));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), move);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 icon_button (s, "document-edit-symbolic", _("Edit"), i,
                                              G_CALLBACK (on_edit_clicked_cb)));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 icon_button (s, "user-trash-symbolic", _("Delete"), i,
                                              G_CALLBACK (on_delete_clicked_cb)));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (s->groups[a->grade]), row);
      g_object_set_data (G_OBJECT (row), "group", s->groups[a->grade]);
      s->rows = g_list_prepend (s->rows, row);
    }
}

GtkWidget *
tiers_strategy_page_new (TiersSession *session)
{
  Strategies *s = g_new0 (Strategies, 1);
  GtkWidget *page = adw_preferences_page_new ();
  static const char *const descriptions[] = {
    NULL,
    N_("Keep and grow the best suppliers."),
    N_("Lift good suppliers toward grade A."),
    N_("Set targets with deadlines; replace the supplier if nothing improves."),
    N_("Reduce or suspend orders, end the relationship, find alternatives."),
  };

  g_return_val_if_fail (TIERS_IS_SESSION (session), NULL);

  s->session = g_object_ref (session);
  s->page = page;
  adw_preferences_page_set_title (ADW_PREFERENCES_PAGE (page), _("Tier Strategies"));
  adw_preferences_page_set_icon_name (ADW_PREFERENCES_PAGE (page), "view-list-symbolic");
  adw_preferences_page_set_name (ADW_PREFERENCES_PAGE (page), "strategies");
  for (TiersGrade g = TIERS_GRADE_A; g <= TIERS_GRADE_D; g++)
    {
      g_autofree char *title = g_strdup_printf (_("Grade %s"), tiers_grade_to_string (g));
      GtkWidget *add = gtk_button_new_with_mnemonic (_("_Add…"));

      s->groups[g] = adw_preferences_group_new ();
      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (s->groups[g]), title);
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (s->groups[g]),
                                             _(descriptions[g]));
      gtk_widget_add_css_class (add, "flat");
      gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
      g_object_set_data (G_OBJECT (add), "grade", GUINT_TO_POINTER (g));
      g_signal_connect (add, "clicked", G_CALLBACK (on_add_clicked_cb), s);
      adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (s->groups[g]), add);
      adw_preferences_page_add (ADW_PREFERENCES_PAGE (page),
                                ADW_PREFERENCES_GROUP (s->groups[g]));
    }
  g_object_set_data_full (G_OBJECT (page), "strategies", s, (GDestroyNotify) strategies_free);
  reload (s);
  return page;
}
