/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-suppliers-page.c: the Suppliers page. The pipeline is GListStore -> GtkFilterListModel
 * (one custom filter over search, grade, category and the overview's scope) ->
 * GtkSortListModel bound to the column view's sorter -> GtkSingleSelection, all
 * non-incremental: at 10,000 suppliers each step fits in a frame. Here: the widget, the
 * filters, the selection and the scorecard beside the list; the records and how they follow
 * the session are in tiers-suppliers-page-records.c. */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "tiers-grade-badge.h"
#include "tiers-scorecard.h"
#include "tiers-supplier-columns.h"
#include "tiers-supplier-csv.h"
#include "tiers-supplier-record.h"
#include "tiers-suppliers-page-private.h"

G_DEFINE_FINAL_TYPE (TiersSuppliersPage, tiers_suppliers_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* --- filtering --- */

static gboolean
matches_grade_choice (TiersSuppliersPage  *self,
                      TiersSupplierRecord *record)
{
  switch (self->grade_choice)
    {
    case GRADE_CHOICE_ALL:
      return TRUE;
    case GRADE_CHOICE_PROVISIONAL:
      return tiers_supplier_record_get_provisional (record);
    case GRADE_CHOICE_UNGRADED:
      return tiers_supplier_record_get_shown_grade (record) == TIERS_GRADE_NONE;
    case GRADE_CHOICE_ON_HOLD:
      return tiers_supplier_record_get_status (record) == TIERS_STATUS_ON_HOLD;
    case GRADE_CHOICE_TERMINATED:
      return tiers_supplier_record_get_status (record) == TIERS_STATUS_TERMINATED;
    case GRADE_CHOICE_A:
    case GRADE_CHOICE_B:
    case GRADE_CHOICE_C:
    case GRADE_CHOICE_D:
    default:
      return tiers_supplier_record_get_shown_grade (record)
             == (TiersGrade) (TIERS_GRADE_A + (self->grade_choice - GRADE_CHOICE_A));
    }
}

static gboolean
matches_scope (TiersSuppliersPage  *self,
               TiersSupplierRecord *record)
{
  switch (self->scope)
    {
    case TIERS_SUPPLIER_FILTER_TRANSITION:
      return tiers_supplier_record_get_grade (record) == self->scope_grade
             && tiers_supplier_record_get_previous_grade (record) == self->scope_previous;
    case TIERS_SUPPLIER_FILTER_SUPPLIER:
      return g_strcmp0 (tiers_supplier_record_get_code (record), self->scope_code) == 0;
    case TIERS_SUPPLIER_FILTER_ALL:
    case TIERS_SUPPLIER_FILTER_GRADE:
    case TIERS_SUPPLIER_FILTER_PROVISIONAL:
    default:
      return TRUE;
    }
}

static gboolean
filter_record (gpointer item,
               gpointer user_data)
{
  TiersSuppliersPage *self = user_data;
  TiersSupplierRecord *record = item;

  return matches_scope (self, record)
         && matches_grade_choice (self, record)
         && (self->category == NULL
             || strcmp (tiers_supplier_record_get_category (record), self->category) == 0)
         && (self->search == NULL || tiers_supplier_record_matches (record, self->search));
}

void
tiers_suppliers_page_update_count (TiersSuppliersPage *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));
  guint total = g_list_model_get_n_items (G_LIST_MODEL (self->records));
  g_autofree char *text = NULL;

  if (shown == total)
    text = g_strdup_printf (ngettext ("%u supplier", "%u suppliers", total), total);
  else
    /* Translators: how many suppliers the filters show, e.g. "12 of 80 suppliers" */
    text = g_strdup_printf (ngettext ("%u of %u supplier", "%u of %u suppliers", total),
                            shown, total);
  gtk_label_set_text (self->count_label, text);
}

