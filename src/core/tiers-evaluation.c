/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-evaluation.c: grading every supplier of a period, the stored form of the results,
 * and the CSV that `evaluate` prints. */
#define G_LOG_DOMAIN "tiers-evaluation"

#include "config.h"

#include "tiers-i18n.h"
#include <math.h>
#include <string.h>

#include "tiers-blob.h"
#include "tiers-error.h"
#include "tiers-grading.h"
#include "tiers-number.h"

/* 2: every supplier's results written out; 3: only the previous scores they were blended
 * with, the results graded again when read; 4: as 3, with the grades held in the previous
 * period (DowngradeAfter), written only for a scheme that sets it. All are read. */
#define RESULTS_FORMAT_FULL 2
#define RESULTS_FORMAT 3
#define RESULTS_FORMAT_HELD 4

/* In the stored scores, a supplier's flags: graded, and a held grade follows the score. */
#define SCORE_GRADED 1
#define SCORE_HELD 2

const char *
tiers_grade_to_string (TiersGrade grade)
{
  static const char *names[] = { "", "A", "B", "C", "D" };

  g_return_val_if_fail (grade <= TIERS_GRADE_D, "");
  return names[grade];
}

/* ratio scores against the best value of the supplier's category among suppliers with a
 * value: best[category x n_criteria + criterion], NAN where nobody has one. */
static double *
category_bests (const TiersIndicatorSet *set,
                const TiersScheme       *scheme)
{
  guint n = scheme->criteria->len;
  gsize size = (gsize) MAX (set->categories->len, 1) * n;
  double *best = g_new (double, size);

  for (gsize i = 0; i < size; i++)
    best[i] = NAN;
  for (guint c = 0; c < n; c++)
    {
      const TiersCriterion *criterion = scheme->criteria->pdata[c];

      if (criterion->method != TIERS_METHOD_RATIO)
        continue;
      for (guint i = 0; i < set->suppliers->len; i++)
        {
          const TiersSupplierIndicators *s = set->suppliers->pdata[i];
          const TiersIndicatorValue *v = tiers_supplier_indicators_get (s, criterion);
          double *b = &best[(gsize) s->category_index * n + c];

          if (v->has_value && (isnan (*b) || tiers_indicator_better (criterion->indicator,
                                                                    v->value, *b)))
            *b = v->value;
        }
    }
  return best;
}

static TiersEvaluation *
evaluation_alloc (TiersIndicatorSet *indicators,
                  const TiersScheme *scheme,
                  gint64             scheme_version)
{
  TiersEvaluation *e = g_new0 (TiersEvaluation, 1);
  guint n = scheme->criteria->len;

  e->period = indicators->period;
  e->scheme = tiers_scheme_copy (scheme);
  e->scheme_version = scheme_version;
  e->indicators = tiers_indicator_set_ref (indicators);
  e->n_suppliers = indicators->suppliers->len;
  e->suppliers = g_new0 (TiersSupplierResult, MAX (e->n_suppliers, 1));
  e->criteria = g_new0 (TiersCriterionResult, MAX ((gsize) e->n_suppliers * n, 1));
  for (guint i = 0; i < e->n_suppliers; i++)
    {
      e->suppliers[i].criteria = &e->criteria[(gsize) i * n];
      e->suppliers[i].supplier = indicators->suppliers->pdata[i];
    }
  return e;
}

TiersEvaluation *
tiers_evaluation_new_held (TiersIndicatorSet    *indicators,
                           const TiersScheme    *scheme,
                           gint64                scheme_version,
                           const double         *previous,
                           const TiersHeldGrade *held)
{
  TiersEvaluation *e;
  g_autofree double *best = NULL;
  guint n;

  g_return_val_if_fail (indicators != NULL && scheme != NULL, NULL);

  e = evaluation_alloc (indicators, scheme, scheme_version);
  n = scheme->criteria->len;
  best = category_bests (indicators, scheme);
  if (held != NULL && scheme->downgrade_after > 1)
    e->held = g_memdup2 (held, sizeof *held * MAX (e->n_suppliers, 1));
  for (guint i = 0; i < e->n_suppliers; i++)
    {
      const TiersSupplierIndicators *s = indicators->suppliers->pdata[i];

      tiers_grade_supplier (scheme, s, &best[(gsize) s->category_index * n],
                            previous ? previous[i] : NAN, &e->suppliers[i]);
      if (e->held != NULL)
        tiers_hold_grade (scheme, &e->held[i], &e->suppliers[i]);
    }
  return e;
}

