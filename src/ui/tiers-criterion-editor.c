/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-criterion-editor.c: one criterion's fields. Every field writes straight into the
 * criterion and emits "changed"; the page asks each editor to mark its own fields, which it
 * does with the scheme's own rules and reasons (tiers-scheme-rules.h). */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "tiers-criterion-editor.h"
#include "tiers-scheme-rules.h"

struct _TiersCriterionEditor
{
  AdwExpanderRow  parent_instance;

  TiersCriterion *criterion;
  gboolean        new_key;
  TiersSchemeProblem *bands_problem;  /* the bands text could not be read */
  gboolean        loading;      /* filling the fields: not an edit */
  double          share;
  char           *problem;

  GtkWidget      *key_row;      /* AdwEntryRow for a new key, else AdwActionRow */
  GtkWidget      *name_row;
  GtkWidget      *name_zh_row;
  AdwComboRow    *dimension_row;
  AdwComboRow    *indicator_row;
  AdwComboRow    *method_row;
  GtkWidget      *best_row;
  GtkWidget      *worst_row;
  GtkWidget      *bands_row;
  GtkWidget      *scale_row;
  GtkSpinButton  *best;
  GtkSpinButton  *worst;
  GtkSpinButton  *scale;
  GtkSpinButton  *weight;
  GtkWidget      *up;
  GtkWidget      *down;
};

enum
{
  CHANGED,
  MOVE,
  REMOVE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (TiersCriterionEditor, tiers_criterion_editor, ADW_TYPE_EXPANDER_ROW)

/* The methods in the order of TiersMethod, as a purchasing manager calls them. */
static const char *method_labels[] = {
  N_("Linear"),
  N_("Ratio to category best"),
  N_("Bands"),
  N_("Rating scale"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (method_labels) == TIERS_N_METHODS);

static void
set_problem (TiersCriterionEditor *self,
             const char           *message)
{
  if (self->problem == NULL && message != NULL)
    self->problem = g_strdup (message);
}

/* Marks ROW wrong with MESSAGE (NULL: right again). An action row says why in its subtitle;
 * an entry row has none, so it says so in its tooltip and the criterion's own subtitle. */
static void
mark_row (TiersCriterionEditor *self,
          GtkWidget            *row,
          const char           *message,
          const char           *subtitle)
{
  if (message != NULL)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");
  if (ADW_IS_ACTION_ROW (row))
    {
      g_autofree char *escaped = g_markup_escape_text (message ? message
                                                       : subtitle ? subtitle : "", -1);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped);
    }
  else
    gtk_widget_set_tooltip_text (row, message);
  set_problem (self, message);
}

static void
update_subtitle (TiersCriterionEditor *self)
{
  g_autofree char *subtitle = NULL;
  const char *dimension = tiers_dimension_label (self->criterion->dimension);

  const char *name = tiers_criterion_get_display_name (self->criterion);
  g_autofree char *weight_label = NULL;

  /* The row shows text, not markup: a name may well hold an "&". */
  if (self->problem != NULL)
    subtitle = g_strdup (self->problem);
  else if (self->share >= 0)
    /* Translators: a criterion's summary, e.g. "Quality · 25.0 % of the weight" */
    subtitle = g_strdup_printf (_("%s · %.1f %% of the weight"), dimension, self->share * 100);
  else
    subtitle = g_strdup (dimension);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), name);
  /* Translators: the accessible name of a criterion's weight, e.g. "Weight of Pass rate" */
  weight_label = g_strdup_printf (_("Weight of %s"), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->weight), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  weight_label, -1);
}

static void
emit_changed (TiersCriterionEditor *self)
{
  if (!self->loading)
    g_signal_emit (self, signals[CHANGED], 0);
}

static void
show_method_rows (TiersCriterionEditor *self)
{
  TiersMethod method = self->criterion->method;

  gtk_widget_set_visible (self->best_row, method == TIERS_METHOD_LINEAR);
  gtk_widget_set_visible (self->worst_row, method == TIERS_METHOD_LINEAR);
  gtk_widget_set_visible (self->bands_row, method == TIERS_METHOD_BANDS);
  gtk_widget_set_visible (self->scale_row, method == TIERS_METHOD_SCALE);
}

static char *
bands_to_text (GArray *bands)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < bands->len; i++)
    {
      const TiersBand *b = &g_array_index (bands, TiersBand, i);
      char threshold[G_ASCII_DTOSTR_BUF_SIZE], score[G_ASCII_DTOSTR_BUF_SIZE];

      g_string_append_printf (text, "%s%s:%s", i ? "; " : "",
                              g_ascii_formatd (threshold, sizeof threshold, "%g", b->threshold),
                              g_ascii_formatd (score, sizeof score, "%g", b->score));
    }
  return g_string_free (text, FALSE);
}