void
tiers_suppliers_page_update_list_stack (TiersSuppliersPage *self)
{
  const char *page;

  /* Without an evaluation, records kept from the period before are not shown. */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->records)) == 0
      || self->session == NULL || tiers_session_get_evaluation (self->session) == NULL)
    page = self->loading ? "loading" : "empty";
  else if (g_list_model_get_n_items (G_LIST_MODEL (self->sort_model)) == 0)
    page = "no-match";
  else
    page = "list";
  gtk_stack_set_visible_child_name (self->list_stack, page);
  gtk_spinner_set_spinning (self->loading_spinner, strcmp (page, "loading") == 0);
}

static void
refilter (TiersSuppliersPage *self,
          GtkFilterChange     change)
{
  gtk_filter_changed (GTK_FILTER (self->filter), change);
  tiers_suppliers_page_update_count (self);
  tiers_suppliers_page_update_list_stack (self);
}

static void
on_search_changed_cb (GtkSearchEntry     *entry,
                      TiersSuppliersPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autofree char *folded = *text != '\0' ? g_utf8_casefold (text, -1) : NULL;
  GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;

  if (g_strcmp0 (folded, self->search) == 0)
    return;
  /* Typing on narrows what is shown; the filter then tests only the rows still shown. */
  if (folded != NULL && (self->search == NULL || strstr (folded, self->search) != NULL))
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (folded == NULL || strstr (self->search, folded) != NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  g_free (self->search);
  self->search = g_steal_pointer (&folded);
  refilter (self, change);
}

static void
on_grade_selected_cb (GtkDropDown        *dropdown,
                      GParamSpec         *pspec,
                      TiersSuppliersPage *self)
{
  guint choice = gtk_drop_down_get_selected (dropdown);

  if (choice == GTK_INVALID_LIST_POSITION || (GradeChoice) choice == self->grade_choice)
    return;
  self->grade_choice = (GradeChoice) choice;
  refilter (self, GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_category_selected_cb (GtkDropDown        *dropdown,
                         GParamSpec         *pspec,
                         TiersSuppliersPage *self)
{
  guint choice = gtk_drop_down_get_selected (dropdown);
  const char *category = NULL;

  if (self->rebuilding)
    return;
  /* Position 0 is "All Categories". */
  if (choice != GTK_INVALID_LIST_POSITION && choice > 0)
    category = gtk_string_list_get_string (self->categories, choice);
  if (g_strcmp0 (category, self->category) == 0)
    return;
  g_free (self->category);
  self->category = g_strdup (category);
  refilter (self, GTK_FILTER_CHANGE_DIFFERENT);
}

/* Selects CATEGORY in the drop-down (NULL or unknown: all). */
void
tiers_suppliers_page_select_category (TiersSuppliersPage *self,
                                      const char         *category)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->categories));
  guint position = 0;

  for (guint i = 1; category != NULL && i < n; i++)
    if (strcmp (gtk_string_list_get_string (self->categories, i), category) == 0)
      position = i;
  gtk_drop_down_set_selected (self->category_dropdown, position);
  /* The handler ignores a change to the same position. */
  g_free (self->category);
  self->category = position > 0 ? g_strdup (category) : NULL;
}

/* --- selection and navigation --- */