TiersEvaluation *
tiers_evaluation_new (TiersIndicatorSet *indicators,
                      const TiersScheme *scheme,
                      gint64             scheme_version,
                      const double      *previous)
{
  return tiers_evaluation_new_held (indicators, scheme, scheme_version, previous, NULL);
}

void
tiers_evaluation_free (TiersEvaluation *evaluation)
{
  if (evaluation == NULL)
    return;
  tiers_scheme_free (evaluation->scheme);
  tiers_indicator_set_unref (evaluation->indicators);
  g_free (evaluation->suppliers);
  g_free (evaluation->criteria);
  g_free (evaluation->held);
  g_free (evaluation);
}

const TiersSupplierResult *
tiers_evaluation_find (const TiersEvaluation *evaluation,
                       const char            *code)
{
  guint i;

  g_return_val_if_fail (evaluation != NULL && code != NULL, NULL);

  if (!tiers_indicator_set_find (evaluation->indicators, code, &i))
    return NULL;
  return &evaluation->suppliers[i];
}

double *
tiers_evaluation_scores_for (const TiersEvaluation   *evaluation,
                             const TiersIndicatorSet *set)
{
  double *scores = g_new (double, MAX (set->suppliers->len, 1));

  for (guint i = 0; i < set->suppliers->len; i++)
    {
      const TiersSupplierIndicators *s = set->suppliers->pdata[i];
      const TiersSupplierResult *r = evaluation ? tiers_evaluation_find (evaluation, s->code)
                                                : NULL;

      scores[i] = r != NULL && r->graded ? r->score : NAN;
    }
  return scores;
}

/* What grading a period needs besides its indicators and scheme: the previous period's
 * score each supplier's was blended with (docs/grading.md, "Total and grade"). Grading is exact
 * and repeatable, so the results are graded again from these when read, bit for bit the
 * same, and the stored form is a tenth of writing them out: a first evaluation of 10,000
 * suppliers writes 90 KB here rather than 900 KB. */
GBytes *
tiers_evaluation_serialize_results (const TiersEvaluation *e)
{
  gboolean holds;
  TiersBlobWriter w;

  g_return_val_if_fail (e != NULL, NULL);

  holds = e->scheme->downgrade_after > 1;
  tiers_blob_writer_init (&w);
  tiers_blob_put_uint (&w, holds ? RESULTS_FORMAT_HELD : RESULTS_FORMAT);
  tiers_blob_put_uint (&w, e->n_suppliers);
  tiers_blob_put_uint (&w, e->scheme->criteria->len);
  for (guint i = 0; i < e->n_suppliers; i++)
    {
      tiers_blob_put_uint (&w, e->suppliers[i].has_previous);
      if (e->suppliers[i].has_previous)
        tiers_blob_put_double (&w, e->suppliers[i].previous);
      if (holds)
        {
          tiers_blob_put_uint (&w, e->held ? e->held[i].grade : TIERS_GRADE_NONE);
          tiers_blob_put_uint (&w, e->held ? e->held[i].periods_below : 0);
        }
    }
  return tiers_blob_writer_finish (&w);
}

/* An evaluation stored by an earlier version in full (format 2), per supplier: flags and
 * grade; raw, score and the weight sum of the valued criteria when graded; the previous
 * score when blended; the score of each criterion that has a value. */
static void
read_result (TiersBlobReader     *reader,
             const TiersScheme   *scheme,
             TiersSupplierResult *r)
{
  guint64 flags = tiers_blob_get_uint (reader);
  guint64 grade = flags >> 3;

  r->graded = (flags & 1) != 0;
  r->provisional = (flags & 2) != 0;
  r->has_previous = (flags & 4) != 0;
  r->grade = grade <= TIERS_GRADE_D ? (TiersGrade) grade : TIERS_GRADE_NONE;
  reader->failed |= grade > TIERS_GRADE_D;
  r->raw = r->graded ? tiers_blob_get_double (reader) : 0;
  r->score = r->graded ? tiers_blob_get_double (reader) : 0;
  r->weight_sum = r->graded ? tiers_blob_get_double (reader) : 0;
  r->previous = r->has_previous ? tiers_blob_get_double (reader) : 0;
  for (guint c = 0; c < scheme->criteria->len; c++)
    {
      TiersCriterionResult *cr = &r->criteria[c];
      const TiersCriterion *criterion = scheme->criteria->pdata[c];

      cr->indicator = *tiers_supplier_indicators_get (r->supplier, criterion);
      cr->score = cr->indicator.has_value ? tiers_blob_get_double (reader) : 0;
      tiers_criterion_result_share (cr, criterion, r->graded ? r->weight_sum : 0);
    }
}