static void
on_text_changed_cb (GtkEditable          *editable,
                    TiersCriterionEditor *self)
{
  const char *text = gtk_editable_get_text (editable);
  GtkWidget *row = GTK_WIDGET (editable);

  if (row == self->key_row)
    {
      g_free (self->criterion->key);
      self->criterion->key = g_strdup (text);
    }
  else if (row == self->name_row)
    {
      g_free (self->criterion->name);
      self->criterion->name = g_strdup (text);
    }
  else if (row == self->name_zh_row)
    {
      g_free (self->criterion->name_zh);
      self->criterion->name_zh = *text ? g_strdup (text) : NULL;
    }
  else if (row == self->bands_row)
    {
      g_clear_pointer (&self->bands_problem, tiers_scheme_problem_free);
      self->bands_problem = tiers_criterion_read_bands (self->criterion, text);
    }
  emit_changed (self);
}

static void
on_combo_selected_cb (AdwComboRow          *row,
                      GParamSpec           *pspec,
                      TiersCriterionEditor *self)
{
  guint selected = adw_combo_row_get_selected (row);

  if (selected == GTK_INVALID_LIST_POSITION)
    return;
  if (row == self->dimension_row)
    self->criterion->dimension = selected;
  else if (row == self->indicator_row)
    self->criterion->indicator = selected;
  else if (row == self->method_row)
    {
      self->criterion->method = selected;
      show_method_rows (self);
    }
  emit_changed (self);
}

static void
on_spin_value_changed_cb (GtkSpinButton        *spin,
                          TiersCriterionEditor *self)
{
  double value = gtk_spin_button_get_value (spin);

  if (spin == self->weight)
    self->criterion->weight = value;
  else if (spin == self->best)
    self->criterion->best = value;
  else if (spin == self->worst)
    self->criterion->worst = value;
  else if (spin == self->scale)
    self->criterion->scale = value;
  emit_changed (self);
}

static GtkWidget *
entry_row (TiersCriterionEditor *self,
           const char           *title,
           const char           *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
  g_signal_connect (row, "changed", G_CALLBACK (on_text_changed_cb), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), row);
  return row;
}

static GtkSpinButton *
new_spin (TiersCriterionEditor *self,
          double                lower,
          double                upper,
          double                step,
          guint                 digits,
          double                value)
{
  GtkSpinButton *spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (lower, upper, step));

  gtk_spin_button_set_digits (spin, digits);
  gtk_spin_button_set_value (spin, value);
  gtk_widget_set_valign (GTK_WIDGET (spin), GTK_ALIGN_CENTER);
  g_signal_connect (spin, "value-changed", G_CALLBACK (on_spin_value_changed_cb), self);
  return spin;
}

static GtkWidget *
spin_row (TiersCriterionEditor *self,
          const char           *title,
          const char           *subtitle,
          GtkSpinButton        *spin)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (spin));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), GTK_WIDGET (spin));
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  title, -1);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), row);
  return row;
}

static AdwComboRow *
combo_row (TiersCriterionEditor *self,
           const char           *title,
           GtkStringList        *items,
           guint                 selected)
{
  AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (row, G_LIST_MODEL (items));
  adw_combo_row_set_selected (row, selected);
  g_signal_connect (row, "notify::selected", G_CALLBACK (on_combo_selected_cb), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), GTK_WIDGET (row));
  g_object_unref (items);
  return row;
}

static void
on_move_clicked_cb (GtkButton            *button,
                    TiersCriterionEditor *self)
{
  GtkWidget *other = GTK_WIDGET (button) == self->up ? self->down : self->up;

  g_signal_emit (self, signals[MOVE], 0, GTK_WIDGET (button) == self->up ? -1 : 1);
  /* The rows were taken out and put back: keep the keyboard on the button, or on the other
   * one at the end of the list, so pressing again moves on. */
  gtk_widget_grab_focus (gtk_widget_get_sensitive (GTK_WIDGET (button)) ? GTK_WIDGET (button)
                                                                         : other);
}

static void
on_remove_clicked_cb (GtkButton            *button,
                      TiersCriterionEditor *self)
{
  g_signal_emit (self, signals[REMOVE], 0);
}

static GtkWidget *
icon_button (const char *icon,
             const char *label)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label, -1);
  gtk_widget_add_css_class (button, "flat");
  return button;
}

