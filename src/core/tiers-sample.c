/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-sample.c: the demonstration data generator. Every supplier has hidden traits (how
 * reliably it delivers, how accurate its quantities are, how good its parts, its service,
 * its price level) that follow from one overall quality plus a personal profile, and drift
 * from quarter to quarter so that some suppliers improve and others decline. Receipts,
 * incidents, feedback and ratings are drawn from those traits and written as the CSV files
 * of docs/formats.md, so they go through the same importer as a user's own files. */
#define G_LOG_DOMAIN "tiers-sample"

#include "config.h"

#include "tiers-i18n.h"
#include <string.h>

#include "tiers-error.h"
#include "tiers-period.h"
#include "tiers-sample.h"
#include "tiers-sample-private.h"

#define ITEMS_PER_CATEGORY 8
#define MAX_ITEMS_PER_SUPPLIER 5
#define STREAM_MARKET 0        /* supplier n draws from stream n + 1 */

typedef enum
{
  TRAIT_DELIVERY,
  TRAIT_QUANTITY,
  TRAIT_QUALITY,
  TRAIT_SERVICE,
  TRAIT_COOPERATION,
  N_TRAITS
} Trait;

typedef struct
{
  guint32 first;   /* Julian days of the quarter, cut to the data's range */
  guint32 last;
  double  share;   /* of a whole quarter, for a cut one */
} Quarter;

typedef struct
{
  guint  category;
  double quality;                  /* overall, 0 worst .. 1 best, at the start */
  double trend;                    /* change of quality per quarter while it changes */
  guint  change_from;              /* the quarter the change starts */
  guint  change_quarters;          /* how long it lasts */
  double drift;                    /* the random walk around the trend, so far */
  double offset[N_TRAITS];         /* the profile: stronger here, weaker there */
  double price_level;              /* of market price */
  double price_trend;              /* change of price level per quarter */
  double volume;                   /* mean receipts per quarter */
  guint  items[MAX_ITEMS_PER_SUPPLIER];
  guint  n_items;
} Supplier;

typedef struct
{
  guint   supplier;
  guint   item;
  guint32 promised;
  guint32 received;
  guint   ordered_qty;
  guint   received_qty;
  guint   rejected_qty;
  double  unit_price;
  guint   po;
} Receipt;

typedef struct
{
  const TiersSampleOptions *options;
  guint32                   start;       /* Julian days */
  guint32                   until;
  GArray                   *quarters;    /* of Quarter */
  double                   *market;      /* [item * n_quarters + quarter] */
  GArray                   *receipts;    /* of Receipt */
  GString                  *text[TIERS_SAMPLE_N_DOCUMENTS];
  guint                     rows[TIERS_SAMPLE_N_DOCUMENTS];
} Generator;

struct _TiersSample
{
  GBytes *documents[TIERS_SAMPLE_N_DOCUMENTS];
  guint   rows[TIERS_SAMPLE_N_DOCUMENTS];
};

static const char *document_kinds[] = { "suppliers", "receipts", "incidents", "feedback",
                                        "ratings" };
static const char *document_headers[] = {
  "code,name,category,contact,email,phone\n",
  "supplier_code,po_number,item_code,ordered_qty,received_qty,rejected_qty,unit_price,"
  "promised_date,received_date\n",
  "supplier_code,date,severity,description\n",
  "supplier_code,date,rating,response_hours,comment\n",
  "supplier_code,criterion,date,evaluator,rating,comment\n",
};
G_STATIC_ASSERT (G_N_ELEMENTS (document_kinds) == TIERS_SAMPLE_N_DOCUMENTS);
G_STATIC_ASSERT (G_N_ELEMENTS (document_headers) == TIERS_SAMPLE_N_DOCUMENTS);

void
tiers_sample_options_init (TiersSampleOptions *options)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  TiersPeriod quarter;
  GDate today, first;

  g_return_if_fail (options != NULL);

  options->suppliers = 80;
  options->years = 3;
  options->seed = 1;
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  quarter = tiers_period_containing (TIERS_PERIOD_QUARTER, &today);
  quarter = tiers_period_previous (&quarter);
  tiers_period_bounds (&quarter, &first, &options->until);
}

