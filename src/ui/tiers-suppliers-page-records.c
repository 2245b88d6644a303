/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-suppliers-page-records.c: the Suppliers page's records and how they follow the
 * session. Built on the session's worker when the suppliers or the data change, from the
 * evaluation and the session's details of the period (names, contacts, spend); a new
 * evaluation of the same suppliers (switching the period) gives the same records the new
 * figures in place, and the period's spend when the session's details of it land. */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "tiers-scorecard.h"
#include "tiers-supplier-record.h"
#include "tiers-supplier-records-load.h"
#include "tiers-store-status.h"
#include "tiers-suppliers-page-private.h"

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

/* The categories of the evaluation, sorted, after "All Categories"; keeps the chosen one
 * when it still exists. */
static void
fill_categories (TiersSuppliersPage    *self,
                 const TiersEvaluation *evaluation)
{
  guint n_categories = evaluation->indicators->categories->len;
  g_autofree const char **names = g_new0 (const char *, n_categories + 2);
  g_autofree char *keep = g_strdup (self->category);

  names[0] = _("All Categories");
  for (guint i = 0; i < n_categories; i++)
    names[i + 1] = g_ptr_array_index (evaluation->indicators->categories, i);
  qsort (names + 1, n_categories, sizeof *names, compare_names);
  gtk_string_list_splice (self->categories, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->categories)), names);
  tiers_suppliers_page_select_category (self, keep);
}

/* Where each supplier stands today, from its status changes (a small table, read on the
 * session's main-loop connection); the list filters again. */
static void
apply_statuses (TiersSuppliersPage *self)
{
  g_autoptr(GHashTable) changes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  changes = tiers_store_load_status_changes (tiers_session_get_store (self->session), &error);
  if (changes == NULL)
    {
      g_warning ("Cannot read the suppliers' status: %s", error->message);
      return;
    }
  gboolean changed = FALSE;

  for (guint i = 0; i < self->built->len; i++)
    {
      TiersSupplierRecord *record = g_ptr_array_index (self->built, i);
      const GPtrArray *own = g_hash_table_lookup (changes, tiers_supplier_record_get_code (record));
      TiersSupplierStatus status = own ? tiers_status_on (own, today) : TIERS_STATUS_ACTIVE;

      changed |= status != tiers_supplier_record_get_status (record);
      tiers_supplier_record_set_status (record, status);
    }
  /* Only the status filters depend on it: refilter thousands of rows only when it matters. */
  if (changed && (self->grade_choice == GRADE_CHOICE_ON_HOLD ||
                  self->grade_choice == GRADE_CHOICE_TERMINATED))
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

/* The grades a manager adjusted in the period's review go onto its records; the list sorts
 * and filters again when one changed. */
static void
apply_adjustments (TiersSuppliersPage *self)
{
  const TiersPeriodReview *review = NULL;
  gboolean changed = FALSE;

  if (self->built == NULL || self->session == NULL)
    return;
  review = tiers_session_get_review (self->session);
  if (review != NULL && !tiers_period_equal (&review->period, &self->built_period))
    review = NULL;
  apply_statuses (self);
  for (guint i = 0; i < self->built->len; i++)
    {
      TiersSupplierRecord *record = g_ptr_array_index (self->built, i);
      const TiersOverride *adjusted = review != NULL
        ? g_hash_table_lookup (review->overrides, tiers_supplier_record_get_code (record)) : NULL;
      TiersGrade grade = adjusted != NULL ? adjusted->grade : TIERS_GRADE_NONE;

      changed |= grade != tiers_supplier_record_get_adjusted_grade (record);
      tiers_supplier_record_set_adjusted_grade (record, grade);
    }
  if (!changed)
    return;
  self->rebuilding = TRUE;
  gtk_sorter_changed (gtk_sort_list_model_get_sorter (self->sort_model),
                      GTK_SORTER_CHANGE_DIFFERENT);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  self->rebuilding = FALSE;
  tiers_suppliers_page_restore_selection (self);
  tiers_suppliers_page_update_count (self);
}

static void
fill_records (TiersSuppliersPage *self,
              GPtrArray          *records)
{
  self->rebuilding = TRUE;
  fill_categories (self, tiers_session_get_evaluation (self->session));
  g_list_store_splice (self->records, 0, g_list_model_get_n_items (G_LIST_MODEL (self->records)),
                       records->pdata, records->len);
  self->rebuilding = FALSE;
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  tiers_suppliers_page_restore_selection (self);
}

static void
on_records_loaded_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(TiersSuppliersPage) self = user_data;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) error = NULL;
  const TiersEvaluation *evaluation;
  TiersPeriod period;

  records = tiers_supplier_records_load_finish (result, &period, &error);
  if (records == NULL)
    return;  /* cancelled: a newer load is on its way */
  g_clear_object (&self->cancellable);
  evaluation = self->session != NULL ? tiers_session_get_evaluation (self->session) : NULL;
  if (evaluation != NULL && tiers_period_equal (&evaluation->period, &period))
    {
      fill_records (self, records);
      g_clear_pointer (&self->built, g_ptr_array_unref);
      self->built = g_ptr_array_ref (records);
      self->built_period = period;
      self->stale = FALSE;
      apply_adjustments (self);
    }
  tiers_suppliers_page_set_loading (self, FALSE);
  tiers_suppliers_page_update_count (self);
  tiers_suppliers_page_update_list_stack (self);
}