static TiersEvaluation *
read_full_results (TiersBlobReader   *reader,
                   TiersIndicatorSet *indicators,
                   const TiersScheme *scheme,
                   gint64             scheme_version)
{
  TiersEvaluation *e = evaluation_alloc (indicators, scheme, scheme_version);

  for (guint i = 0; i < e->n_suppliers && !reader->failed; i++)
    read_result (reader, scheme, &e->suppliers[i]);
  return e;
}

/* A held grade as stored: damage when it is no grade at all. */
static void
get_held (TiersBlobReader *reader,
          TiersHeldGrade  *held)
{
  guint64 grade = tiers_blob_get_uint (reader);
  guint64 below = tiers_blob_get_uint (reader);

  reader->failed |= grade > TIERS_GRADE_D || below > G_MAXUINT;
  held->grade = grade <= TIERS_GRADE_D ? (TiersGrade) grade : TIERS_GRADE_NONE;
  held->periods_below = (guint) MIN (below, G_MAXUINT);
}

static TiersEvaluation *
regrade_results (TiersBlobReader   *reader,
                 gboolean           with_held,
                 TiersIndicatorSet *indicators,
                 const TiersScheme *scheme,
                 gint64             scheme_version)
{
  guint n = indicators->suppliers->len;
  g_autofree double *previous = g_new (double, MAX (n, 1));
  g_autofree TiersHeldGrade *held = with_held ? g_new0 (TiersHeldGrade, MAX (n, 1)) : NULL;

  for (guint i = 0; i < n && !reader->failed; i++)
    {
      previous[i] = tiers_blob_get_uint (reader) ? tiers_blob_get_double (reader) : NAN;
      if (with_held)
        get_held (reader, &held[i]);
    }
  if (reader->failed)
    return NULL;
  return tiers_evaluation_new_held (indicators, scheme, scheme_version, previous, held);
}

TiersEvaluation *
tiers_evaluation_deserialize_results (TiersIndicatorSet *indicators,
                                      const TiersScheme *scheme,
                                      gint64             scheme_version,
                                      GBytes            *bytes,
                                      GError           **error)
{
  g_autoptr(TiersEvaluation) e = NULL;
  TiersBlobReader reader;
  gsize length;
  const void *data = g_bytes_get_data (bytes, &length);
  guint64 format;

  tiers_blob_reader_init (&reader, data, length);
  format = tiers_blob_get_uint (&reader);
  if ((format < RESULTS_FORMAT_FULL || format > RESULTS_FORMAT_HELD) ||
      tiers_blob_get_uint (&reader) != indicators->suppliers->len ||
      tiers_blob_get_uint (&reader) != scheme->criteria->len)
    reader.failed = TRUE;
  else if (format != RESULTS_FORMAT_FULL)
    e = regrade_results (&reader, format == RESULTS_FORMAT_HELD, indicators, scheme,
                         scheme_version);
  else
    e = read_full_results (&reader, indicators, scheme, scheme_version);
  if (e == NULL || !tiers_blob_reader_done (&reader))
    {
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_DATABASE,
                   _("The stored evaluation is damaged; evaluate the period again"));
      return NULL;
    }
  return g_steal_pointer (&e);
}

/* Per supplier: code, flags (SCORE_GRADED, SCORE_HELD), the score when graded, and with
 * DowngradeAfter the grade held and its periods below. A scheme without DowngradeAfter writes
 * flags 0 or 1 only, as before it existed. */
GBytes *
tiers_evaluation_serialize_scores (const TiersEvaluation *e)
{
  gboolean holds;
  TiersBlobWriter w;

  g_return_val_if_fail (e != NULL, NULL);

  holds = e->scheme->downgrade_after > 1;
  tiers_blob_writer_init (&w);
  tiers_blob_put_uint (&w, e->n_suppliers);
  for (guint i = 0; i < e->n_suppliers; i++)
    {
      const TiersSupplierResult *r = &e->suppliers[i];

      tiers_blob_put_string (&w, r->supplier->code);
      tiers_blob_put_uint (&w, r->graded ? SCORE_GRADED | (holds ? SCORE_HELD : 0) : 0);
      if (!r->graded)
        continue;
      tiers_blob_put_double (&w, r->score);
      if (holds)
        {
          tiers_blob_put_uint (&w, r->grade);
          tiers_blob_put_uint (&w, r->periods_below);
        }
    }
  return tiers_blob_writer_finish (&w);
}

/* Both lists are sorted by code in byte order: one merge pass aligns them. SCORES and HELD
 * (either may be NULL) are filled for the set's suppliers; SCHEME grades a score stored
 * without a held grade. */