gboolean
tiers_sample_options_validate (const TiersSampleOptions *options,
                               GError                  **error)
{
  g_return_val_if_fail (options != NULL, FALSE);

  if (options->suppliers < 1 || options->suppliers > TIERS_SAMPLE_MAX_SUPPLIERS)
    {
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_INVALID,
                   _("The number of suppliers must be from 1 to %d"),
                   TIERS_SAMPLE_MAX_SUPPLIERS);
      return FALSE;
    }
  if (options->years < 1 || options->years > TIERS_SAMPLE_MAX_YEARS)
    {
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_INVALID,
                   _("The number of years must be from 1 to %d"), TIERS_SAMPLE_MAX_YEARS);
      return FALSE;
    }
  if (!g_date_valid (&options->until) ||
      g_date_get_year (&options->until) <= (GDateYear) options->years ||
      g_date_get_year (&options->until) > 9999)
    {
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_INVALID,
                   _("The last day of the sample data is not a valid date"));
      return FALSE;
    }
  return TRUE;
}

void
tiers_sample_options_get_start (const TiersSampleOptions *options,
                                GDate                    *start)
{
  g_return_if_fail (options != NULL && g_date_valid (&options->until));

  *start = options->until;
  g_date_subtract_years (start, options->years);
  g_date_add_days (start, 1);
}

static void
compute_quarters (Generator *gen)
{
  GDate date;
  TiersPeriod quarter;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, gen->start);
  quarter = tiers_period_containing (TIERS_PERIOD_QUARTER, &date);
  for (;;)
    {
      GDate first, last;
      Quarter q;

      tiers_period_bounds (&quarter, &first, &last);
      if (g_date_get_julian (&first) > gen->until)
        break;
      q.first = MAX (g_date_get_julian (&first), gen->start);
      q.last = MIN (g_date_get_julian (&last), gen->until);
      q.share = (double) (q.last - q.first + 1) /
                (g_date_get_julian (&last) - g_date_get_julian (&first) + 1);
      g_array_append_val (gen->quarters, q);
      quarter = tiers_period_next (&quarter);
    }
}

/* Market prices drift slowly (each item its own yearly rate, -2 % to +7 %) with a little
 * quarterly noise: the reference every supplier's price level is applied to. */
static void
compute_market (Generator *gen)
{
  guint n_quarters = gen->quarters->len;
  TiersSampleRng rng;

  tiers_sample_rng_init (&rng, gen->options->seed, STREAM_MARKET);
  gen->market = g_new (double, tiers_sample_n_categories * ITEMS_PER_CATEGORY * n_quarters);
  for (guint c = 0; c < tiers_sample_n_categories; c++)
    {
      const TiersSampleCategory *cat = &tiers_sample_categories[c];

      for (guint k = 0; k < ITEMS_PER_CATEGORY; k++)
        {
          guint item = c * ITEMS_PER_CATEGORY + k;
          double u = tiers_sample_rng_uniform (&rng);
          /* u squared: a category has more cheap items than expensive ones */
          double base = cat->price_low + (cat->price_high - cat->price_low) * u * u;
          double yearly = tiers_sample_rng_range (&rng, -0.02, 0.07);

          for (guint q = 0; q < n_quarters; q++)
            gen->market[item * n_quarters + q] =
              base * (1 + yearly * q / 4.0) * (1 + 0.012 * tiers_sample_rng_normal (&rng));
        }
    }
}

static double
clamp01 (double v)
{
  return CLAMP (v, 0.0, 1.0);
}

/* How a supplier base is made up: a fifth excellent, most good or fair, a tenth poor. The
 * overall quality of each class is calibrated against the default scheme (test-sample-spread.c
 * grades the generated data and checks the spread). */
typedef struct
{
  double share;
  double low;
  double high;
} QualityClass;

static const QualityClass quality_classes[] = {
  { 0.21, 0.94, 1.00 },
  { 0.40, 0.76, 0.94 },
  { 0.29, 0.50, 0.76 },
  { 0.10, 0.20, 0.50 },
};

static double
draw_quality (TiersSampleRng *rng)
{
  double u = tiers_sample_rng_uniform (rng);
  guint c = 0;

  while (c + 1 < G_N_ELEMENTS (quality_classes) && u >= quality_classes[c].share)
    u -= quality_classes[c++].share;
  return tiers_sample_rng_range (rng, quality_classes[c].low, quality_classes[c].high);
}