static void
clear_records (TiersSuppliersPage *self)
{
  self->rebuilding = TRUE;
  g_list_store_remove_all (self->records);
  self->rebuilding = FALSE;
  tiers_scorecard_set_supplier (self->scorecard, NULL);
  tiers_suppliers_page_update_count (self);
}

/* The scorecard reads the session's evaluation when it is given a record: the same record
 * with a new period's figures is given again, so the card shows that period. */
static void
refresh_scorecard (TiersSuppliersPage *self)
{
  g_autoptr(TiersSupplierRecord) shown = NULL;

  if (tiers_scorecard_get_supplier (self->scorecard) == NULL)
    return;
  shown = g_object_ref (tiers_scorecard_get_supplier (self->scorecard));
  tiers_scorecard_set_supplier (self->scorecard, NULL);
  tiers_scorecard_set_supplier (self->scorecard, shown);
}

/* Gives the records last built EVALUATION's figures, if they are the same suppliers in
 * the same order. The list keeps its items: each record notifies what changed, so only the
 * cells shown are updated, and the filter and the sorter run once over the new values.
 * (Replacing the items, even by themselves, made the column view set up and bind its rows
 * again: 140 to 420 ms at 10,000 suppliers.) The spend is the period's from DETAILS, else 0
 * until the session has read them. */
static gboolean
update_in_place (TiersSuppliersPage    *self,
                 const TiersEvaluation *evaluation,
                 const GPtrArray       *details)
{
  g_autoptr(GArray) gradings = NULL;
  GPtrArray *records = self->built;
  guint n = records != NULL ? records->len : 0;

  if (self->stale || n == 0 || n != evaluation->n_suppliers)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      TiersSupplierRecord *record = g_ptr_array_index (records, i);

      if (strcmp (tiers_supplier_record_get_code (record),
                  evaluation->suppliers[i].supplier->code) != 0
          || strcmp (tiers_supplier_record_get_category (record),
                     evaluation->suppliers[i].supplier->category) != 0)
        return FALSE;
    }
  gradings = tiers_supplier_grading_copy (evaluation,
                                          tiers_session_get_previous_evaluation (self->session));
  for (guint i = 0; i < n; i++)
    {
      const TiersSupplierGrading *grading = &g_array_index (gradings, TiersSupplierGrading, i);
      const TiersSupplierDetails *row = details != NULL
        ? tiers_supplier_details_find (details, grading->code) : NULL;

      tiers_supplier_record_update (g_ptr_array_index (records, i), grading,
                                    row != NULL ? row->spend : 0);
    }
  /* Cleared meanwhile (an evaluation failed): the records go back in one go. */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->records)) != n)
    {
      fill_records (self, records);
      self->built_period = evaluation->period;
      return TRUE;
    }
  self->rebuilding = TRUE;
  gtk_sorter_changed (gtk_sort_list_model_get_sorter (self->sort_model),
                      GTK_SORTER_CHANGE_DIFFERENT);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  self->rebuilding = FALSE;
  tiers_suppliers_page_restore_selection (self);
  /* Not when only the spend landed: the card keeps what is being typed in its notes. */
  if (!tiers_period_equal (&self->built_period, &evaluation->period))
    refresh_scorecard (self);
  self->built_period = evaluation->period;
  return TRUE;
}

/* Brings the records in line with the session: the evaluation landed, went away while a
 * period is graded, or the data behind it changed. */