static TiersSupplierRecord *
selected_record (TiersSuppliersPage *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

static void
on_selection_changed_cb (GtkSingleSelection *selection,
                         GParamSpec         *pspec,
                         TiersSuppliersPage *self)
{
  TiersSupplierRecord *record = selected_record (self);

  if (self->rebuilding)
    return;
  g_free (self->selected_code);
  self->selected_code = record ? g_strdup (tiers_supplier_record_get_code (record)) : NULL;
  /* Folded, the selection follows the pointer (single-click activation): the hidden
   * scorecard loads only when a supplier is opened. */
  if (!adw_leaflet_get_folded (self->leaflet))
    tiers_scorecard_set_supplier (self->scorecard, record);
}

static void
show_scorecard (TiersSuppliersPage *self)
{
  TiersSupplierRecord *record = selected_record (self);

  if (record == NULL)
    return;
  tiers_scorecard_set_supplier (self->scorecard, record);
  adw_leaflet_set_visible_child_name (self->leaflet, "scorecard");
}

static void
on_column_view_activate_cb (GtkColumnView      *view,
                            guint               position,
                            TiersSuppliersPage *self)
{
  gtk_single_selection_set_selected (self->selection, position);
  show_scorecard (self);
}

/* Folded, a click (or Enter) opens the scorecard; unfolded, the scorecard is beside the
 * list and follows the selection. */
static void
on_leaflet_folded_cb (AdwLeaflet         *leaflet,
                      GParamSpec         *pspec,
                      TiersSuppliersPage *self)
{
  gboolean folded = adw_leaflet_get_folded (leaflet);

  gtk_column_view_set_single_click_activate (self->column_view, folded);
  gtk_widget_set_visible (self->back_bar, folded);
  /* Unfolded, the scorecard beside the list shows the selection. */
  if (!folded && self->selection != NULL && self->scorecard != NULL)
    tiers_scorecard_set_supplier (self->scorecard, selected_record (self));
}

/* Selects the record of CODE where the sorted model shows it, else nothing. */
void
tiers_suppliers_page_restore_selection (TiersSuppliersPage *self)
{
  GListModel *shown = G_LIST_MODEL (self->sort_model);
  guint n = g_list_model_get_n_items (shown);
  guint position = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; self->selected_code != NULL && i < n; i++)
    {
      g_autoptr(TiersSupplierRecord) record = g_list_model_get_item (shown, i);

      if (strcmp (tiers_supplier_record_get_code (record), self->selected_code) == 0)
        {
          position = i;
          break;
        }
    }
  self->rebuilding = TRUE;
  gtk_single_selection_set_selected (self->selection, position);
  self->rebuilding = FALSE;
  tiers_scorecard_set_supplier (self->scorecard, selected_record (self));
}

/* --- loading --- */