/* A quarter of the suppliers change course for one to three years (an improvement
 * programme taking hold, or a key customer lost), then keep their new level. The others
 * wander only slightly. */
static void
draw_supplier (TiersSampleRng *rng,
               guint           n_quarters,
               Supplier       *s)
{
  guint pool[ITEMS_PER_CATEGORY];
  double level;

  s->category = tiers_sample_rng_below (rng, tiers_sample_n_categories);
  s->quality = draw_quality (rng);
  if (tiers_sample_rng_chance (rng, 0.25))
    s->trend = (tiers_sample_rng_chance (rng, 0.5) ? 1 : -1) *
               tiers_sample_rng_range (rng, 0.03, 0.06);
  else
    s->trend = 0.004 * tiers_sample_rng_normal (rng);
  s->change_quarters = 4 + tiers_sample_rng_below (rng, 9);
  /* At least a year of the change falls inside the history. */
  s->change_from = tiers_sample_rng_below (rng, n_quarters > 4 ? n_quarters - 4 : 1);
  s->drift = 0;
  for (guint t = 0; t < N_TRAITS; t++)
    s->offset[t] = 0.08 * tiers_sample_rng_normal (rng);
  /* CLAMP evaluates its argument more than once: draw into a variable first. */
  level = 1.0 + 0.06 * tiers_sample_rng_normal (rng);
  s->price_level = CLAMP (level, 0.85, 1.2);
  s->price_trend = 0.003 * tiers_sample_rng_normal (rng);
  /* One in ten is a small supplier with a handful of deliveries a quarter, whose
   * evaluations then are provisional now and then. */
  if (tiers_sample_rng_chance (rng, 0.1))
    s->volume = tiers_sample_rng_range (rng, 1.8, 4);
  else
    s->volume = tiers_sample_rng_range (rng, 8, 30);

  for (guint k = 0; k < ITEMS_PER_CATEGORY; k++)
    pool[k] = s->category * ITEMS_PER_CATEGORY + k;
  s->n_items = 2 + tiers_sample_rng_below (rng, MAX_ITEMS_PER_SUPPLIER - 1);
  for (guint k = 0; k < s->n_items; k++)
    {
      guint pick = k + tiers_sample_rng_below (rng, ITEMS_PER_CATEGORY - k);
      guint swap = pool[k];

      pool[k] = pool[pick];
      pool[pick] = swap;
      s->items[k] = pool[k];
    }
}

static double
trait (const Supplier *s,
       guint           quarter,
       Trait           which)
{
  guint changing = quarter > s->change_from ? quarter - s->change_from : 0;

  changing = MIN (changing, s->change_quarters);
  return clamp01 (s->quality + s->trend * changing + s->drift + s->offset[which]);
}

static void
append_field (GString    *out,
              const char *value,
              gboolean    last)
{
  if (value != NULL && value[strcspn (value, ",\"\r\n")] != '\0')
    {
      g_string_append_c (out, '"');
      for (const char *p = value; *p; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *p);
        }
      g_string_append_c (out, '"');
    }
  else if (value != NULL)
    g_string_append (out, value);
  g_string_append_c (out, last ? '\n' : ',');
}

static void
append_date (GString *out,
             guint32  julian)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  g_string_append_printf (out, "%04d-%02d-%02d,", g_date_get_year (&date),
                          g_date_get_month (&date), g_date_get_day (&date));
}

static void
append_number (GString    *out,
               const char *format,
               double      value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append (out, g_ascii_formatd (buf, sizeof buf, format, value));
  g_string_append_c (out, ',');
}

static guint32
clamp_day (const Generator *gen,
           gint64           julian)
{
  return (guint32) CLAMP (julian, (gint64) gen->start, (gint64) gen->until);
}

static guint32
day_in (TiersSampleRng *rng,
        guint32         first,
        guint32         last)
{
  return first + tiers_sample_rng_below (rng, last - first + 1);
}

#define SUPPLIER_CODE_FORMAT "S%04u"   /* of the supplier's index + 1 */

static char *
supplier_code (guint index)
{
  return g_strdup_printf (SUPPLIER_CODE_FORMAT, index + 1);
}