static gboolean
align_scores (GBytes                  *stored,
              const TiersIndicatorSet *set,
              const TiersScheme       *scheme,
              double                  *scores,
              TiersHeldGrade          *held,
              GError                 **error)
{
  TiersBlobReader r;
  gsize length;
  const void *data = g_bytes_get_data (stored, &length);
  guint64 n;
  guint at = 0;

  for (guint i = 0; i < set->suppliers->len; i++)
    {
      if (scores != NULL)
        scores[i] = NAN;
      if (held != NULL)
        held[i] = (TiersHeldGrade) { TIERS_GRADE_NONE, 0 };
    }
  tiers_blob_reader_init (&r, data, length);
  n = tiers_blob_get_uint (&r);
  for (guint64 k = 0; k < n && !r.failed; k++)
    {
      g_autofree char *code = tiers_blob_get_string (&r);
      guint64 flags = tiers_blob_get_uint (&r);
      double score = flags & SCORE_GRADED ? tiers_blob_get_double (&r) : NAN;
      TiersHeldGrade h = { TIERS_GRADE_NONE, 0 };

      r.failed |= flags > (SCORE_GRADED | SCORE_HELD) || flags == SCORE_HELD;
      if (flags & SCORE_HELD)
        get_held (&r, &h);
      else if (flags & SCORE_GRADED && scheme != NULL)
        h.grade = tiers_grade_for_score (scheme, score);
      while (at < set->suppliers->len &&
             strcmp (((TiersSupplierIndicators *) set->suppliers->pdata[at])->code, code) < 0)
        at++;
      if (at < set->suppliers->len &&
          strcmp (((TiersSupplierIndicators *) set->suppliers->pdata[at])->code, code) == 0)
        {
          if (scores != NULL)
            scores[at] = score;
          if (held != NULL)
            held[at] = h;
        }
    }
  if (!tiers_blob_reader_done (&r))
    {
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_DATABASE,
                   _("The stored evaluation is damaged; evaluate the period again"));
      return FALSE;
    }
  return TRUE;
}

double *
tiers_scores_align (GBytes                  *scores,
                    const TiersIndicatorSet *set,
                    GError                 **error)
{
  g_autofree double *aligned = g_new (double, MAX (set->suppliers->len, 1));

  if (!align_scores (scores, set, NULL, aligned, NULL, error))
    return NULL;
  return g_steal_pointer (&aligned);
}

TiersHeldGrade *
tiers_scores_align_held (GBytes                  *scores,
                         const TiersIndicatorSet *set,
                         const TiersScheme       *scheme,
                         GError                 **error)
{
  g_autofree TiersHeldGrade *held = g_new (TiersHeldGrade, MAX (set->suppliers->len, 1));

  g_return_val_if_fail (scores != NULL && set != NULL && scheme != NULL, NULL);

  if (!align_scores (scores, set, scheme, NULL, held, error))
    return NULL;
  return g_steal_pointer (&held);
}

/* RFC 4180: quote a field holding a comma, a quote or a line break. */
static char *
put_field (char       *p,
           const char *text)
{
  gsize length;

  if (strpbrk (text, ",\"\r\n") == NULL)
    {
      length = strlen (text);
      memcpy (p, text, length);
      return p + length;
    }
  *p++ = '"';
  for (const char *t = text; *t; t++)
    {
      if (*t == '"')
        *p++ = '"';
      *p++ = *t;
    }
  *p++ = '"';
  return p;
}

/* The value rounded as docs/grading.md ("Total and grade") says, written with two decimals. Works
 * on whole hundredths: printf's "%.2f" would round the binary value a second time, and is slow for
 * 100,000 numbers. At most NUMBER_MAX bytes. */
#define NUMBER_MAX 24

/* "00" to "99": two digits per division, a fifth of a row's time. */
static const char digit_pairs[] =
  "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
  "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
  "8081828384858687888990919293949596979899";