void
tiers_suppliers_page_set_loading (TiersSuppliersPage *self,
                                  gboolean            loading)
{
  if (self->loading == loading)
    return;
  self->loading = loading;
  tiers_suppliers_page_update_list_stack (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

/* --- the overview's filters --- */

static void
set_scope (TiersSuppliersPage        *self,
           const TiersSupplierFilter *filter)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *text = NULL;

  self->scope = TIERS_SUPPLIER_FILTER_ALL;
  g_clear_pointer (&self->scope_code, g_free);
  if (filter != NULL && filter->kind == TIERS_SUPPLIER_FILTER_TRANSITION)
    {
      self->scope = filter->kind;
      self->scope_grade = filter->grade;
      self->scope_previous = filter->previous_grade;
      from = tiers_grade_describe (filter->previous_grade);
      to = tiers_grade_describe (filter->grade);
      /* Translators: the suppliers shown after a click on the transitions chart, e.g.
       * "Moved from Grade B to Grade C" */
      text = g_strdup_printf (_("Moved from %s to %s"), from, to);
    }
  else if (filter != NULL && filter->kind == TIERS_SUPPLIER_FILTER_SUPPLIER)
    {
      self->scope = filter->kind;
      self->scope_code = g_strdup (filter->code);
      text = g_strdup_printf (_("Only supplier %s"), filter->code);
    }
  gtk_label_set_text (self->scope_label, text != NULL ? text : "");
  gtk_revealer_set_reveal_child (self->scope_revealer, text != NULL);
}

static GradeChoice
grade_choice_for (const TiersSupplierFilter *filter)
{
  if (filter == NULL)
    return GRADE_CHOICE_ALL;
  switch (filter->kind)
    {
    case TIERS_SUPPLIER_FILTER_GRADE:
      return filter->grade == TIERS_GRADE_NONE
             ? GRADE_CHOICE_UNGRADED
             : (GradeChoice) (GRADE_CHOICE_A + (filter->grade - TIERS_GRADE_A));
    case TIERS_SUPPLIER_FILTER_PROVISIONAL:
      return GRADE_CHOICE_PROVISIONAL;
    case TIERS_SUPPLIER_FILTER_ALL:
    case TIERS_SUPPLIER_FILTER_TRANSITION:
    case TIERS_SUPPLIER_FILTER_SUPPLIER:
    default:
      return GRADE_CHOICE_ALL;
    }
}

void
tiers_suppliers_page_show (TiersSuppliersPage        *self,
                           const TiersSupplierFilter *filter)
{
  g_return_if_fail (TIERS_IS_SUPPLIERS_PAGE (self));
  g_return_if_fail (filter == NULL || filter->kind != TIERS_SUPPLIER_FILTER_SUPPLIER
                    || filter->code != NULL);

  /* Every change below refilters once, at the end. */
  self->rebuilding = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  g_clear_pointer (&self->search, g_free);
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  self->grade_choice = grade_choice_for (filter);
  gtk_drop_down_set_selected (self->grade_dropdown, self->grade_choice);
  tiers_suppliers_page_select_category (self,
                                        filter != NULL
                                        && filter->kind != TIERS_SUPPLIER_FILTER_SUPPLIER
                                        ? filter->category : NULL);
  set_scope (self, filter);
  self->rebuilding = FALSE;
  refilter (self, GTK_FILTER_CHANGE_DIFFERENT);
  /* A group picked on the overview (a grade, the provisional, a move) is shown weakest
   * first: the suppliers that need the manager's attention on top. */
  if (filter != NULL && filter->kind != TIERS_SUPPLIER_FILTER_ALL &&
      filter->kind != TIERS_SUPPLIER_FILTER_SUPPLIER)
    gtk_column_view_sort_by_column (self->column_view,
                                    tiers_supplier_columns_find (self->column_view,
                                                                 TIERS_SUPPLIER_COLUMN_SCORE),
                                    GTK_SORT_ASCENDING);
  if (filter != NULL && filter->kind == TIERS_SUPPLIER_FILTER_SUPPLIER)
    {
      g_free (self->selected_code);
      self->selected_code = g_strdup (filter->code);
      tiers_suppliers_page_restore_selection (self);
      show_scorecard (self);
    }
  else
    adw_leaflet_set_visible_child_name (self->leaflet, "list");
}

/* --- actions --- */

static void
tiers_suppliers_page_search_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  TiersSuppliersPage *self = TIERS_SUPPLIERS_PAGE (widget);

  adw_leaflet_set_visible_child_name (self->leaflet, "list");
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
tiers_suppliers_page_back_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  TiersSuppliersPage *self = TIERS_SUPPLIERS_PAGE (widget);

  adw_leaflet_set_visible_child_name (self->leaflet, "list");
}

/* An alternative on a scorecard: that supplier and its scorecard, as from the overview. */
static void
tiers_suppliers_page_open_supplier_action (GtkWidget  *widget,
                                           const char *action_name,
                                           GVariant   *parameter)
{
  TiersSupplierFilter filter = { 0 };

  filter.kind = TIERS_SUPPLIER_FILTER_SUPPLIER;
  filter.code = g_variant_get_string (parameter, NULL);
  tiers_suppliers_page_show (TIERS_SUPPLIERS_PAGE (widget), &filter);
}

static void
tiers_suppliers_page_show_all_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *parameter)
{
  tiers_suppliers_page_show (TIERS_SUPPLIERS_PAGE (widget), NULL);
}