static void
write_supplier (Generator      *gen,
                TiersSampleRng *rng,
                const Supplier *s,
                guint           index,
                GHashTable     *used_names)
{
  const TiersSampleCategory *cat = &tiers_sample_categories[s->category];
  GString *out = gen->text[TIERS_SAMPLE_SUPPLIERS];
  g_autofree char *code = supplier_code (index);
  TiersSampleIdentity id;

  tiers_sample_identity_make (rng, cat, used_names, index + 1, &id);
  append_field (out, code, FALSE);
  append_field (out, id.name, FALSE);
  append_field (out, cat->name, FALSE);
  append_field (out, id.contact, FALSE);
  append_field (out, id.email, FALSE);
  append_field (out, id.phone, TRUE);
  gen->rows[TIERS_SAMPLE_SUPPLIERS]++;
  tiers_sample_identity_clear (&id);
}

/* How many units arrive: mostly what was ordered or within a few percent (inside any usual
 * tolerance); an inaccurate delivery is short, now and then over, by 6 to 25 %. */
static guint
draw_received_qty (TiersSampleRng *rng,
                   guint           ordered,
                   double          accuracy)
{
  guint delta;

  if (tiers_sample_rng_chance (rng, accuracy))
    {
      if (tiers_sample_rng_chance (rng, 0.7))
        return ordered;
      delta = (guint) (0.04 * ordered * tiers_sample_rng_uniform (rng));
      return tiers_sample_rng_chance (rng, 0.6) && delta < ordered ? ordered - delta
                                                                   : ordered + delta;
    }
  delta = (guint) (ordered * tiers_sample_rng_range (rng, 0.06, 0.25) + 0.5);
  delta = MAX (delta, 1);
  if (tiers_sample_rng_chance (rng, 0.8) && delta < ordered)
    return ordered - delta;
  return ordered + delta;
}

/* Rejects come in bad lots rather than evenly: the lot probability and the share rejected
 * in a bad lot multiply to the supplier's reject rate. */
static guint
draw_rejected_qty (TiersSampleRng *rng,
                   guint           received,
                   double          reject_rate)
{
  double lot_chance = MIN (0.6, 0.05 + 8 * reject_rate);
  double share;

  if (!tiers_sample_rng_chance (rng, lot_chance))
    return 0;
  share = reject_rate / lot_chance * tiers_sample_rng_range (rng, 0.4, 1.6);
  share = MIN (share, 1.0);
  return MIN (received, (guint) (received * share + 0.5));
}

static void
draw_receipt (Generator      *gen,
              TiersSampleRng *rng,
              const Supplier *s,
              guint           index,
              guint           q,
              Receipt        *r)
{
  const Quarter *quarter = &g_array_index (gen->quarters, Quarter, q);
  const TiersSampleCategory *cat = &tiers_sample_categories[s->category];
  double delivery = trait (s, q, TRAIT_DELIVERY);
  double steps = tiers_sample_rng_range (rng, cat->qty_low, cat->qty_high) / cat->qty_step;
  double level = s->price_level + s->price_trend * q;
  gint64 offset;

  r->supplier = index;
  r->item = s->items[tiers_sample_rng_below (rng, s->n_items)];
  r->received = day_in (rng, quarter->first, quarter->last);
  if (tiers_sample_rng_chance (rng, 0.68 + 0.31 * delivery))
    offset = -(gint64) tiers_sample_rng_below (rng, 4);     /* on time, up to 3 days early */
  else
    offset = 1 + (gint64) ((1.5 + 8 * (1 - delivery)) * tiers_sample_rng_range (rng, 0.3, 1.7));
  r->promised = clamp_day (gen, (gint64) r->received - offset);
  r->ordered_qty = MAX (1, (guint) (steps + 0.5)) * (guint) cat->qty_step;
  r->received_qty = draw_received_qty (rng, r->ordered_qty,
                                       0.80 + 0.195 * trait (s, q, TRAIT_QUANTITY));
  r->rejected_qty = draw_rejected_qty (rng, r->received_qty,
                                       0.002 + 0.07 * (1 - trait (s, q, TRAIT_QUALITY)) *
                                                      (1 - trait (s, q, TRAIT_QUALITY)));
  r->unit_price = gen->market[r->item * gen->quarters->len + q] * CLAMP (level, 0.8, 1.25) *
                  (1 + 0.015 * tiers_sample_rng_normal (rng));
}