static char *
put_two_decimals (char   *p,
                  double  value)
{
  /* tiers_round2 (v) is round (v x 100) / 100: its hundredths are round (v x 100) itself */
  gint64 cents = (gint64) round (value * 100);
  char buf[NUMBER_MAX];
  char *q = buf + sizeof buf;
  guint64 whole;
  guint hundredths;

  if (cents < 0)
    {
      *p++ = '-';
      cents = -cents;
    }
  whole = (guint64) cents / 100;
  hundredths = (guint) ((guint64) cents % 100);
  if (whole < 10)   /* scores are 0 to 100: up to three digits, written in place */
    *p++ = (char) ('0' + whole);
  else if (whole < 100)
    {
      memcpy (p, &digit_pairs[whole * 2], 2);
      p += 2;
    }
  else if (whole < 1000)
    {
      *p++ = (char) ('0' + whole / 100);
      memcpy (p, &digit_pairs[whole % 100 * 2], 2);
      p += 2;
    }
  else
    {
      for (; whole >= 100; whole /= 100)
        {
          q -= 2;
          memcpy (q, &digit_pairs[whole % 100 * 2], 2);
        }
      if (whole >= 10)
        {
          q -= 2;
          memcpy (q, &digit_pairs[whole * 2], 2);
        }
      else
        *--q = (char) ('0' + whole);
      memcpy (p, q, (gsize) (buf + sizeof buf - q));
      p += buf + sizeof buf - q;
    }
  *p++ = '.';
  memcpy (p, &digit_pairs[hundredths * 2], 2);
  return p + 2;
}

/* The most bytes a supplier's row can take: its code quoted throughout, every number at its
 * longest. Rows are written straight into a buffer that has this room. */
static gsize
row_bound (const TiersEvaluation *e,
           guint                  i)
{
  guint n = e->scheme->criteria->len;

  return 2 * strlen (e->suppliers[i].supplier->code) + 2 + (gsize) (n + 1) * (NUMBER_MAX + 1) +
         8;
}

static char *
put_row (const TiersEvaluation *e,
         guint                  i,
         char                  *p)
{
  const TiersSupplierResult *r = &e->suppliers[i];
  const char *grade = tiers_grade_to_string (r->grade);
  guint n = e->scheme->criteria->len;

  p = put_field (p, r->supplier->code);
  *p++ = ',';
  if (r->graded)
    p = put_two_decimals (p, r->score);
  *p++ = ',';
  if (*grade != '\0')
    *p++ = *grade;
  memcpy (p, r->provisional ? ",1" : ",0", 2);
  p += 2;
  for (guint c = 0; c < n; c++)
    {
      *p++ = ',';
      if (r->criteria[c].indicator.has_value)
        p = put_two_decimals (p, r->criteria[c].score);
    }
  *p++ = '\n';
  return p;
}

static char *
csv_header (const TiersEvaluation *e)
{
  GString *out = g_string_new ("supplier_code,score,grade,provisional");

  for (guint c = 0; c < e->scheme->criteria->len; c++)
    {
      g_string_append_c (out, ',');
      g_string_append (out, ((const TiersCriterion *) e->scheme->criteria->pdata[c])->key);
    }
  g_string_append_c (out, '\n');
  return g_string_free (out, FALSE);
}

char *
tiers_evaluation_to_csv (const TiersEvaluation *e)
{
  g_autofree char *header = csv_header (e);
  gsize length = strlen (header);
  gsize bound = length + 1;
  char *csv, *p;

  for (guint i = 0; i < e->n_suppliers; i++)
    bound += row_bound (e, i);
  /* Only the pages written are ever touched: the bound costs address space, not memory. */
  csv = g_malloc (bound);
  memcpy (csv, header, length);
  p = csv + length;
  for (guint i = 0; i < e->n_suppliers; i++)
    p = put_row (e, i, p);
  *p = '\0';
  return csv;
}

/* Written in blocks through one buffer of CSV_BLOCK bytes: no copy of the whole CSV. */
#define CSV_BLOCK (1 << 16)

gboolean
tiers_evaluation_write_csv (const TiersEvaluation *e,
                            FILE                  *out)
{
  g_autofree char *header = csv_header (e);
  g_autofree char *block = NULL;
  char *p;

  g_return_val_if_fail (e != NULL && out != NULL, FALSE);

  if (fputs (header, out) < 0)
    return FALSE;
  block = g_malloc (CSV_BLOCK);
  p = block;
  for (guint i = 0; i < e->n_suppliers; i++)
    {
      gsize bound = row_bound (e, i);

      if ((gsize) (block + CSV_BLOCK - p) < bound)
        {
          if (fwrite (block, 1, (gsize) (p - block), out) != (gsize) (p - block))
            return FALSE;
          p = block;
          if (bound > CSV_BLOCK)
            {
              g_autofree char *row = g_malloc (bound);
              gsize length = (gsize) (put_row (e, i, row) - row);

              if (fwrite (row, 1, length, out) != length)
                return FALSE;
              continue;
            }
        }
      p = put_row (e, i, p);
    }
  return fwrite (block, 1, (gsize) (p - block), out) == (gsize) (p - block);
}
