/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-store-charts.c: chart data assembled from stored evaluations: periods evaluated first
 * when asked (and only when they hold data), counts that match the evaluations, spend per
 * supplier to the cent, unknown suppliers refused. */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "tiers-error.h"
#include "tiers-import.h"
#include "tiers-chart-facts.h"
#include "tiers-review.h"
#include "tiers-store-evaluation.h"
#include "tiers-store-supplier-details.h"
#include "tiers-store-suppliers.h"

typedef struct
{
  char       *dir;
  TiersStore *store;
} Fixture;

static const char suppliers_csv[] =
  "code,name,category\n"
  "S1,Alpha Bolts,Bolts\n"
  "S2,Beta Bolts,Bolts\n"
  "S3,Gamma Paint,Paint\n";

/* S1 is on time and exact, S2 late and short, S3 in between; two quarters of data. */
static const char receipts_csv[] =
  "supplier_code,po_number,item_code,ordered_qty,received_qty,rejected_qty,unit_price,"
  "promised_date,received_date\n"
  "S1,P1,BOLT,100,100,0,10,2025-11-10,2025-11-10\n"
  "S1,P2,BOLT,50,50,0,12,2026-01-10,2026-01-09\n"
  "S1,P3,BOLT,40,40,0,11,2026-02-10,2026-02-10\n"
  "S1,P4,BOLT,30,30,0,11,2026-03-10,2026-03-10\n"
  "S2,P5,BOLT,100,80,8,9,2025-11-10,2025-11-30\n"
  "S2,P6,BOLT,100,90,9,9.5,2026-01-10,2026-02-01\n"
  "S3,P7,PAINT,20,20,1,30,2025-12-01,2025-12-03\n"
  "S3,P8,PAINT,20,20,0,31,2026-02-01,2026-02-02\n";

static void
import_text (TiersStore      *store,
             TiersImportKind  kind,
             const char      *text)
{
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (text, -1, NULL);
  g_autoptr(GError) error = NULL;
  TiersImportResult result = { 0 };

  g_assert_true (tiers_store_import_stream (store, kind, "test.csv", stream,
                                            TIERS_IMPORT_FLAGS_NONE, NULL, NULL, NULL,
                                            &result, &error));
  g_assert_no_error (error);
  tiers_import_result_clear (&result);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("tiers-store-charts-XXXXXX", NULL);
  path = g_build_filename (f->dir, "tiers.db", NULL);
  f->store = tiers_store_open (path, &error);
  g_assert_no_error (error);
  import_text (f->store, TIERS_IMPORT_SUPPLIERS, suppliers_csv);
  import_text (f->store, TIERS_IMPORT_RECEIPTS, receipts_csv);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *cmd = g_strdup_printf ("rm -rf '%s'", f->dir);

  tiers_store_close (f->store);
  g_assert_true (g_spawn_command_line_sync (cmd, NULL, NULL, NULL, NULL));
  g_free (f->dir);
}

static TiersPeriod
period_of (const char *text)
{
  TiersPeriod period;

  g_assert_true (tiers_period_parse (text, &period, NULL));
  return period;
}

static gboolean
is_evaluated (TiersStore *store,
              const char *text)
{
  TiersPeriod period = period_of (text);
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersEvaluation) evaluation = tiers_store_load_evaluation (store, &period, &error);

  if (evaluation == NULL)
    g_assert_error (error, TIERS_ERROR, TIERS_ERROR_NOT_FOUND);
  return evaluation != NULL;
}

static TiersChartGrade
grade_of (TiersStore *store,
          const char *period_text,
          const char *code)
{
  TiersPeriod period = period_of (period_text);
  g_autoptr(TiersEvaluation) evaluation = tiers_store_load_evaluation (store, &period, NULL);
  const TiersSupplierResult *result = tiers_evaluation_find (evaluation, code);

  g_assert_nonnull (result);
  return result->graded ? (TiersChartGrade) (result->grade - TIERS_GRADE_A)
                        : TIERS_CHART_UNGRADED;
}

static guint
sum (const guint *counts,
     guint        n)
{
  guint total = 0;

  for (guint i = 0; i < n; i++)
    total += counts[i];
  return total;
}

/* What the window's session and `chart` do, through the same functions: the evaluations of
 * the N periods ending at PERIOD, current by the store's one freshness rule (EVALUATE) or as
 * stored (read only), then the facts core computes from them. */
