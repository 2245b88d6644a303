/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-indicators.c: from per-supplier aggregates to the indicator values of docs/grading.md
 * ("Indicators"), and the per-period set of them that evaluations cache. */
#define G_LOG_DOMAIN "tiers-indicators"

#include "config.h"

#include "tiers-i18n.h"
#include <string.h>

#include "tiers-blob.h"
#include "tiers-error.h"
#include "tiers-indicators.h"

/* Bumped whenever the serialized layout changes. 1: each supplier's category and rating keys
 * written out; 2: each written once, then referred to by number; 3: as 2, followed by the
 * ratings left out for conflicts of interest. All are read. A set without left-out ratings is
 * still written as 2, so its stored form stays what it was. */
#define SET_FORMAT_NAMES 1
#define SET_FORMAT 2
#define SET_FORMAT_EXCLUDED 3

double
tiers_median_of_sorted (const double *sorted,
                        gsize         n)
{
  g_return_val_if_fail (n > 0, 0);

  if (n % 2 == 1)
    return sorted[n / 2];
  return (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

/* Hoare's selection: afterwards v[k] holds the k-th smallest value, smaller ones before it. */
static double
select_kth (double *v,
            gsize   n,
            gsize   k)
{
  gsize lo = 0, hi = n - 1;

  while (lo < hi)
    {
      double pivot = v[lo + (hi - lo) / 2];
      gsize i = lo, j = hi;

      while (i <= j)
        {
          while (v[i] < pivot)
            i++;
          while (v[j] > pivot)
            j--;
          if (i <= j)
            {
              double t = v[i];

              v[i] = v[j];
              v[j] = t;
              i++;
              if (j == 0)
                break;
              j--;
            }
        }
      if (k <= j)
        hi = j;
      else if (k >= i)
        lo = i;
      else
        break;
    }
  return v[k];
}

double
tiers_median (double *values,
              gsize   n)
{
  double upper, lower;

  g_return_val_if_fail (n > 0, 0);

  upper = select_kth (values, n, n / 2);
  if (n % 2 == 1)
    return upper;
  /* The lower middle is the largest of the values left of the upper one. */
  lower = values[0];
  for (gsize i = 1; i < n / 2; i++)
    lower = MAX (lower, values[i]);
  return (lower + upper) / 2;
}

static void
set_value (TiersIndicatorValue *v,
           gboolean             has_value,
           double               value,
           guint64              sample)
{
  v->has_value = has_value;
  v->value = has_value ? value : 0;
  v->sample = (guint32) MIN (sample, G_MAXUINT32);
}

/* Receipt-based indicators (incident_rate included) need receipts; a zero denominator means
 * no value (docs/grading.md, "Indicators"), which only price_index can meet. */
void
tiers_facts_to_indicators (const TiersSupplierFacts *f,
                           TiersSupplierIndicators  *s)
{
  gboolean r = f->receipts > 0;
  double n = (double) f->receipts;
  TiersIndicatorValue *v = s->values;

  g_return_if_fail (f != NULL && s != NULL);

  s->receipts = f->receipts;
  set_value (&v[TIERS_INDICATOR_ON_TIME_RATE], r, f->on_time / n, f->receipts);
  set_value (&v[TIERS_INDICATOR_DAYS_LATE], r, f->days_late_sum / n, f->receipts);
  set_value (&v[TIERS_INDICATOR_QUANTITY_ACCURACY], r, f->quantity_accurate / n, f->receipts);
  set_value (&v[TIERS_INDICATOR_PASS_RATE], r && f->received_qty > 0,
             1 - f->rejected_qty / f->received_qty, f->receipts);
  set_value (&v[TIERS_INDICATOR_INCIDENT_RATE], r, f->incident_points * 100 / n, f->receipts);
  set_value (&v[TIERS_INDICATOR_UNIT_PRICE], r && f->received_qty > 0,
             f->value / f->received_qty, f->receipts);
  set_value (&v[TIERS_INDICATOR_PRICE_INDEX], r && f->reference_value > 0,
             f->value / f->reference_value, f->receipts);
  set_value (&v[TIERS_INDICATOR_SERVICE_RATING], f->feedback_rows > 0,
             f->feedback_rating_sum / (double) f->feedback_rows, f->feedback_rows);
  set_value (&v[TIERS_INDICATOR_RESPONSE_HOURS], f->response_rows > 0,
             f->response_hours_sum / (double) f->response_rows, f->response_rows);
  set_value (&v[TIERS_INDICATOR_MANUAL], FALSE, 0, 0);
}

/* Keys are interned: a database has a handful of criterion keys, and every supplier with
 * ratings would otherwise carry copies of them. Inserted in key order; the stored form
 * already is in order, so reading it back moves nothing. */
static void
insert_manual (TiersSupplierIndicators   *supplier,
               const char                *interned_key,
               const TiersIndicatorValue *value)
{
  guint at = supplier->n_manual;

  supplier->manual = g_renew (TiersManualIndicator, supplier->manual, at + 1);
  for (; at > 0 && strcmp (supplier->manual[at - 1].key, interned_key) > 0; at--)
    supplier->manual[at] = supplier->manual[at - 1];
  supplier->manual[at].key = interned_key;
  supplier->manual[at].value = *value;
  supplier->n_manual++;
}

/* manual: the mean rating given for the criterion of this key (docs/grading.md,
 * "Indicators"). */
void
tiers_supplier_indicators_add_manual (TiersSupplierIndicators *supplier,
                                      const char              *key,
                                      double                   rating_sum,
                                      guint64                  ratings)
{
  TiersIndicatorValue v;

  g_return_if_fail (supplier != NULL && key != NULL);

  if (ratings == 0)
    return;
  set_value (&v, TRUE, rating_sum / (double) ratings, ratings);
  insert_manual (supplier, g_intern_string (key), &v);
}

const TiersIndicatorValue *
tiers_supplier_indicators_get (const TiersSupplierIndicators *supplier,
                               const TiersCriterion          *criterion)
{
  static const TiersIndicatorValue none = { 0, 0, FALSE };

  if (criterion->indicator != TIERS_INDICATOR_MANUAL)
    return &supplier->values[criterion->indicator];
  for (guint i = 0; i < supplier->n_manual; i++)
    if (strcmp (supplier->manual[i].key, criterion->key) == 0)
      return &supplier->manual[i].value;
  return &none;
}

/* Suppliers are allocated in blocks: a period's set holds 10,000 of them, and a what-if
 * process builds and frees one set per run. */
#define SUPPLIER_BLOCK 512

static void
supplier_indicators_clear (gpointer data)
{
  TiersSupplierIndicators *s = data;

  g_clear_pointer (&s->manual, g_free);
  s->n_manual = 0;
}

TiersIndicatorSet *
tiers_indicator_set_new (const TiersPeriod *period,
                         int                grace_days,
                         double             quantity_tolerance)
{
  TiersIndicatorSet *set = g_atomic_rc_box_new0 (TiersIndicatorSet);

  set->period = *period;
  set->grace_days = grace_days;
  set->quantity_tolerance = quantity_tolerance;
  set->suppliers = g_ptr_array_new_with_free_func (supplier_indicators_clear);
  set->blocks = g_ptr_array_new_with_free_func (g_free);
  set->categories = g_ptr_array_new ();
  set->category_ids = g_hash_table_new (g_str_hash, g_str_equal);
  set->strings = g_string_chunk_new (1 << 16);
  return set;
}

TiersIndicatorSet *
tiers_indicator_set_ref (TiersIndicatorSet *set)
{
  return g_atomic_rc_box_acquire (set);
}

static void
indicator_set_clear (gpointer data)
{
  TiersIndicatorSet *set = data;

  g_ptr_array_unref (set->suppliers);
  g_ptr_array_unref (set->blocks);
  g_hash_table_unref (set->category_ids);
  g_ptr_array_unref (set->categories);
  g_string_chunk_free (set->strings);
  g_clear_pointer (&set->excluded, g_ptr_array_unref);
}

void
tiers_indicator_set_unref (TiersIndicatorSet *set)
{
  g_atomic_rc_box_release_full (set, indicator_set_clear);
}

/* The index of a string of `length` bytes (not NUL-terminated) in a short list of them, or
 * -1: a set has a handful of categories and rating keys, where scanning beats hashing.
 * strncmp stops at the first difference; text without a NUL makes a match as long as text,
 * so the byte after it is the list string's own. */
static int
find_in (GPtrArray  *strings,
         const char *text,
         gsize       length)
{
  if (memchr (text, '\0', length) != NULL)
    return -1;
  for (guint i = 0; i < strings->len; i++)
    {
      const char *s = strings->pdata[i];

      if (strncmp (s, text, length) == 0 && s[length] == '\0')
        return (int) i;
    }
  return -1;
}

#define SCAN_MAX 32

static guint
intern_category (TiersIndicatorSet *set,
                 const char        *category,
                 gsize              length)
{
  g_autofree char *key = NULL;
  gpointer id;
  char *copy;
  int found;

  if (set->categories->len <= SCAN_MAX)
    {
      if ((found = find_in (set->categories, category, length)) >= 0)
        return (guint) found;
    }
  else
    {
      key = g_strndup (category, length);
      if ((id = g_hash_table_lookup (set->category_ids, key)) != NULL)
        return GPOINTER_TO_UINT (id) - 1;
    }
  copy = g_string_chunk_insert_len (set->strings, category, (gssize) length);
  g_ptr_array_add (set->categories, copy);
  g_hash_table_insert (set->category_ids, copy, GUINT_TO_POINTER (set->categories->len));
  return set->categories->len - 1;
}

/* A new block with room for n suppliers. A set read back knows its size: one block, which
 * the allocator maps fresh and zeroed, needs no clearing of its own. */
static void
reserve_suppliers (TiersIndicatorSet *set,
                   guint              n)
{
  g_ptr_array_add (set->blocks, g_new0 (TiersSupplierIndicators, MAX (n, 1)));
  set->block_used = 0;
  set->block_size = MAX (n, 1);
}

static TiersSupplierIndicators *
set_add_len (TiersIndicatorSet *set,
             const char        *code,
             gsize              code_length,
             const char        *category,
             gsize              category_length)
{
  TiersSupplierIndicators *s;

  if (set->blocks->len == 0 || set->block_used == set->block_size)
    reserve_suppliers (set, SUPPLIER_BLOCK);
  s = (TiersSupplierIndicators *) set->blocks->pdata[set->blocks->len - 1] +
      set->block_used++;

  s->code = g_string_chunk_insert_len (set->strings, code, (gssize) code_length);
  s->category_index = intern_category (set, category, category_length);
  s->category = set->categories->pdata[s->category_index];
  /* Zeroed: no receipts and no indicator with a value, until facts come in. */
  g_ptr_array_add (set->suppliers, s);
  return s;
}

TiersSupplierIndicators *
tiers_indicator_set_add (TiersIndicatorSet *set,
                         const char        *code,
                         const char        *category)
{
  g_return_val_if_fail (set != NULL && code != NULL && category != NULL, NULL);

  return set_add_len (set, code, strlen (code), category, strlen (category));
}

static int
compare_code (gconstpointer a,
              gconstpointer b)
{
  const TiersSupplierIndicators *x = *(TiersSupplierIndicators * const *) a;
  const TiersSupplierIndicators *y = *(TiersSupplierIndicators * const *) b;

  return strcmp (x->code, y->code);
}

/* strcmp compares bytes as unsigned char: the byte order of the evaluate CSV (docs/cli.md,
 * "evaluate PERIOD [--scheme FILE] [--dry-run]"). */
void
tiers_indicator_set_sort (TiersIndicatorSet *set)
{
  for (guint i = 1; i < set->suppliers->len; i++)
    if (compare_code (&set->suppliers->pdata[i - 1], &set->suppliers->pdata[i]) > 0)
      {
        g_ptr_array_sort (set->suppliers, compare_code);
        return;
      }
}

gboolean
tiers_indicator_set_find (const TiersIndicatorSet *set,
                          const char              *code,
                          guint                   *index)
{
  guint lo = 0, hi = set->suppliers->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      int c = strcmp (((TiersSupplierIndicators *) set->suppliers->pdata[mid])->code, code);

      if (c == 0)
        {
          *index = mid;
          return TRUE;
        }
      if (c < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  return FALSE;
}

static void
excluded_ratings_free (gpointer data)
{
  TiersExcludedRatings *x = data;

  g_ptr_array_unref (x->evaluators);
  g_free (x);
}

/* The supplier's entry, added in code order when missing; a period has a handful. */
static TiersExcludedRatings *
excluded_for (TiersIndicatorSet *set,
              const char        *code)
{
  TiersExcludedRatings *x;
  guint at;

  if (set->excluded == NULL)
    set->excluded = g_ptr_array_new_with_free_func (excluded_ratings_free);
  for (at = 0; at < set->excluded->len; at++)
    {
      int c = strcmp (((TiersExcludedRatings *) set->excluded->pdata[at])->code, code);

      if (c == 0)
        return set->excluded->pdata[at];
      if (c > 0)
        break;
    }
  x = g_new0 (TiersExcludedRatings, 1);
  x->code = code;
  x->evaluators = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_insert (set->excluded, (int) at, x);
  return x;
}

static void
add_evaluator (TiersExcludedRatings *x,
               const char           *evaluator)
{
  guint at;

  for (at = 0; at < x->evaluators->len; at++)
    {
      int c = strcmp (x->evaluators->pdata[at], evaluator);

      if (c == 0)
        return;
      if (c > 0)
        break;
    }
  g_ptr_array_insert (x->evaluators, (int) at, g_strdup (evaluator));
}

void
tiers_indicator_set_exclude_rating (TiersIndicatorSet             *set,
                                    const TiersSupplierIndicators *supplier,
                                    const char                    *evaluator)
{
  TiersExcludedRatings *x;

  g_return_if_fail (set != NULL && supplier != NULL && evaluator != NULL);

  x = excluded_for (set, supplier->code);
  x->ratings++;
  add_evaluator (x, evaluator);
}

const TiersExcludedRatings *
tiers_indicator_set_find_excluded (const TiersIndicatorSet *set,
                                   const char              *code)
{
  g_return_val_if_fail (set != NULL && code != NULL, NULL);

  for (guint i = 0; set->excluded != NULL && i < set->excluded->len; i++)
    if (strcmp (((TiersExcludedRatings *) set->excluded->pdata[i])->code, code) == 0)
      return set->excluded->pdata[i];
  return NULL;
}

gboolean
tiers_indicator_set_fits (const TiersIndicatorSet *set,
                          const TiersScheme       *scheme)
{
  return set->grace_days == scheme->grace_days &&
         set->quantity_tolerance == scheme->quantity_tolerance;
}

/* A supplier is written as: code, category, id, receipts, a bit per indicator that has a
 * value, then value and sample of those only, then the manual ratings by key. A category
 * or key is a number: the count of those written before for the first of each, followed by
 * its name; from then on, the number of the earlier one. Ten thousand suppliers in a few
 * categories thus carry one name each, not ten thousand. */
typedef struct
{
  GPtrArray *keys;           /* rating keys in the order first written */
  guint     *category_refs;  /* per category index of the set: its number + 1, 0 = unwritten */
  guint      n_categories;   /* categories written so far */
} NameRefs;

static void
put_value (TiersBlobWriter           *w,
           const TiersIndicatorValue *v)
{
  tiers_blob_put_double (w, v->value);
  tiers_blob_put_uint (w, v->sample);
}

static void
get_value (TiersBlobReader     *r,
           TiersIndicatorValue *v)
{
  guint64 sample;

  v->has_value = TRUE;
  v->value = tiers_blob_get_double (r);
  sample = tiers_blob_get_uint (r);   /* read once: MIN () evaluates its arguments twice */
  v->sample = (guint32) MIN (sample, G_MAXUINT32);
}

static void
put_category (TiersBlobWriter               *w,
              NameRefs                      *refs,
              const TiersSupplierIndicators *s)
{
  guint *ref = &refs->category_refs[s->category_index];

  if (*ref != 0)
    {
      tiers_blob_put_uint (w, *ref - 1);
      return;
    }
  *ref = ++refs->n_categories;
  tiers_blob_put_uint (w, *ref - 1);
  tiers_blob_put_string (w, s->category);
}

/* Keys are interned: the same key is the same pointer. */
static void
put_key (TiersBlobWriter *w,
         NameRefs        *refs,
         const char      *key)
{
  guint i;

  for (i = 0; i < refs->keys->len; i++)
    if (refs->keys->pdata[i] == key)
      break;
  tiers_blob_put_uint (w, i);
  if (i == refs->keys->len)
    {
      g_ptr_array_add (refs->keys, (gpointer) key);
      tiers_blob_put_string (w, key);
    }
}

static void
put_supplier (TiersBlobWriter               *w,
              NameRefs                      *refs,
              const TiersSupplierIndicators *s)
{
  guint n_manual = s->n_manual;
  guint64 mask = 0;

  tiers_blob_put_string (w, s->code);
  put_category (w, refs, s);
  tiers_blob_put_uint (w, (guint64) s->supplier_id);
  tiers_blob_put_uint (w, s->receipts);
  for (int k = 0; k < TIERS_N_INDICATORS; k++)
    mask |= (guint64) s->values[k].has_value << k;
  tiers_blob_put_uint (w, mask);
  for (int k = 0; k < TIERS_N_INDICATORS; k++)
    if (s->values[k].has_value)
      put_value (w, &s->values[k]);
  tiers_blob_put_uint (w, n_manual);
  for (guint m = 0; m < n_manual; m++)
    {
      const TiersManualIndicator *mi = &s->manual[m];

      put_key (w, refs, mi->key);
      put_value (w, &mi->value);
    }
}

/* Format 3's tail: per supplier with left-out ratings its code, their count and the
 * evaluators. */
static void
put_excluded (TiersBlobWriter         *w,
              const TiersIndicatorSet *set)
{
  tiers_blob_put_uint (w, set->excluded->len);
  for (guint i = 0; i < set->excluded->len; i++)
    {
      const TiersExcludedRatings *x = set->excluded->pdata[i];

      tiers_blob_put_string (w, x->code);
      tiers_blob_put_uint (w, x->ratings);
      tiers_blob_put_uint (w, x->evaluators->len);
      for (guint e = 0; e < x->evaluators->len; e++)
        tiers_blob_put_string (w, x->evaluators->pdata[e]);
    }
}

GBytes *
tiers_indicator_set_serialize (const TiersIndicatorSet *set)
{
  NameRefs refs = { g_ptr_array_new (), g_new0 (guint, MAX (set->categories->len, 1)), 0 };
  TiersBlobWriter w;

  gboolean excluded = set->excluded != NULL && set->excluded->len > 0;

  tiers_blob_writer_init (&w);
  tiers_blob_put_uint (&w, excluded ? SET_FORMAT_EXCLUDED : SET_FORMAT);
  tiers_blob_put_uint (&w, (guint64) set->grace_days);
  tiers_blob_put_double (&w, set->quantity_tolerance);
  tiers_blob_put_uint (&w, set->suppliers->len);
  for (guint i = 0; i < set->suppliers->len; i++)
    put_supplier (&w, &refs, set->suppliers->pdata[i]);
  if (excluded)
    put_excluded (&w, set);
  g_ptr_array_unref (refs.keys);
  g_free (refs.category_refs);
  return tiers_blob_writer_finish (&w);
}

/* The interned rating key of `length` bytes at `chars`; keys, the few keys met so far. */
static const char *
intern_key (GPtrArray  *keys,
            const char *chars,
            gsize       length)
{
  g_autofree char *key = NULL;
  const char *interned;
  int found = keys->len <= SCAN_MAX ? find_in (keys, chars, length) : -1;

  if (found >= 0)
    return keys->pdata[found];
  key = g_strndup (chars, length);
  interned = g_intern_string (key);
  if (keys->len <= SCAN_MAX)
    g_ptr_array_add (keys, (gpointer) interned);
  return interned;
}

/* What reading a set has met so far: the blob's format, and for format 2 the categories
 * (as the set's indices) and keys by their numbers. */
typedef struct
{
  guint64    format;
  GArray    *categories;  /* number -> category index in the set */
  GPtrArray *keys;        /* number -> interned key; format 1: the few keys met so far */
} NameReader;

/* The blob holds strings unterminated: the set copies them straight from it. */
static TiersSupplierIndicators *
read_code_and_category (TiersIndicatorSet *set,
                        TiersBlobReader   *r,
                        NameReader        *names)
{
  TiersSupplierIndicators *s;
  const char *code, *category;
  gsize code_length, category_length;
  guint64 ref = 0;

  code = tiers_blob_get_chars (r, &code_length);
  if (names->format >= SET_FORMAT)
    ref = tiers_blob_get_uint (r);
  if (names->format >= SET_FORMAT && ref < names->categories->len)
    {
      const char *known = set->categories->pdata[g_array_index (names->categories, guint, ref)];

      category = known;
      category_length = strlen (known);
    }
  else
    {
      r->failed |= ref != (names->format >= SET_FORMAT ? names->categories->len : 0);
      category = tiers_blob_get_chars (r, &category_length);
    }
  s = set_add_len (set, code ? code : "", code ? code_length : 0,
                   category ? category : "", category ? category_length : 0);
  if (names->format >= SET_FORMAT && ref == names->categories->len && !r->failed)
    g_array_append_val (names->categories, s->category_index);
  return s;
}

static const char *
read_key (TiersBlobReader *r,
          NameReader      *names)
{
  g_autofree char *copy = NULL;
  const char *chars;
  gsize length;
  guint64 ref;

  if (names->format == SET_FORMAT_NAMES)
    {
      chars = tiers_blob_get_chars (r, &length);
      return chars ? intern_key (names->keys, chars, length) : NULL;
    }
  ref = tiers_blob_get_uint (r);
  if (ref < names->keys->len)
    return names->keys->pdata[ref];
  chars = tiers_blob_get_chars (r, &length);
  if (ref != names->keys->len || chars == NULL || memchr (chars, '\0', length) != NULL)
    {
      r->failed = TRUE;
      return NULL;
    }
  copy = g_strndup (chars, length);
  g_ptr_array_add (names->keys, (gpointer) g_intern_string (copy));
  return names->keys->pdata[ref];
}

static void
read_supplier (TiersIndicatorSet *set,
               TiersBlobReader   *r,
               NameReader        *names)
{
  TiersSupplierIndicators *s = read_code_and_category (set, r, names);
  guint64 mask, n_manual;

  s->supplier_id = (gint64) tiers_blob_get_uint (r);
  s->receipts = tiers_blob_get_uint (r);
  mask = tiers_blob_get_uint (r);
  for (int k = 0; k < TIERS_N_INDICATORS; k++)
    if (mask & ((guint64) 1 << k))
      get_value (r, &s->values[k]);
  n_manual = tiers_blob_get_uint (r);
  for (guint64 m = 0; m < n_manual && !r->failed; m++)
    {
      const char *key = read_key (r, names);
      TiersIndicatorValue v;

      get_value (r, &v);
      if (!r->failed && key != NULL)
        insert_manual (s, key, &v);
    }
}

/* A supplier's record is a few hundred bytes: a windowed reader makes this much readable
 * before each one (a record longer than that fails the read, and the cache is set aside). */
#define RECORD_MAX (1 << 15)

/* Format 3's tail (put_excluded); each code must be one of the set's suppliers. */
static void
read_excluded (TiersIndicatorSet *set,
               TiersBlobReader   *r)
{
  guint64 n;

  tiers_blob_reader_refill (r, RECORD_MAX);
  n = tiers_blob_get_uint (r);
  for (guint64 i = 0; i < n && !r->failed; i++)
    {
      g_autofree char *code = NULL;
      TiersExcludedRatings *x;
      guint64 n_evaluators, ratings;
      guint at;

      tiers_blob_reader_refill (r, RECORD_MAX);
      code = tiers_blob_get_string (r);
      if (code == NULL || !tiers_indicator_set_find (set, code, &at))
        {
          r->failed = TRUE;
          return;
        }
      x = excluded_for (set, ((TiersSupplierIndicators *) set->suppliers->pdata[at])->code);
      ratings = tiers_blob_get_uint (r);
      x->ratings = (guint) MIN (ratings, G_MAXUINT);
      n_evaluators = tiers_blob_get_uint (r);
      for (guint64 e = 0; e < n_evaluators && !r->failed; e++)
        {
          g_autofree char *evaluator = tiers_blob_get_string (r);

          if (evaluator != NULL)
            add_evaluator (x, evaluator);
        }
    }
}

static TiersIndicatorSet *
read_set (const TiersPeriod *period,
          TiersBlobReader   *r,
          GError           **error)
{
  g_autoptr(TiersIndicatorSet) set = NULL;
  g_autoptr(GPtrArray) keys = g_ptr_array_new ();
  g_autoptr(GArray) categories = g_array_new (FALSE, FALSE, sizeof (guint));
  NameReader names = { 0, categories, keys };
  guint64 n, grace;
  double tolerance;

  tiers_blob_reader_refill (r, RECORD_MAX);
  names.format = tiers_blob_get_uint (r);
  if (names.format < SET_FORMAT_NAMES || names.format > SET_FORMAT_EXCLUDED)
    r->failed = TRUE;
  grace = tiers_blob_get_uint (r);
  tolerance = tiers_blob_get_double (r);
  n = tiers_blob_get_uint (r);
  set = tiers_indicator_set_new (period, (int) grace, tolerance);
  /* A damaged count must not reserve gigabytes: a supplier takes at least six bytes (code
   * length, category, id, receipts, mask, rating count). */
  if (!r->failed && n > 0 && n <= r->source_length / 6)
    {
      reserve_suppliers (set, (guint) n);
      g_ptr_array_unref (set->suppliers);
      set->suppliers = g_ptr_array_new_full ((guint) n, supplier_indicators_clear);
    }
  for (guint64 i = 0; i < n && !r->failed; i++)
    {
      tiers_blob_reader_refill (r, RECORD_MAX);
      read_supplier (set, r, &names);
    }
  if (names.format == SET_FORMAT_EXCLUDED && !r->failed)
    read_excluded (set, r);
  if (!tiers_blob_reader_done (r))
    {
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_DATABASE,
                   _("The stored indicator values are damaged; evaluate the period again"));
      return NULL;
    }
  return g_steal_pointer (&set);
}

TiersIndicatorSet *
tiers_indicator_set_deserialize (const TiersPeriod *period,
                                 GBytes            *bytes,
                                 GError           **error)
{
  TiersBlobReader r;
  gsize length;
  const void *data = g_bytes_get_data (bytes, &length);

  tiers_blob_reader_init (&r, data, length);
  return read_set (period, &r, error);
}

TiersIndicatorSet *
tiers_indicator_set_read (const TiersPeriod *period,
                          TiersBlobRead      read,
                          gpointer           source,
                          gsize              length,
                          GError           **error)
{
  TiersBlobReader r;
  TiersIndicatorSet *set;

  tiers_blob_reader_init_windowed (&r, read, source, length, 2 * RECORD_MAX);
  set = read_set (period, &r, error);
  tiers_blob_reader_clear (&r);
  return set;
}