static void
add_order_row (TiersCriterionEditor *self)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = icon_button ("user-trash-symbolic", _("Remove Criterion"));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Position"));
  self->up = icon_button ("go-up-symbolic", _("Move Up"));
  self->down = icon_button ("go-down-symbolic", _("Move Down"));
  g_signal_connect (self->up, "clicked", G_CALLBACK (on_move_clicked_cb), self);
  g_signal_connect (self->down, "clicked", G_CALLBACK (on_move_clicked_cb), self);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_clicked_cb), self);
  gtk_widget_remove_css_class (remove, "flat");
  gtk_widget_add_css_class (remove, "destructive-action");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), self->up);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), self->down);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), row);
}

/* The key matters to the manager only where evaluator ratings are imported under it. */
static const char *
key_hint (TiersCriterionEditor *self)
{
  return self->criterion->indicator == TIERS_INDICATOR_MANUAL
         ? _("Evaluator ratings are imported under this key") : NULL;
}

static void
add_key_row (TiersCriterionEditor *self)
{
  if (self->new_key)
    {
      self->key_row = entry_row (self, _("Key (lower-case letters, digits and “_”)"),
                                 self->criterion->key);
      return;
    }
  self->key_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->key_row), _("Key"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->key_row), key_hint (self));
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->key_row),
                             gtk_label_new (self->criterion->key));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), self->key_row);
}

static GtkStringList *
labels_of (const char *(*label) (int), int n)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (int i = 0; i < n; i++)
    gtk_string_list_append (list, label (i));
  return list;
}

static const char *
dimension_label (int i)
{
  return tiers_dimension_label (i);
}

static const char *
indicator_label (int i)
{
  return tiers_indicator_label (i);
}

static const char *
method_label (int i)
{
  return _(method_labels[i]);
}

static void
build_rows (TiersCriterionEditor *self)
{
  TiersCriterion *c = self->criterion;
  g_autofree char *bands = bands_to_text (c->bands);
  gboolean rate = tiers_indicator_higher_is_better (c->indicator) && fabs (c->best) <= 1;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
  self->weight = new_spin (self, 0, 1000, 1, 1, c->weight);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->weight), _("Weight"));
  adw_expander_row_add_action (ADW_EXPANDER_ROW (self), GTK_WIDGET (self->weight));

  add_key_row (self);
  self->name_row = entry_row (self, _("Name"), c->name);
  self->name_zh_row = entry_row (self, _("Name in Chinese"), c->name_zh);
  self->dimension_row = combo_row (self, _("Dimension"),
                                   labels_of (dimension_label, TIERS_N_DIMENSIONS), c->dimension);
  self->indicator_row = combo_row (self, _("Indicator"),
                                   labels_of (indicator_label, TIERS_N_INDICATORS), c->indicator);
  self->method_row = combo_row (self, _("Method"),
                                labels_of (method_label, TIERS_N_METHODS), c->method);
  /* Rates move in hundredths, days and prices in whole steps. */
  self->best = new_spin (self, -1e6, 1e6, rate ? 0.01 : 1, rate ? 3 : 2, c->best);
  self->worst = new_spin (self, -1e6, 1e6, rate ? 0.01 : 1, rate ? 3 : 2, c->worst);
  self->best_row = spin_row (self, _("Best"), _("This value and better score 100"), self->best);
  self->worst_row = spin_row (self, _("Worst"), _("This value and worse score 0"), self->worst);
  self->bands_row = entry_row (self, _("Bands (threshold:score; …)"), bands);
  self->scale = new_spin (self, 1, 100, 1, 0, c->scale);
  self->scale_row = spin_row (self, _("Scale"), _("The top rating, which scores 100"),
                              self->scale);
  add_order_row (self);
  show_method_rows (self);
}

TiersCriterionEditor *
tiers_criterion_editor_new (TiersCriterion *criterion,
                            gboolean        new_key)
{
  TiersCriterionEditor *self;

  g_return_val_if_fail (criterion != NULL, NULL);

  self = g_object_new (TIERS_TYPE_CRITERION_EDITOR, NULL);
  self->criterion = criterion;
  self->new_key = new_key;
  self->loading = TRUE;
  build_rows (self);
  self->loading = FALSE;
  update_subtitle (self);
  return self;
}

TiersCriterion *
tiers_criterion_editor_get_criterion (TiersCriterionEditor *self)
{
  g_return_val_if_fail (TIERS_IS_CRITERION_EDITOR (self), NULL);
  return self->criterion;
}

void
tiers_criterion_editor_set_share (TiersCriterionEditor *self,
                                  double                share)
{
  g_return_if_fail (TIERS_IS_CRITERION_EDITOR (self));

  self->share = share;
  update_subtitle (self);
}

void
tiers_criterion_editor_set_position (TiersCriterionEditor *self,
                                     guint                 index,
                                     guint                 n)
{
  g_return_if_fail (TIERS_IS_CRITERION_EDITOR (self));

  gtk_widget_set_sensitive (self->up, index > 0);
  gtk_widget_set_sensitive (self->down, index + 1 < n);
}