typedef enum
{
  READ_ONLY,
  EVALUATE,
} Reading;

static GPtrArray *
evaluations_ending_at (TiersStore        *store,
                       const TiersPeriod *period,
                       guint              n,
                       Reading            reading,
                       GArray           **periods,
                       GError           **error)
{
  g_autoptr(GPtrArray) evaluations = g_ptr_array_new_with_free_func (
    (GDestroyNotify) tiers_evaluation_free);
  g_autoptr(TiersScheme) scheme = NULL;
  gint64 version = 0;

  *periods = tiers_periods_ending_at (period, n);
  if ((scheme = tiers_store_load_scheme (store, &version, error)) == NULL)
    return NULL;
  for (guint i = 0; i < n; i++)
    {
      const TiersPeriod *p = &g_array_index (*periods, TiersPeriod, i);
      TiersEvaluation *evaluation = NULL;
      g_autoptr(GError) local_error = NULL;

      if (reading == EVALUATE)
        {
          if (!tiers_store_current_evaluation (store, p, version, &evaluation, NULL, error))
            return NULL;
        }
      else if ((evaluation = tiers_store_load_evaluation (store, p, &local_error)) == NULL
               && !g_error_matches (local_error, TIERS_ERROR, TIERS_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      g_ptr_array_add (evaluations, evaluation);
    }
  return g_steal_pointer (&evaluations);
}

#define LAST(e) ((const TiersEvaluation *) (e)->pdata[(e)->len - 1])
#define BEFORE_LAST(e) ((const TiersEvaluation *) (e)->pdata[(e)->len - 2])

/* The grades of each evaluation, as the session keeps a history. */
static GPtrArray *
grades_of (GPtrArray *evaluations)
{
  GPtrArray *grades = g_ptr_array_new_with_free_func ((GDestroyNotify) tiers_period_grades_free);

  for (guint i = 0; i < evaluations->len; i++)
    g_ptr_array_add (grades, evaluations->pdata[i] ? tiers_period_grades_new (evaluations->pdata[i])
                                                   : NULL);
  return grades;
}

#define ALL(e) ((const TiersPeriodGrades * const *) (e)->pdata)

static TiersDistributionData *
chart_distribution (TiersStore        *store,
                    const TiersPeriod *period,
                    const char        *category,
                    Reading            reading,
                    GError           **error)
{
  g_autoptr(GArray) periods = NULL;
  g_autoptr(GPtrArray) e = evaluations_ending_at (store, period, 2, reading, &periods, error);

  return e ? tiers_chart_facts_distribution (period, LAST (e), BEFORE_LAST (e), category,
                                             NULL) : NULL;
}

static TiersTrendData *
chart_trend (TiersStore        *store,
             const TiersPeriod *period,
             guint              n,
             GError           **error)
{
  g_autoptr(GArray) periods = NULL;
  g_autoptr(GPtrArray) e = evaluations_ending_at (store, period, n, EVALUATE, &periods, error);
  g_autoptr(GPtrArray) grades = e ? grades_of (e) : NULL;

  return e ? tiers_chart_facts_trend (periods, ALL (grades), NULL) : NULL;
}

static TiersTransitionData *
chart_transitions (TiersStore        *store,
                   const TiersPeriod *period,
                   GError           **error)
{
  g_autoptr(GArray) periods = NULL;
  g_autoptr(GPtrArray) e = evaluations_ending_at (store, period, 2, EVALUATE, &periods, error);

  return e ? tiers_chart_facts_transitions (period, LAST (e), BEFORE_LAST (e), NULL, NULL)
           : NULL;
}

/* "CODE Name" of a stored supplier, as `chart` titles it; NOT_FOUND for any other code. */
static char *
supplier_title (TiersStore  *store,
                const char  *code,
                GError     **error)
{
  g_autoptr(GHashTable) names = tiers_store_load_supplier_names (store, error);
  const char *name = names ? g_hash_table_lookup (names, code) : NULL;

  if (name == NULL)
    {
      if (names != NULL)
        g_set_error (error, TIERS_ERROR, TIERS_ERROR_NOT_FOUND, "No supplier %s", code);
      return NULL;
    }
  return g_strdup_printf ("%s %s", code, name);
}

static TiersHistoryData *
chart_history (TiersStore        *store,
               const TiersPeriod *period,
               guint              n,
               const char        *code,
               GError           **error)
{
  g_autofree char *title = supplier_title (store, code, error);
  g_autoptr(GArray) periods = NULL;
  g_autoptr(GPtrArray) e = NULL;
  g_autoptr(TiersScheme) scheme = NULL;

  if (title == NULL
      || (e = evaluations_ending_at (store, period, n, EVALUATE, &periods, error)) == NULL
      || (scheme = tiers_store_load_scheme (store, NULL, error)) == NULL)
    return NULL;
  {
    g_autoptr(GPtrArray) grades = grades_of (e);

    return tiers_chart_facts_history (periods, ALL (grades), code, title, scheme);
  }
}

static TiersProfileData *
chart_profile (TiersStore        *store,
               const TiersPeriod *period,
               const char        *code,
               GError           **error)
{
  g_autofree char *title = supplier_title (store, code, error);
  g_autoptr(GArray) periods = NULL;
  g_autoptr(GPtrArray) e = NULL;

  if (title == NULL
      || (e = evaluations_ending_at (store, period, 1, EVALUATE, &periods, error)) == NULL)
    return NULL;
  return tiers_chart_facts_profile (period, LAST (e), code, title);
}

static TiersConcentrationData *
chart_concentration (TiersStore        *store,
                     const TiersPeriod *period,
                     const char        *category,
                     GError           **error)
{
  g_autoptr(GArray) periods = NULL;
  g_autoptr(GPtrArray) e = evaluations_ending_at (store, period, 1, EVALUATE, &periods, error);
  g_autoptr(GPtrArray) details = NULL;

  if (e == NULL || (details = tiers_store_load_supplier_details (store, period, error)) == NULL)
    return NULL;
  return tiers_chart_facts_concentration (period, LAST (e), details, category);
}

static void
test_read_only_evaluates_nothing (Fixture       *f,
                                  gconstpointer  data)
{
  TiersPeriod period = period_of ("2026-Q1");
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersDistributionData) distribution = NULL;

  distribution = chart_distribution (f->store, &period, NULL, READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sum (distribution->counts, TIERS_CHART_N_GRADES), ==, 0);
  g_assert_false (distribution->has_previous);
  g_assert_false (is_evaluated (f->store, "2026-Q1"));
}

static void
test_distribution (Fixture       *f,
                   gconstpointer  data)
{
  TiersPeriod period = period_of ("2026-Q1");
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersDistributionData) all = NULL;
  g_autoptr(TiersDistributionData) bolts = NULL;
  guint expected[TIERS_CHART_N_GRADES] = { 0 };
  const char *codes[] = { "S1", "S2", "S3" };

  all = chart_distribution (f->store, &period, NULL, EVALUATE, &error);
  g_assert_no_error (error);
  /* Both the period and the one before it were evaluated and stored. */
  g_assert_true (is_evaluated (f->store, "2026-Q1"));
  g_assert_true (is_evaluated (f->store, "2025-Q4"));
  g_assert_true (all->has_previous);
  g_assert_cmpstr (all->previous_period, ==, "2025 Q4");   /* shown as a person reads it */
  g_assert_cmpuint (sum (all->previous_counts, TIERS_CHART_N_GRADES), ==, 3);

  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    expected[grade_of (f->store, "2026-Q1", codes[i])]++;
  g_assert_cmpmem (all->counts, sizeof all->counts, expected, sizeof expected);

  bolts = chart_distribution (f->store, &period, "Bolts", EVALUATE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sum (bolts->counts, TIERS_CHART_N_GRADES), ==, 2);
  g_assert_cmpstr (bolts->category, ==, "Bolts");
}

