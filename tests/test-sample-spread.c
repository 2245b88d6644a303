/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-sample-spread.c: the sample data graded by the default scheme spreads over A to D as
 * promised, with provisional evaluations and grades that move. The grading is a small
 * calculation of docs/grading.md ("Indicators" to "Total and grade") of its own, straight
 * from the generated rows. */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "tiers-scheme.h"
#include "sample-rows.h"

/* An independent grading of docs/grading.md ("Indicators" to "Total and grade") for the
 * default scheme, per supplier and quarter, straight from the generated rows. */
typedef struct
{
  guint  receipts, on_time, accurate, feedback, responses, ratings;
  double days_late, received, rejected, value, reference, incident_points;
  double feedback_sum, response_sum, rating_sum;
} Facts;

typedef struct
{
  guint       n_quarters;
  int         first_quarter;    /* year * 4 + quarter - 1 */
  Facts      *facts;            /* [supplier * n_quarters + quarter] */
  GHashTable *prices;           /* "ITEM/quarter" -> GArray of double */
  GArray     *lines;            /* of PricedLine, for the reference prices */
} Grader;

typedef struct
{
  guint   facts;
  GArray *prices;
  double  qty;
} PricedLine;

static Facts *
facts_for (Grader     *g,
           GHashTable *row,
           const char *date_column,
           guint      *quarter)
{
  const char *code = get (row, "supplier_code");
  const char *date = get (row, date_column);
  int q = atoi (date) * 4 + (atoi (date + 5) - 1) / 3 - g->first_quarter;

  g_assert_cmpint (q, >=, 0);
  g_assert_cmpint (q, <, (int) g->n_quarters);
  if (quarter != NULL)
    *quarter = (guint) q;
  return &g->facts[(atoi (code + 1) - 1) * g->n_quarters + q];
}

static void
grade_receipt (GHashTable *row, guint64 line, gpointer data)
{
  Grader *g = data;
  guint q;
  Facts *f = facts_for (g, row, "received_date", &q);
  double ordered = get_number (row, "ordered_qty");
  double received = get_number (row, "received_qty");
  double price = get_number (row, "unit_price");
  gint64 late = (gint64) get_day (row, "received_date") - get_day (row, "promised_date");
  g_autofree char *key = g_strdup_printf ("%s/%u", get (row, "item_code"), q);
  GArray *prices = g_hash_table_lookup (g->prices, key);
  PricedLine priced;

  f->receipts++;
  f->on_time += late <= 0;
  f->days_late += MAX (late, 0);
  f->accurate += fabs (received - ordered) <= 0.05 * ordered;
  f->received += received;
  f->rejected += get_number (row, "rejected_qty");
  f->value += price * received;
  if (prices == NULL)
    {
      prices = g_array_new (FALSE, FALSE, sizeof (double));
      g_hash_table_insert (g->prices, g_steal_pointer (&key), prices);
    }
  g_array_append_val (prices, price);
  priced = (PricedLine) { (guint) (f - g->facts), prices, received };
  g_array_append_val (g->lines, priced);
}

static void
grade_incident (GHashTable *row, guint64 line, gpointer data)
{
  const char *severity = get (row, "severity");

  facts_for (data, row, "date", NULL)->incident_points +=
    strcmp (severity, "critical") == 0 ? 10 : strcmp (severity, "major") == 0 ? 3 : 1;
}

static void
grade_feedback (GHashTable *row, guint64 line, gpointer data)
{
  Facts *f = facts_for (data, row, "date", NULL);

  f->feedback++;
  f->feedback_sum += get_number (row, "rating");
  if (*get (row, "response_hours") != '\0')
    {
      f->responses++;
      f->response_sum += get_number (row, "response_hours");
    }
}

static void
grade_rating (GHashTable *row, guint64 line, gpointer data)
{
  Facts *f = facts_for (data, row, "date", NULL);

  f->ratings++;
  f->rating_sum += get_number (row, "rating");
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static void
add_reference_prices (Grader *g)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, g->prices);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_array_sort (value, compare_doubles);
  for (guint i = 0; i < g->lines->len; i++)
    {
      const PricedLine *l = &g_array_index (g->lines, PricedLine, i);
      const double *p = (const double *) (void *) l->prices->data;
      guint n = l->prices->len;
      double median = n % 2 ? p[n / 2] : (p[n / 2 - 1] + p[n / 2]) / 2;

      g->facts[l->facts].reference += median * l->qty;
    }
}