/* The problem's reason when it lies at KEY of the criterion's section (NULL: its key). */
static const char *
reason_at (const TiersSchemeProblem *problem,
           const char               *key)
{
  return problem != NULL && g_strcmp0 (problem->key, key) == 0 ? problem->reason : NULL;
}

gboolean
tiers_criterion_editor_validate (TiersCriterionEditor *self,
                                 const TiersScheme    *scheme)
{
  g_autoptr(TiersSchemeProblem) checked = NULL;
  g_autoptr(TiersSchemeProblem) taken = NULL;
  const TiersSchemeProblem *problem;
  const char *key_why;

  g_return_val_if_fail (TIERS_IS_CRITERION_EDITOR (self), FALSE);

  g_clear_pointer (&self->problem, g_free);
  /* Bands the editor could not even read come first: the criterion holds only the bands
   * read before the unreadable one. */
  if (self->criterion->method == TIERS_METHOD_BANDS && self->bands_problem != NULL)
    problem = self->bands_problem;
  else
    problem = checked = tiers_criterion_check (self->criterion);
  key_why = reason_at (problem, NULL);
  if (key_why == NULL && (taken = tiers_scheme_check_criterion_key (scheme, self->criterion)))
    key_why = taken->reason;
  mark_row (self, self->key_row, key_why, key_hint (self));
  mark_row (self, self->name_row, reason_at (problem, "Name"), NULL);
  mark_row (self, self->best_row, reason_at (problem, "Best"),
            _("This value and better score 100"));
  mark_row (self, self->worst_row, reason_at (problem, "Best"), _("This value and worse score 0"));
  mark_row (self, self->bands_row, reason_at (problem, "Bands"), NULL);
  mark_row (self, self->scale_row, reason_at (problem, "Scale"),
            _("The top rating, which scores 100"));
  /* A field without a row of its own (the weight, the method) still says so above. */
  set_problem (self, problem ? problem->reason : NULL);
  /* The header says it too, so a collapsed criterion shows why Apply is off; not in red,
   * which the expander row would pass on to every field inside. */
  update_subtitle (self);
  return self->problem == NULL;
}

const char *
tiers_criterion_editor_get_problem (TiersCriterionEditor *self)
{
  g_return_val_if_fail (TIERS_IS_CRITERION_EDITOR (self), NULL);
  return self->problem;
}

GtkSpinButton *
tiers_criterion_editor_get_weight (TiersCriterionEditor *self)
{
  g_return_val_if_fail (TIERS_IS_CRITERION_EDITOR (self), NULL);
  return self->weight;
}

GtkSpinButton *
tiers_criterion_editor_get_best (TiersCriterionEditor *self)
{
  g_return_val_if_fail (TIERS_IS_CRITERION_EDITOR (self), NULL);
  return self->best;
}

GtkSpinButton *
tiers_criterion_editor_get_worst (TiersCriterionEditor *self)
{
  g_return_val_if_fail (TIERS_IS_CRITERION_EDITOR (self), NULL);
  return self->worst;
}

GtkEditable *
tiers_criterion_editor_get_key (TiersCriterionEditor *self)
{
  g_return_val_if_fail (TIERS_IS_CRITERION_EDITOR (self), NULL);
  return GTK_IS_EDITABLE (self->key_row) ? GTK_EDITABLE (self->key_row) : NULL;
}

AdwComboRow *
tiers_criterion_editor_get_indicator (TiersCriterionEditor *self)
{
  g_return_val_if_fail (TIERS_IS_CRITERION_EDITOR (self), NULL);
  return self->indicator_row;
}

AdwComboRow *
tiers_criterion_editor_get_method (TiersCriterionEditor *self)
{
  g_return_val_if_fail (TIERS_IS_CRITERION_EDITOR (self), NULL);
  return self->method_row;
}

GtkEditable *
tiers_criterion_editor_get_bands (TiersCriterionEditor *self)
{
  g_return_val_if_fail (TIERS_IS_CRITERION_EDITOR (self), NULL);
  return GTK_EDITABLE (self->bands_row);
}

static void
tiers_criterion_editor_finalize (GObject *object)
{
  TiersCriterionEditor *self = TIERS_CRITERION_EDITOR (object);

  g_free (self->problem);
  tiers_scheme_problem_free (self->bands_problem);
  G_OBJECT_CLASS (tiers_criterion_editor_parent_class)->finalize (object);
}

static void
tiers_criterion_editor_class_init (TiersCriterionEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tiers_criterion_editor_finalize;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[MOVE] = g_signal_new ("move", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);
  signals[REMOVE] = g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                  NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
tiers_criterion_editor_init (TiersCriterionEditor *self)
{
  self->share = -1;
}