/* A grade a manager adjusted counts in the adjusted grade: S1 moves from its computed grade
 * to the other end of the scale in the distribution and the transitions; the previous
 * period keeps its computed grades. */
static void
test_adjusted (Fixture       *f,
               gconstpointer  data)
{
  TiersPeriod period = period_of ("2026-Q1");
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) periods = NULL;
  g_autoptr(GPtrArray) e = evaluations_ending_at (f->store, &period, 2, EVALUATE, &periods,
                                                  &error);
  g_autoptr(GHashTable) adjusted = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                          (GDestroyNotify) tiers_override_free);
  g_autoptr(TiersDistributionData) plain = NULL, moved = NULL;
  g_autoptr(TiersTransitionData) flows = NULL;
  TiersChartGrade computed = grade_of (f->store, "2026-Q1", "S1");
  TiersChartGrade before = grade_of (f->store, "2025-Q4", "S1");
  TiersOverride *override = g_new0 (TiersOverride, 1);
  TiersChartGrade set;

  g_assert_no_error (error);
  override->grade = computed == TIERS_CHART_GRADE_A ? TIERS_GRADE_D : TIERS_GRADE_A;
  set = tiers_chart_grade_of (override->grade);
  g_hash_table_insert (adjusted, (gpointer) "S1", override);

  plain = tiers_chart_facts_distribution (&period, LAST (e), BEFORE_LAST (e), NULL, NULL);
  moved = tiers_chart_facts_distribution (&period, LAST (e), BEFORE_LAST (e), NULL, adjusted);
  g_assert_cmpuint (moved->counts[computed], ==, plain->counts[computed] - 1);
  g_assert_cmpuint (moved->counts[set], ==, plain->counts[set] + 1);
  g_assert_cmpmem (moved->previous_counts, sizeof moved->previous_counts,
                   plain->previous_counts, sizeof plain->previous_counts);

  flows = tiers_chart_facts_transitions (&period, LAST (e), BEFORE_LAST (e), NULL, adjusted);
  g_assert_cmpuint (flows->counts[before][set], >=, 1);
}