/* Closing the search bar shows every supplier again. */
static void
on_search_mode_cb (GtkSearchBar       *bar,
                   GParamSpec         *pspec,
                   TiersSuppliersPage *self)
{
  if (!gtk_search_bar_get_search_mode (bar))
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

/* --- the class --- */

static void
disconnect_session (TiersSuppliersPage *self)
{
  if (self->session_signals != NULL)
    g_signal_group_set_target (self->session_signals, NULL);
  g_clear_object (&self->session);
}

static void
tiers_suppliers_page_dispose (GObject *object)
{
  TiersSuppliersPage *self = TIERS_SUPPLIERS_PAGE (object);

  tiers_suppliers_page_dispose_records (self);
  disconnect_session (self);
  g_clear_object (&self->session_signals);
  /* Taking the column view apart changes its sorter: nothing may update the labels then. */
  if (self->selection != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->selection, self);
      g_signal_handlers_disconnect_by_data (self->sort_model, self);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), TIERS_TYPE_SUPPLIERS_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->categories);
  G_OBJECT_CLASS (tiers_suppliers_page_parent_class)->dispose (object);
}

static void
tiers_suppliers_page_finalize (GObject *object)
{
  TiersSuppliersPage *self = TIERS_SUPPLIERS_PAGE (object);

  g_free (self->selected_code);
  g_free (self->search);
  g_free (self->category);
  g_free (self->scope_code);
  G_OBJECT_CLASS (tiers_suppliers_page_parent_class)->finalize (object);
}