static gboolean
indicator_value (const Facts   *f,
                 TiersIndicator indicator,
                 double        *v)
{
  switch (indicator)
    {
    case TIERS_INDICATOR_ON_TIME_RATE: *v = (double) f->on_time / f->receipts; break;
    case TIERS_INDICATOR_DAYS_LATE: *v = f->days_late / f->receipts; break;
    case TIERS_INDICATOR_QUANTITY_ACCURACY: *v = (double) f->accurate / f->receipts; break;
    case TIERS_INDICATOR_PASS_RATE: *v = 1 - f->rejected / f->received; break;
    case TIERS_INDICATOR_INCIDENT_RATE: *v = f->incident_points * 100 / f->receipts; break;
    case TIERS_INDICATOR_UNIT_PRICE: *v = f->value / f->received; break;
    case TIERS_INDICATOR_PRICE_INDEX: *v = f->value / f->reference; break;
    case TIERS_INDICATOR_SERVICE_RATING:
      *v = f->feedback_sum / f->feedback;
      return f->feedback > 0;
    case TIERS_INDICATOR_RESPONSE_HOURS:
      *v = f->response_sum / f->responses;
      return f->responses > 0;
    case TIERS_INDICATOR_MANUAL:
      *v = f->rating_sum / f->ratings;
      return f->ratings > 0;
    case TIERS_N_INDICATORS:
    default:
      g_assert_not_reached ();
    }
  return f->receipts > 0;
}

static double
criterion_score (const TiersCriterion *c,
                 double                v)
{
  gboolean found = FALSE;
  double threshold = 0, score = 0;

  switch (c->method)
    {
    case TIERS_METHOD_LINEAR:
      return CLAMP ((v - c->worst) / (c->best - c->worst), 0, 1) * 100;
    case TIERS_METHOD_SCALE:
      return CLAMP (v / c->scale * 100, 0, 100);
    case TIERS_METHOD_BANDS:
      /* Every banded criterion of the default scheme is lower-is-better: the score of the
       * lowest threshold >= v. */
      g_assert_false (tiers_indicator_higher_is_better (c->indicator));
      for (guint i = 0; i < c->bands->len; i++)
        {
          const TiersBand *b = &g_array_index (c->bands, TiersBand, i);

          if (b->threshold >= v && (!found || b->threshold < threshold))
            threshold = b->threshold, score = b->score, found = TRUE;
        }
      return found ? score : 0;
    case TIERS_METHOD_RATIO:
    case TIERS_N_METHODS:
    default:
      g_assert_not_reached ();
    }
}

/* 0..3 for A..D, -1 for ungraded; *provisional as docs/grading.md ("Total and grade") says. */
static int
grade_of (const TiersScheme *scheme,
          const Facts       *f,
          gboolean          *provisional)
{
  double sum = 0, weights = 0, score;

  *provisional = f->receipts < (guint) scheme->min_receipts;
  for (guint i = 0; i < scheme->criteria->len; i++)
    {
      const TiersCriterion *c = g_ptr_array_index (scheme->criteria, i);
      double v;

      if (!indicator_value (f, c->indicator, &v))
        {
          *provisional = TRUE;
          continue;
        }
      sum += c->weight * criterion_score (c, v);
      weights += c->weight;
    }
  if (weights == 0)
    return -1;
  score = round (sum / weights * 100) / 100;
  return score >= scheme->grade_a ? 0 : score >= scheme->grade_b ? 1 : score >= scheme->grade_c
                                                                        ? 2 : 3;
}

typedef struct
{
  guint  graded;
  guint  grades[4];
  guint  few_receipts;     /* supplier-quarters with 1 or 2 receipts */
  guint  changes;          /* grade changes from one quarter to the next */
  guint  pairs;
  guint  big_movers;       /* first and last year's grades a letter apart on average */
  guint  last_quarter[4];
} Spread;

static void
count_spread (const TiersScheme *scheme,
              Grader            *g,
              guint              suppliers,
              Spread            *spread)
{
  for (guint s = 0; s < suppliers; s++)
    {
      int previous = -1, first_year = 0, last_year = 0;

      for (guint q = 0; q < g->n_quarters; q++)
        {
          const Facts *f = &g->facts[s * g->n_quarters + q];
          gboolean provisional;
          int grade = grade_of (scheme, f, &provisional);

          spread->few_receipts += f->receipts > 0 && f->receipts < 3;
          if (grade < 0)
            continue;
          spread->graded++;
          spread->grades[grade]++;
          if (previous >= 0)
            {
              spread->pairs++;
              spread->changes += grade != previous;
            }
          previous = grade;
          if (q < 4)
            first_year += grade;
          if (q >= g->n_quarters - 4)
            last_year += grade;
          if (q == g->n_quarters - 1)
            spread->last_quarter[grade]++;
        }
      spread->big_movers += abs (first_year - last_year) >= 4;
    }
}