/* Insertion sort: stable whatever the C library, and a quarter holds a few dozen. */
static void
sort_receipts_by_date (Receipt *receipts,
                       guint    n)
{
  for (guint i = 1; i < n; i++)
    for (guint j = i; j > 0 && receipts[j - 1].received > receipts[j].received; j--)
      {
        Receipt t = receipts[j];

        receipts[j] = receipts[j - 1];
        receipts[j - 1] = t;
      }
}

/* Something goes wrong with a few deliveries, more often and worse with a weak supplier;
 * the incident is logged on the day of the delivery or a few days later. */
static void
write_incidents (Generator      *gen,
                 TiersSampleRng *rng,
                 const Supplier *s,
                 const char     *code,
                 guint           q,
                 const Receipt  *receipts,
                 guint           n_receipts)
{
  GString *out = gen->text[TIERS_SAMPLE_INCIDENTS];
  double weakness = 1 - trait (s, q, TRAIT_QUALITY);
  double chance = 0.004 + 0.05 * weakness * weakness;

  for (guint i = 0; i < n_receipts; i++)
    {
      TiersSampleSeverity severity = TIERS_SAMPLE_MINOR;
      double u;

      if (!tiers_sample_rng_chance (rng, chance))
        continue;
      u = tiers_sample_rng_uniform (rng);
      if (u < 0.03 + 0.1 * weakness)
        severity = TIERS_SAMPLE_CRITICAL;
      else if (u < 0.23 + 0.3 * weakness)
        severity = TIERS_SAMPLE_MAJOR;
      append_field (out, code, FALSE);
      append_date (out, clamp_day (gen, receipts[i].received + tiers_sample_rng_below (rng, 5)));
      append_field (out, tiers_sample_severity_name (severity), FALSE);
      append_field (out, tiers_sample_incident_text (rng, &tiers_sample_categories[s->category],
                                                     severity), TRUE);
      gen->rows[TIERS_SAMPLE_INCIDENTS]++;
    }
}

static void
sort_days (guint32 *days,
           guint    n)
{
  for (guint i = 1; i < n; i++)
    for (guint j = i; j > 0 && days[j - 1] > days[j]; j--)
      {
        guint32 t = days[j];

        days[j] = days[j - 1];
        days[j - 1] = t;
      }
}

/* Requests to the supplier's sales or quality contact, rated by the buyer who made them. A
 * buyer sometimes leaves the response time out, but not for every request of a quarter: a
 * criterion without a value would make the evaluation provisional. */
static void
write_feedback (Generator      *gen,
                TiersSampleRng *rng,
                const Supplier *s,
                const char     *code,
                guint           q)
{
  const Quarter *quarter = &g_array_index (gen->quarters, Quarter, q);
  GString *out = gen->text[TIERS_SAMPLE_FEEDBACK];
  double service = trait (s, q, TRAIT_SERVICE);
  double mean_hours = 3 + 70 * (1 - service) * (1 - service);
  guint32 days[4];
  guint n = 2 + tiers_sample_rng_below (rng, 3);

  for (guint i = 0; i < n; i++)
    days[i] = day_in (rng, quarter->first, quarter->last);
  sort_days (days, n);
  for (guint i = 0; i < n; i++)
    {
      double rating = 2.6 + 2.3 * service + 0.45 * tiers_sample_rng_normal (rng);

      rating = (int) (CLAMP (rating, 1, 5) * 10 + 0.5) / 10.0;
      append_field (out, code, FALSE);
      append_date (out, days[i]);
      append_number (out, "%.1f", rating);
      if (i == 0 || tiers_sample_rng_chance (rng, 0.8))
        append_number (out, "%.1f",
                       (int) (mean_hours * tiers_sample_rng_range (rng, 0.5, 1.5) * 2 + 1) / 2.0);
      else
        g_string_append_c (out, ',');
      append_field (out, tiers_sample_feedback_comment (rng, rating), TRUE);
      gen->rows[TIERS_SAMPLE_FEEDBACK]++;
    }
}