static void
test_trend_skips_empty_periods (Fixture       *f,
                                gconstpointer  data)
{
  TiersPeriod period = period_of ("2026-Q1");
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersTrendData) trend = chart_trend (f->store, &period, 4, &error);
  const TiersTrendPeriod *periods;

  g_assert_no_error (error);
  g_assert_cmpuint (trend->periods->len, ==, 4);
  periods = (const TiersTrendPeriod *) (gpointer) trend->periods->data;
  g_assert_cmpstr (periods[0].period, ==, "2025-Q2");
  g_assert_cmpstr (periods[3].period, ==, "2026-Q1");
  /* No data before 2025-Q4: nothing counted, and nothing stored for those periods. */
  g_assert_cmpuint (sum (periods[0].counts, TIERS_CHART_N_GRADES), ==, 0);
  g_assert_cmpuint (sum (periods[1].counts, TIERS_CHART_N_GRADES), ==, 0);
  g_assert_false (is_evaluated (f->store, "2025-Q3"));
  g_assert_cmpuint (sum (periods[2].counts, TIERS_CHART_N_GRADES), ==, 3);
  g_assert_cmpuint (sum (periods[3].counts, TIERS_CHART_N_GRADES), ==, 3);
}

static void
test_transitions (Fixture       *f,
                  gconstpointer  data)
{
  TiersPeriod period = period_of ("2026-Q1");
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersTransitionData) moves = NULL;
  guint total = 0;

  moves = chart_transitions (f->store, &period, &error);
  g_assert_no_error (error);
  for (guint from = 0; from < TIERS_CHART_N_GRADES; from++)
    total += sum (moves->counts[from], TIERS_CHART_N_GRADES);
  g_assert_cmpuint (total, ==, 3);
  /* Each supplier sits in the cell of its two grades. */
  g_assert_cmpuint (moves->counts[grade_of (f->store, "2025-Q4", "S2")]
                                 [grade_of (f->store, "2026-Q1", "S2")], >=, 1);
  g_assert_cmpuint (moves->counts[grade_of (f->store, "2025-Q4", "S3")]
                                 [grade_of (f->store, "2026-Q1", "S3")], >=, 1);
}

