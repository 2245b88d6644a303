/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-suppliers-page.c: the Suppliers page benchmark of docs/benchmarks.md. It grades
 * 10,000 suppliers in memory, builds their records, and times the page's pipeline
 * (GListStore -> GtkFilterListModel -> GtkSortListModel, non-incremental, with the sorters of
 * the page's own columns, tiers-supplier-columns.c): filling it, a Latin and a Chinese
 * search, the grade filter, and sorting by name, score, grade and spend, each against the
 * 16.7 ms of a frame at 60 Hz. With --db FILE --period P it also times the page's supplier
 * details query and the scorecard's load of supplier S00001 on that database. Needs a
 * display (xvfb-run). */
#define G_LOG_DOMAIN "tiers-bench"

#include "config.h"

#include <gtk/gtk.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>

#include "tiers-chart-facts.h"
#include "tiers-store-evaluation.h"
#include "tiers-store-supplier-details.h"
#include "tiers-supplier-columns.h"
#include "tiers-supplier-record.h"

#define N_SUPPLIERS 10000
#define REPEATS     7
#define FRAME_MS    (1000.0 / 60)

typedef struct
{
  char        *search;   /* case-folded, or NULL */
  TiersGrade   grade;
  gboolean     by_grade;
} Filter;

/* The page's predicate (tiers-suppliers-page.c): search over code and name, then grade. */
static gboolean
filter_record (gpointer item,
               gpointer user_data)
{
  Filter *filter = user_data;
  TiersSupplierRecord *record = item;

  return (!filter->by_grade || tiers_supplier_record_get_grade (record) == filter->grade)
         && (filter->search == NULL || tiers_supplier_record_matches (record, filter->search));
}

static TiersEvaluation *
grade_suppliers (GRand *rand)
{
  static const char *categories[] = { "Fasteners", "Castings", "Electronics", "Packaging",
                                      "Chemicals", "Machined parts", "Logistics services" };
  TiersPeriod period = { TIERS_PERIOD_QUARTER, 2026, 3 };
  g_autoptr(TiersIndicatorSet) set = tiers_indicator_set_new (&period, 0, 0.05);
  g_autoptr(TiersScheme) scheme = tiers_scheme_new_default ();

  for (guint i = 0; i < N_SUPPLIERS; i++)
    {
      g_autofree char *code = g_strdup_printf ("S%05u", i + 1);
      TiersSupplierIndicators *supplier =
        tiers_indicator_set_add (set, code, categories[i % G_N_ELEMENTS (categories)]);

      supplier->receipts = (guint64) g_rand_int_range (rand, 0, 60);
      for (guint k = 0; k < TIERS_INDICATOR_MANUAL && supplier->receipts > 0; k++)
        {
          supplier->values[k].has_value = TRUE;
          supplier->values[k].sample = supplier->receipts;
          supplier->values[k].value = g_rand_double_range (rand, 0.6, 1.1);
        }
    }
  tiers_indicator_set_sort (set);
  return tiers_evaluation_new (set, scheme, 0, NULL);
}

static GPtrArray *
build_records (const TiersEvaluation *evaluation,
               GRand                 *rand)
{
  GPtrArray *records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) gradings = tiers_supplier_grading_copy (evaluation, NULL);

  for (guint i = 0; i < gradings->len; i++)
    {
      const TiersSupplierGrading *grading = &g_array_index (gradings, TiersSupplierGrading, i);
      g_autofree char *name = i % 2 == 0
        ? g_strdup_printf ("Northfield Supplier %u Ltd", i)
        : g_strdup_printf ("华信精密%u机械有限公司", i);
      TiersSupplierDetails details = { NULL, name, NULL, NULL, NULL, NULL, grading->receipts,
                                       g_rand_double_range (rand, 0, 1e6) };

      g_ptr_array_add (records, tiers_supplier_record_new (grading, &details));
    }
  return records;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Runs STEP REPEATS times and prints the median in milliseconds. */
typedef void (*Step) (gpointer data);

static void
time_step (const char *label,
           Step        step,
           Step        undo,
           gpointer    data,
           guint       shown_after_step,
           GListModel *shown)
{
  double ms[REPEATS];

  for (guint r = 0; r < REPEATS; r++)
    {
      gint64 start = g_get_monotonic_time ();

      step (data);
      ms[r] = (double) (g_get_monotonic_time () - start) / 1000;
      if (shown_after_step != G_MAXUINT)
        g_assert_cmpuint (g_list_model_get_n_items (shown), ==, shown_after_step);
      if (undo != NULL)
        undo (data);
    }
  qsort (ms, REPEATS, sizeof *ms, compare_doubles);
  g_print ("| %-38s | %8.2f | %5.1f%% | %s |\n", label, ms[REPEATS / 2],
           ms[REPEATS / 2] / FRAME_MS * 100, ms[REPEATS / 2] <= FRAME_MS ? "yes" : "no");
}

typedef struct
{
  GListStore         *store;
  GPtrArray          *records;
  GtkCustomFilter    *filter;
  Filter             *state;
  GtkColumnView      *view;
  const char         *search;
  guint               column;
  GtkSortType         order;
} Bench;

static void
fill (gpointer data)
{
  Bench *b = data;

  g_list_store_splice (b->store, 0, g_list_model_get_n_items (G_LIST_MODEL (b->store)),
                       b->records->pdata, b->records->len);
}

static void
search (gpointer data)
{
  Bench *b = data;

  b->state->search = g_utf8_casefold (b->search, -1);
  gtk_filter_changed (GTK_FILTER (b->filter), GTK_FILTER_CHANGE_MORE_STRICT);
}

static void
filter_grade_d (gpointer data)
{
  Bench *b = data;

  b->state->by_grade = TRUE;
  b->state->grade = TIERS_GRADE_D;
  gtk_filter_changed (GTK_FILTER (b->filter), GTK_FILTER_CHANGE_MORE_STRICT);
}

static void
clear_filter (gpointer data)
{
  Bench *b = data;

  g_clear_pointer (&b->state->search, g_free);
  b->state->by_grade = FALSE;
  gtk_filter_changed (GTK_FILTER (b->filter), GTK_FILTER_CHANGE_LESS_STRICT);
}

static void
sort_column (gpointer data)
{
  Bench *b = data;
  g_autoptr(GtkColumnViewColumn) column =
    g_list_model_get_item (gtk_column_view_get_columns (b->view), b->column);

  gtk_column_view_sort_by_column (b->view, column, b->order);
}

static void
unsort (gpointer data)
{
  Bench *b = data;

  gtk_column_view_sort_by_column (b->view, NULL, GTK_SORT_ASCENDING);
}

static guint
count_matching (GPtrArray  *records,
                Filter     *state)
{
  guint n = 0;

  for (guint i = 0; i < records->len; i++)
    n += filter_record (g_ptr_array_index (records, i), state);
  return n;
}

static void
time_details (const char *path,
              const char *period_text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersStore) store = tiers_store_open (path, &error);
  TiersPeriod period;
  double ms[REPEATS];
  guint rows = 0;

  if (store == NULL || !tiers_period_parse (period_text, &period, &error))
    g_error ("%s", error->message);
  for (guint r = 0; r < REPEATS; r++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GPtrArray) details = tiers_store_load_supplier_details (store, &period, &error);

      if (details == NULL)
        g_error ("%s", error->message);
      ms[r] = (double) (g_get_monotonic_time () - start) / 1000;
      rows = details->len;
    }
  qsort (ms, REPEATS, sizeof *ms, compare_doubles);
  g_print ("\nSupplier details of %s (%u suppliers): median %.1f ms over %d runs (worker "
           "thread)\n", period_text, rows, ms[REPEATS / 2], REPEATS);

  /* What the scorecard computes for one supplier from the session's model, which holds the
   * evaluations of the period, the one before and the history's (read once, not timed). */
  {
    g_autoptr(GArray) periods = tiers_periods_ending_at (&period, TIERS_TREND_DEFAULT_PERIODS);
    g_autoptr(GPtrArray) history = g_ptr_array_new_with_free_func (
      (GDestroyNotify) tiers_evaluation_free);
    g_autoptr(GPtrArray) grades = g_ptr_array_new_with_free_func (
      (GDestroyNotify) tiers_period_grades_free);
    g_autoptr(TiersScheme) scheme = tiers_store_load_scheme (store, NULL, NULL);
    const TiersEvaluation *current, *previous;

    for (guint i = 0; i < periods->len; i++)
      g_ptr_array_add (history, tiers_store_load_evaluation (store, &g_array_index (periods,
                                                                                   TiersPeriod,
                                                                                   i), NULL));
    for (guint i = 0; i < periods->len; i++)
      g_ptr_array_add (grades, history->pdata[i] ? tiers_period_grades_new (history->pdata[i])
                                                 : NULL);
    current = history->pdata[periods->len - 1];
    previous = history->pdata[periods->len - 2];
    if (current == NULL)
      g_error ("%s has no stored evaluation", period_text);
    for (guint r = 0; r < REPEATS; r++)
      {
        gint64 start = g_get_monotonic_time ();
        g_autoptr(TiersExplanation) explanation =
          tiers_explanation_new_borrowed (current, previous, "S00001", NULL);
        g_autoptr(TiersProfileData) profile =
          tiers_chart_facts_profile (&period, current, "S00001", "S00001");
        g_autoptr(TiersHistoryData) history_data =
          tiers_chart_facts_history (periods, (const TiersPeriodGrades * const *) grades->pdata,
                                     "S00001", "S00001", scheme);

        ms[r] = (double) (g_get_monotonic_time () - start) / 1000;
      }
  }
  qsort (ms, REPEATS, sizeof *ms, compare_doubles);
  g_print ("Scorecard of S00001 for %s (explanation, profile, history): median %.1f ms "
           "(main loop, from the session's evaluations)\n", period_text, ms[REPEATS / 2]);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autoptr(TiersEvaluation) evaluation = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GtkFilterListModel) filtered = NULL;
  g_autoptr(GtkSortListModel) sorted = NULL;
  GtkWidget *view;
  Filter state = { NULL, TIERS_GRADE_NONE, FALSE };
  Bench b = { 0 };
  struct utsname machine;
  gint64 start;
  guint n_d;

  gtk_init ();
  uname (&machine);
  g_print ("Suppliers page pipeline, %d suppliers, median of %d runs; %s %s, %u CPUs\n\n",
           N_SUPPLIERS, REPEATS, machine.sysname, machine.machine, g_get_num_processors ());

  start = g_get_monotonic_time ();
  evaluation = grade_suppliers (rand);
  records = build_records (evaluation, rand);
  g_print ("Grading and building the records (once per evaluation, in a worker): %.1f ms\n\n",
           (double) (g_get_monotonic_time () - start) / 1000);

  view = g_object_ref_sink (gtk_column_view_new (NULL));
  tiers_supplier_columns_add (GTK_COLUMN_VIEW (view));
  b.store = g_list_store_new (TIERS_TYPE_SUPPLIER_RECORD);
  b.filter = gtk_custom_filter_new (filter_record, &state, NULL);
  filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (b.store)),
                                        GTK_FILTER (g_object_ref (b.filter)));
  gtk_filter_list_model_set_incremental (filtered, FALSE);
  sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (filtered)),
                                    g_object_ref (gtk_column_view_get_sorter (GTK_COLUMN_VIEW (view))));
  gtk_sort_list_model_set_incremental (sorted, FALSE);
  b.records = records;
  b.state = &state;
  b.view = GTK_COLUMN_VIEW (view);

  g_print ("| %-38s | %8s | %6s | %s |\n", "step (10,000 suppliers)", "ms", "frame", "in a frame");
  g_print ("|%s|%s|%s|%s|\n", "----------------------------------------", "---------:",
           "-------:", "------------");
  b.column = TIERS_SUPPLIER_COLUMN_SCORE;
  b.order = GTK_SORT_DESCENDING;
  sort_column (&b);
  time_step ("fill the model, sorted by score", fill, NULL, &b, N_SUPPLIERS,
             G_LIST_MODEL (sorted));
  /* The filters below run on the list as a manager has it: sorted by score. */

  b.search = "northfield supplier 12";
  state.search = g_utf8_casefold (b.search, -1);
  {
    guint n = count_matching (records, &state);

    g_clear_pointer (&state.search, g_free);
    time_step ("search \"Northfield Supplier 12\"", search, clear_filter, &b, n,
               G_LIST_MODEL (sorted));
  }
  b.search = "精密12";
  state.search = g_utf8_casefold (b.search, -1);
  {
    guint n = count_matching (records, &state);

    g_clear_pointer (&state.search, g_free);
    time_step ("search \"精密12\"", search, clear_filter, &b, n, G_LIST_MODEL (sorted));
  }
  state.by_grade = TRUE;
  state.grade = TIERS_GRADE_D;
  n_d = count_matching (records, &state);
  state.by_grade = FALSE;
  time_step ("grade filter D", filter_grade_d, clear_filter, &b, n_d, G_LIST_MODEL (sorted));
  time_step ("show all again", clear_filter, filter_grade_d, &b, N_SUPPLIERS,
             G_LIST_MODEL (sorted));
  clear_filter (&b);
  unsort (&b);

  b.column = TIERS_SUPPLIER_COLUMN_NAME;
  b.order = GTK_SORT_ASCENDING;
  time_step ("sort by name", sort_column, unsort, &b, N_SUPPLIERS, G_LIST_MODEL (sorted));
  b.column = TIERS_SUPPLIER_COLUMN_SCORE;
  b.order = GTK_SORT_DESCENDING;
  time_step ("sort by score, descending", sort_column, unsort, &b, N_SUPPLIERS,
             G_LIST_MODEL (sorted));
  b.column = TIERS_SUPPLIER_COLUMN_GRADE;
  b.order = GTK_SORT_ASCENDING;
  time_step ("sort by grade", sort_column, unsort, &b, N_SUPPLIERS, G_LIST_MODEL (sorted));
  b.column = TIERS_SUPPLIER_COLUMN_SPEND;
  b.order = GTK_SORT_DESCENDING;
  time_step ("sort by spend, descending", sort_column, unsort, &b, N_SUPPLIERS,
             G_LIST_MODEL (sorted));

  if (argc == 5 && strcmp (argv[1], "--db") == 0 && strcmp (argv[3], "--period") == 0)
    time_details (argv[2], argv[4]);

  g_clear_object (&sorted);
  g_clear_object (&filtered);
  g_object_unref (b.store);
  g_object_unref (b.filter);
  g_object_unref (view);
  return 0;
}