/* Two evaluators rate every supplier's cooperation near the end of each quarter, in halves. */
static void
write_ratings (Generator      *gen,
               TiersSampleRng *rng,
               const Supplier *s,
               const char     *code,
               guint           q)
{
  const Quarter *quarter = &g_array_index (gen->quarters, Quarter, q);
  GString *out = gen->text[TIERS_SAMPLE_RATINGS];
  double cooperation = trait (s, q, TRAIT_COOPERATION);
  guint n = tiers_sample_n_evaluators ();
  guint first = tiers_sample_rng_below (rng, n);
  guint evaluators[2] = { first, (first + 1 + tiers_sample_rng_below (rng, n - 1)) % n };
  guint32 window = MAX (quarter->first, quarter->last - 30);
  guint32 days[G_N_ELEMENTS (evaluators)];

  for (guint i = 0; i < G_N_ELEMENTS (evaluators); i++)
    days[i] = day_in (rng, window, quarter->last);
  sort_days (days, G_N_ELEMENTS (days));
  for (guint i = 0; i < G_N_ELEMENTS (evaluators); i++)
    {
      double rating = 2.2 + 2.7 * cooperation + 0.4 * tiers_sample_rng_normal (rng);

      rating = (int) (CLAMP (rating, 0, TIERS_SAMPLE_RATING_MAX) * 2 + 0.5) / 2.0;
      append_field (out, code, FALSE);
      append_field (out, TIERS_SAMPLE_RATING_CRITERION, FALSE);
      append_date (out, days[i]);
      append_field (out, tiers_sample_evaluator (evaluators[i]), FALSE);
      append_number (out, "%.1f", rating);
      append_field (out, tiers_sample_rating_comment (rng, rating), TRUE);
      gen->rows[TIERS_SAMPLE_RATINGS]++;
    }
}

static void
simulate_supplier (Generator  *gen,
                   guint       index,
                   GHashTable *used_names)
{
  g_autofree char *code = supplier_code (index);
  TiersSampleRng rng;
  Supplier s;

  tiers_sample_rng_init (&rng, gen->options->seed, index + 1);
  draw_supplier (&rng, gen->quarters->len, &s);
  write_supplier (gen, &rng, &s, index, used_names);

  for (guint q = 0; q < gen->quarters->len; q++)
    {
      const Quarter *quarter = &g_array_index (gen->quarters, Quarter, q);
      double mean = s.volume * quarter->share * tiers_sample_rng_range (&rng, 0.6, 1.4);
      guint n = (guint) (mean + 0.5);
      guint first = gen->receipts->len;

      g_array_set_size (gen->receipts, first + n);
      for (guint i = 0; i < n; i++)
        draw_receipt (gen, &rng, &s, index, q,
                      &g_array_index (gen->receipts, Receipt, first + i));
      sort_receipts_by_date (&g_array_index (gen->receipts, Receipt, first), n);
      write_incidents (gen, &rng, &s, code, q,
                       &g_array_index (gen->receipts, Receipt, first), n);
      write_feedback (gen, &rng, &s, code, q);
      write_ratings (gen, &rng, &s, code, q);
      s.drift += 0.02 * tiers_sample_rng_normal (&rng);
    }
}

static int
compare_by_date (gconstpointer a,
                 gconstpointer b,
                 gpointer      data)
{
  const Receipt *receipts = data;
  const Receipt *x = &receipts[*(const guint *) a];
  const Receipt *y = &receipts[*(const guint *) b];

  if (x->received != y->received)
    return x->received < y->received ? -1 : 1;
  return *(const guint *) a < *(const guint *) b ? -1 : 1;
}

/* Purchase orders are numbered per year in the order goods arrived, with gaps where other
 * departments' orders came in between. */
static void
number_purchase_orders (Generator *gen)
{
  Receipt *receipts = (Receipt *) (void *) gen->receipts->data;
  guint n = gen->receipts->len;
  g_autofree guint *order = g_new (guint, n);
  TiersSampleRng rng;
  GDateYear year = 0;
  guint po = 0;

  tiers_sample_rng_init (&rng, gen->options->seed, G_MAXUINT32);
  for (guint i = 0; i < n; i++)
    order[i] = i;
  g_qsort_with_data (order, n, sizeof (guint), compare_by_date, receipts);
  for (guint i = 0; i < n; i++)
    {
      Receipt *r = &receipts[order[i]];
      GDate date;

      g_date_clear (&date, 1);
      g_date_set_julian (&date, r->received);
      if (g_date_get_year (&date) != year)
        {
          year = g_date_get_year (&date);
          po = 1000 + tiers_sample_rng_below (&rng, 3000);
        }
      po += 1 + tiers_sample_rng_below (&rng, 3);
      r->po = (guint) year * 1000000 + po;
    }
}