static void
tiers_suppliers_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  TiersSuppliersPage *self = TIERS_SUPPLIERS_PAGE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tiers_suppliers_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  TiersSuppliersPage *self = TIERS_SUPPLIERS_PAGE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      tiers_suppliers_page_set_session (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tiers_suppliers_page_class_init (TiersSuppliersPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tiers_suppliers_page_dispose;
  object_class->finalize = tiers_suppliers_page_finalize;
  object_class->get_property = tiers_suppliers_page_get_property;
  object_class->set_property = tiers_suppliers_page_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, TIERS_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (TIERS_TYPE_SCORECARD);
  gtk_widget_class_set_template_from_resource (widget_class,
      "/io/github/suppliertiers/SupplierTiers/tiers-suppliers-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TiersSuppliersPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, TiersSuppliersPage, search_bar);
  gtk_widget_class_bind_template_child (widget_class, TiersSuppliersPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, TiersSuppliersPage, search_button);
  gtk_widget_class_bind_template_child (widget_class, TiersSuppliersPage, grade_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TiersSuppliersPage, category_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TiersSuppliersPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, TiersSuppliersPage, scope_revealer);
  gtk_widget_class_bind_template_child (widget_class, TiersSuppliersPage, scope_label);
  gtk_widget_class_bind_template_child (widget_class, TiersSuppliersPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, TiersSuppliersPage, loading_spinner);
  gtk_widget_class_bind_template_child (widget_class, TiersSuppliersPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, TiersSuppliersPage, back_bar);
  gtk_widget_class_bind_template_child (widget_class, TiersSuppliersPage, scorecard);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  gtk_widget_class_install_action (widget_class, "suppliers.search", NULL,
                                   tiers_suppliers_page_search_action);
  gtk_widget_class_install_action (widget_class, "suppliers.back", NULL,
                                   tiers_suppliers_page_back_action);
  gtk_widget_class_install_action (widget_class, "suppliers.open-supplier", "s",
                                   tiers_suppliers_page_open_supplier_action);
  gtk_widget_class_install_action (widget_class, "suppliers.show-all", NULL,
                                   tiers_suppliers_page_show_all_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "suppliers.search", NULL);
}

static void
build_models (TiersSuppliersPage *self)
{
  GtkSorter *sorter = gtk_column_view_get_sorter (self->column_view);

  self->records = g_list_store_new (TIERS_TYPE_SUPPLIER_RECORD);
  tiers_suppliers_page_bind_session (self);
  self->filter = gtk_custom_filter_new (filter_record, self, NULL);
  self->filter_model = gtk_filter_list_model_new (G_LIST_MODEL (self->records),
                                                  GTK_FILTER (self->filter));
  self->sort_model = gtk_sort_list_model_new (G_LIST_MODEL (self->filter_model),
                                              g_object_ref (sorter));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (self->sort_model));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect (self->selection, "notify::selected-item",
                    G_CALLBACK (on_selection_changed_cb), self);
  /* Sorting never changes what is shown, but keeps the count and the stack honest when a
   * rebuild lands while sorted. */
  g_signal_connect_swapped (self->sort_model, "items-changed",
                            G_CALLBACK (tiers_suppliers_page_update_count), self);
}

static void
tiers_suppliers_page_init (TiersSuppliersPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  tiers_supplier_columns_add (self->column_view);
  build_models (self);

  self->categories = gtk_string_list_new (NULL);
  gtk_string_list_append (self->categories, _("All Categories"));
  gtk_drop_down_set_model (self->category_dropdown, G_LIST_MODEL (self->categories));

  g_object_bind_property (self->search_button, "active", self->search_bar,
                          "search-mode-enabled", G_BINDING_BIDIRECTIONAL);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  g_signal_connect (self->search_bar, "notify::search-mode-enabled",
                    G_CALLBACK (on_search_mode_cb), self);
  g_signal_connect (self->search_entry, "search-changed", G_CALLBACK (on_search_changed_cb), self);
  g_signal_connect (self->grade_dropdown, "notify::selected",
                    G_CALLBACK (on_grade_selected_cb), self);
  g_signal_connect (self->category_dropdown, "notify::selected",
                    G_CALLBACK (on_category_selected_cb), self);
  g_signal_connect (self->column_view, "activate", G_CALLBACK (on_column_view_activate_cb), self);
  g_signal_connect (self->leaflet, "notify::folded", G_CALLBACK (on_leaflet_folded_cb), self);
  on_leaflet_folded_cb (self->leaflet, NULL, self);
  tiers_suppliers_page_update_count (self);
  tiers_suppliers_page_update_list_stack (self);
}

GtkWidget *
tiers_suppliers_page_new (TiersSession *session)
{
  return g_object_new (TIERS_TYPE_SUPPLIERS_PAGE, "session", session, NULL);
}

TiersSession *
tiers_suppliers_page_get_session (TiersSuppliersPage *self)
{
  g_return_val_if_fail (TIERS_IS_SUPPLIERS_PAGE (self), NULL);
  return self->session;
}

void
tiers_suppliers_page_set_session (TiersSuppliersPage *self,
                                  TiersSession       *session)
{
  g_return_if_fail (TIERS_IS_SUPPLIERS_PAGE (self));
  g_return_if_fail (session == NULL || TIERS_IS_SESSION (session));

  if (self->session == session)
    return;
  disconnect_session (self);
  tiers_scorecard_set_session (self->scorecard, session);
  g_set_object (&self->session, session);
  g_signal_group_set_target (self->session_signals, session);
  tiers_suppliers_page_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

GListModel *
tiers_suppliers_page_get_shown (TiersSuppliersPage *self)
{
  g_return_val_if_fail (TIERS_IS_SUPPLIERS_PAGE (self), NULL);
  return G_LIST_MODEL (self->sort_model);
}

const char *
tiers_suppliers_page_get_selected_code (TiersSuppliersPage *self)
{
  g_return_val_if_fail (TIERS_IS_SUPPLIERS_PAGE (self), NULL);
  return self->selected_code;
}

gboolean
tiers_suppliers_page_get_loading (TiersSuppliersPage *self)
{
  g_return_val_if_fail (TIERS_IS_SUPPLIERS_PAGE (self), FALSE);
  return self->loading;
}

gboolean
tiers_suppliers_page_write_csv (TiersSuppliersPage *self,
                                GOutputStream      *stream,
                                GError            **error)
{
  g_return_val_if_fail (TIERS_IS_SUPPLIERS_PAGE (self), FALSE);
  return tiers_supplier_csv_write (G_LIST_MODEL (self->sort_model), stream, NULL, error);
}