static void
check_spread (guint64 seed,
              double  share[4])
{
  static const RowFunc graders[TIERS_SAMPLE_N_DOCUMENTS] = {
    NULL, grade_receipt, grade_incident, grade_feedback, grade_rating,
  };
  g_autoptr(TiersScheme) scheme = tiers_scheme_new_default ();
  TiersSampleOptions options;
  g_autoptr(TiersSample) sample = NULL;
  Grader g = { 0 };
  Spread spread = { 0 };
  GDate start;

  options_for (&options, 80, 3, seed);
  sample = generate (&options);
  tiers_sample_options_get_start (&options, &start);
  g.first_quarter = g_date_get_year (&start) * 4 + (g_date_get_month (&start) - 1) / 3;
  g.n_quarters = 12;
  g.facts = g_new0 (Facts, options.suppliers * g.n_quarters);
  g.prices = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                    (GDestroyNotify) g_array_unref);
  g.lines = g_array_new (FALSE, FALSE, sizeof (PricedLine));
  for (guint d = TIERS_SAMPLE_RECEIPTS; d < TIERS_SAMPLE_N_DOCUMENTS; d++)
    for_each_row (sample, d, graders[d], &g);
  add_reference_prices (&g);
  count_spread (scheme, &g, options.suppliers, &spread);

  for (guint i = 0; i < 4; i++)
    share[i] = (double) spread.grades[i] / spread.graded;
  g_test_message ("seed %" G_GUINT64_FORMAT ": A %.1f%% B %.1f%% C %.1f%% D %.1f%% of %u; "
                  "last quarter A %u B %u C %u D %u; %u with 1-2 receipts; %u of %u "
                  "quarter-to-quarter changes; %u big movers", seed,
                  share[0] * 100, share[1] * 100, share[2] * 100, share[3] * 100, spread.graded,
                  spread.last_quarter[0], spread.last_quarter[1], spread.last_quarter[2],
                  spread.last_quarter[3], spread.few_receipts, spread.changes, spread.pairs,
                  spread.big_movers);

  /* Each seed within 3 points of the promised spread (the mean is checked below). */
  g_assert_cmpfloat (share[0], >=, 0.12);
  g_assert_cmpfloat (share[0], <=, 0.28);
  g_assert_cmpfloat (share[1], >=, 0.27);
  g_assert_cmpfloat (share[1], <=, 0.43);
  g_assert_cmpfloat (share[2], >=, 0.22);
  g_assert_cmpfloat (share[2], <=, 0.38);
  g_assert_cmpfloat (share[3], >=, 0.04);
  g_assert_cmpfloat (share[3], <=, 0.16);
  /* Every grade in the latest quarter, some provisional evaluations, grades that move. */
  for (guint i = 0; i < 4; i++)
    g_assert_cmpuint (spread.last_quarter[i], >, 0);
  g_assert_cmpuint (spread.few_receipts, >, 0);
  g_assert_cmpuint (spread.few_receipts, <, spread.graded / 10);
  g_assert_cmpfloat ((double) spread.changes / spread.pairs, >, 0.1);
  g_assert_cmpuint (spread.big_movers, >=, 4);

  g_free (g.facts);
  g_hash_table_unref (g.prices);
  g_array_unref (g.lines);
}

static void
test_grade_spread (void)
{
  double mean[4] = { 0 };

  for (guint64 seed = 1; seed <= 3; seed++)
    {
      double share[4];

      check_spread (seed, share);
      for (guint i = 0; i < 4; i++)
        mean[i] += share[i] / 3;
    }
  /* The promise: roughly 15-25 % A, 30-40 % B, 25-35 % C, 5-15 % D. */
  g_assert_cmpfloat (mean[0], >=, 0.15);
  g_assert_cmpfloat (mean[0], <=, 0.25);
  g_assert_cmpfloat (mean[1], >=, 0.30);
  g_assert_cmpfloat (mean[1], <=, 0.40);
  g_assert_cmpfloat (mean[2], >=, 0.25);
  g_assert_cmpfloat (mean[2], <=, 0.35);
  g_assert_cmpfloat (mean[3], >=, 0.05);
  g_assert_cmpfloat (mean[3], <=, 0.15);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sample/grade-spread", test_grade_spread);
  return g_test_run ();
}