static void
test_history_and_profile (Fixture       *f,
                          gconstpointer  data)
{
  TiersPeriod period = period_of ("2026-Q1");
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersHistoryData) history = NULL;
  g_autoptr(TiersProfileData) profile = NULL;
  g_autoptr(TiersEvaluation) evaluation = NULL;
  const TiersHistoryPoint *points;
  const TiersProfileDimension *dimensions;

  history = chart_history (f->store, &period, 3, "S1", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (history->supplier, ==, "S1 Alpha Bolts");
  g_assert_cmpuint (history->points->len, ==, 3);
  points = (const TiersHistoryPoint *) (gpointer) history->points->data;
  g_assert_false (points[0].has_score);   /* 2025-Q3: no data, a gap */
  g_assert_true (points[2].has_score);
  evaluation = tiers_store_load_evaluation (f->store, &period, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (points[2].score, ==, tiers_evaluation_find (evaluation, "S1")->score);
  g_assert_cmpfloat (history->grade_a, ==, evaluation->scheme->grade_a);
  g_assert_cmpfloat (history->grade_c, ==, evaluation->scheme->grade_c);

  profile = chart_profile (f->store, &period, "S3", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (profile->category, ==, "Paint");
  g_assert_cmpuint (profile->dimensions->len, >=, 4);
  dimensions = (const TiersProfileDimension *) (gpointer) profile->dimensions->data;
  /* S3 is alone in Paint: the category's average is its own score. */
  for (guint d = 0; d < profile->dimensions->len; d++)
    if (dimensions[d].has_score)
      g_assert_cmpfloat_with_epsilon (dimensions[d].average, dimensions[d].score, 1e-9);
  g_assert_true (dimensions[0].has_score);  /* quality: pass rate from receipts */
}

static void
test_concentration (Fixture       *f,
                    gconstpointer  data)
{
  TiersPeriod period = period_of ("2026-Q1");
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersConcentrationData) spend = NULL;
  const TiersSpendShare *shares;

  spend = chart_concentration (f->store, &period, "Bolts", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (spend->suppliers->len, ==, 2);
  shares = (const TiersSpendShare *) (gpointer) spend->suppliers->data;
  g_assert_cmpstr (shares[0].code, ==, "S1");
  g_assert_cmpstr (shares[0].name, ==, "Alpha Bolts");
  g_assert_cmpfloat_with_epsilon (shares[0].spend, 50 * 12 + 40 * 11 + 30 * 11, 1e-9);
  g_assert_cmpfloat_with_epsilon (shares[1].spend, 90 * 9.5, 1e-9);
  g_assert_cmpint (shares[1].grade, ==, grade_of (f->store, "2026-Q1", "S2"));
}

static void
test_unknown_supplier (Fixture       *f,
                       gconstpointer  data)
{
  TiersPeriod period = period_of ("2026-Q1");
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersHistoryData) history = NULL;

  history = chart_history (f->store, &period, 4, "NOPE", &error);
  g_assert_null (history);
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "NOPE"));
  g_assert_false (is_evaluated (f->store, "2026-Q1"));
}

/* The one mapping between the evaluation's grades and the charts' order, both ways. */
static void
test_grade_mapping (void)
{
  static const struct { TiersGrade grade; TiersChartGrade chart; const char *letter; } map[] = {
    { TIERS_GRADE_A, TIERS_CHART_GRADE_A, "A" },
    { TIERS_GRADE_B, TIERS_CHART_GRADE_B, "B" },
    { TIERS_GRADE_C, TIERS_CHART_GRADE_C, "C" },
    { TIERS_GRADE_D, TIERS_CHART_GRADE_D, "D" },
    { TIERS_GRADE_NONE, TIERS_CHART_UNGRADED, "–" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (map); i++)
    {
      g_assert_cmpint (tiers_chart_grade_of (map[i].grade), ==, map[i].chart);
      g_assert_cmpint (tiers_chart_grade_to_grade (map[i].chart), ==, map[i].grade);
      g_assert_cmpstr (tiers_chart_grade_letter (map[i].chart), ==, map[i].letter);
    }
  g_assert_cmpint (tiers_chart_grade_to_grade (-1), ==, TIERS_GRADE_NONE);
  g_assert_cmpint (tiers_chart_grade_of_result (NULL), ==, TIERS_CHART_UNGRADED);
}

#define ADD(path, fn) \
  g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store-charts/grade-mapping", test_grade_mapping);
  ADD ("/store-charts/read-only", test_read_only_evaluates_nothing);
  ADD ("/store-charts/distribution", test_distribution);
  ADD ("/store-charts/adjusted", test_adjusted);
  ADD ("/store-charts/trend", test_trend_skips_empty_periods);
  ADD ("/store-charts/transitions", test_transitions);
  ADD ("/store-charts/history-and-profile", test_history_and_profile);
  ADD ("/store-charts/concentration", test_concentration);
  ADD ("/store-charts/unknown-supplier", test_unknown_supplier);
  return g_test_run ();
}