static void
write_receipts (Generator *gen)
{
  GString *out = gen->text[TIERS_SAMPLE_RECEIPTS];

  for (guint i = 0; i < gen->receipts->len; i++)
    {
      const Receipt *r = &g_array_index (gen->receipts, Receipt, i);
      const TiersSampleCategory *cat = &tiers_sample_categories[r->item / ITEMS_PER_CATEGORY];

      g_string_append_printf (out, SUPPLIER_CODE_FORMAT ",PO-%u-%06u,%s-%u,%u,%u,%u,",
                              r->supplier + 1, r->po / 1000000, r->po % 1000000, cat->item_prefix,
                              1001 + r->item % ITEMS_PER_CATEGORY, r->ordered_qty,
                              r->received_qty, r->rejected_qty);
      /* Cheap parts are priced to the hundredth of a cent, the rest to the cent. */
      append_number (out, r->unit_price < 1 ? "%.4f" : "%.2f", r->unit_price);
      append_date (out, r->promised);
      append_date (out, r->received);
      out->str[out->len - 1] = '\n';
    }
  gen->rows[TIERS_SAMPLE_RECEIPTS] = gen->receipts->len;
}

TiersSample *
tiers_sample_generate (const TiersSampleOptions *options,
                       GError                  **error)
{
  g_autoptr(GHashTable) used_names = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                            g_free, NULL);
  Generator gen = { options };
  TiersSample *sample;
  GDate start;

  if (!tiers_sample_options_validate (options, error))
    return NULL;

  tiers_sample_options_get_start (options, &start);
  gen.start = g_date_get_julian (&start);
  gen.until = g_date_get_julian (&options->until);
  gen.quarters = g_array_new (FALSE, FALSE, sizeof (Quarter));
  gen.receipts = g_array_new (FALSE, FALSE, sizeof (Receipt));
  for (guint d = 0; d < TIERS_SAMPLE_N_DOCUMENTS; d++)
    gen.text[d] = g_string_new (document_headers[d]);
  compute_quarters (&gen);
  compute_market (&gen);

  for (guint i = 0; i < options->suppliers; i++)
    simulate_supplier (&gen, i, used_names);
  number_purchase_orders (&gen);
  write_receipts (&gen);

  sample = g_new0 (TiersSample, 1);
  for (guint d = 0; d < TIERS_SAMPLE_N_DOCUMENTS; d++)
    {
      sample->documents[d] = g_string_free_to_bytes (gen.text[d]);
      sample->rows[d] = gen.rows[d];
    }
  g_array_unref (gen.quarters);
  g_array_unref (gen.receipts);
  g_free (gen.market);
  return sample;
}

void
tiers_sample_free (TiersSample *sample)
{
  if (sample == NULL)
    return;
  for (guint d = 0; d < TIERS_SAMPLE_N_DOCUMENTS; d++)
    g_bytes_unref (sample->documents[d]);
  g_free (sample);
}

GBytes *
tiers_sample_get_document (const TiersSample  *sample,
                           TiersSampleDocument document)
{
  g_return_val_if_fail (sample != NULL, NULL);
  g_return_val_if_fail (document < TIERS_SAMPLE_N_DOCUMENTS, NULL);
  return g_bytes_ref (sample->documents[document]);
}

guint
tiers_sample_get_row_count (const TiersSample  *sample,
                            TiersSampleDocument document)
{
  g_return_val_if_fail (sample != NULL, 0);
  g_return_val_if_fail (document < TIERS_SAMPLE_N_DOCUMENTS, 0);
  return sample->rows[document];
}

const char *
tiers_sample_document_kind (TiersSampleDocument document)
{
  g_return_val_if_fail (document < TIERS_SAMPLE_N_DOCUMENTS, NULL);
  return document_kinds[document];
}