void
tiers_suppliers_page_reload (TiersSuppliersPage *self)
{
  const TiersEvaluation *evaluation;
  const GPtrArray *details;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  evaluation = self->session != NULL ? tiers_session_get_evaluation (self->session) : NULL;
  if (evaluation == NULL && self->session != NULL
      && tiers_session_get_period (self->session) != NULL)
    {
      /* A period is being evaluated (switching to it starts that): the records stay, behind
       * the spinner, to take its figures in place when it lands. */
      tiers_suppliers_page_set_loading (self, TRUE);
      return;
    }
  if (evaluation == NULL)
    {
      clear_records (self);
      tiers_suppliers_page_set_loading (self, self->session != NULL
                                              && tiers_session_get_busy (self->session));
      tiers_suppliers_page_update_list_stack (self);
      return;
    }
  details = tiers_session_get_details (self->session);
  if (update_in_place (self, evaluation, details))
    {
      apply_adjustments (self);
      tiers_suppliers_page_set_loading (self, FALSE);
      tiers_suppliers_page_update_count (self);
      tiers_suppliers_page_update_list_stack (self);
      return;
    }
  /* New records need the suppliers' names: they wait for the session's details. */
  if (details == NULL)
    {
      tiers_suppliers_page_set_loading (self, TRUE);
      return;
    }
  self->cancellable = g_cancellable_new ();
  tiers_suppliers_page_set_loading (self, TRUE);
  tiers_supplier_records_load_async (self->session, evaluation,
                                     tiers_session_get_previous_evaluation (self->session),
                                     details, self->cancellable, on_records_loaded_cb,
                                     g_object_ref (self));
}

static void
on_session_evaluation_cb (TiersSession       *session,
                          GParamSpec         *pspec,
                          TiersSuppliersPage *self)
{
  /* Switching between the same suppliers updates the records in place, in tens of
   * milliseconds at 10,000 suppliers: done at once, so the list changes in the frame the
   * overview does. */
  tiers_suppliers_page_reload (self);
}

static void
on_session_busy_cb (TiersSession       *session,
                    GParamSpec         *pspec,
                    TiersSuppliersPage *self)
{
  if (self->cancellable == NULL)
    tiers_suppliers_page_set_loading (self, tiers_session_get_busy (session)
                                            && tiers_session_get_evaluation (session) == NULL);
}

/* The period could not be evaluated: the records kept for it go. */
static void
on_session_failed_cb (TiersSession       *session,
                      const GError       *error,
                      TiersSuppliersPage *self)
{
  if (tiers_session_get_evaluation (session) == NULL)
    {
      clear_records (self);
      tiers_suppliers_page_set_loading (self, FALSE);
    }
}

/* The period's details landed after its evaluation: the spend goes into the records, or the
 * records are built now that the names are known. */
static void
on_session_details_cb (TiersSession       *session,
                       GParamSpec         *pspec,
                       TiersSuppliersPage *self)
{
  if (tiers_session_get_details (session) != NULL
      && tiers_session_get_evaluation (session) != NULL)
    tiers_suppliers_page_reload (self);
}

static void
on_session_review_cb (TiersSession       *session,
                      GParamSpec         *pspec,
                      TiersSuppliersPage *self)
{
  apply_adjustments (self);
}

static void
on_session_data_changed_cb (TiersSession       *session,
                            TiersSuppliersPage *self)
{
  /* Names, categories or receipts may have changed: the records are built anew. */
  self->stale = TRUE;
  tiers_suppliers_page_reload (self);
}

void
tiers_suppliers_page_bind_session (TiersSuppliersPage *self)
{
  self->session_signals = g_signal_group_new (TIERS_TYPE_SESSION);
  g_signal_group_connect (self->session_signals, "notify::evaluation",
                          G_CALLBACK (on_session_evaluation_cb), self);
  g_signal_group_connect (self->session_signals, "notify::details",
                          G_CALLBACK (on_session_details_cb), self);
  g_signal_group_connect (self->session_signals, "notify::review",
                          G_CALLBACK (on_session_review_cb), self);
  g_signal_group_connect (self->session_signals, "notify::busy",
                          G_CALLBACK (on_session_busy_cb), self);
  g_signal_group_connect (self->session_signals, "data-changed",
                          G_CALLBACK (on_session_data_changed_cb), self);
  g_signal_group_connect (self->session_signals, "failed",
                          G_CALLBACK (on_session_failed_cb), self);
}

void
tiers_suppliers_page_dispose_records (TiersSuppliersPage *self)
{
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->built, g_ptr_array_unref);
}
