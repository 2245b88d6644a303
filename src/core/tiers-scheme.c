/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-scheme.c: the grading scheme as a value: names, defaults, copies. Its rules are in
 * tiers-scheme-rules.c, its key file (docs/formats.md, "The grading scheme file") in
 * tiers-scheme-file.c. */
#define G_LOG_DOMAIN "tiers-scheme"

#include "config.h"

#include "tiers-i18n.h"
#include <string.h>

#include "tiers-scheme.h"

static const char *dimension_names[] = { "quality", "price", "delivery", "service", "other" };
static const char *indicator_names[] = {
  "on_time_rate", "days_late", "quantity_accuracy", "pass_rate", "incident_rate",
  "unit_price", "price_index", "service_rating", "response_hours", "manual",
};
static const char *method_names[] = { "linear", "ratio", "bands", "scale" };

G_STATIC_ASSERT (G_N_ELEMENTS (dimension_names) == TIERS_N_DIMENSIONS);
G_STATIC_ASSERT (G_N_ELEMENTS (indicator_names) == TIERS_N_INDICATORS);
G_STATIC_ASSERT (G_N_ELEMENTS (method_names) == TIERS_N_METHODS);

static gboolean
lookup_name (const char  *text,
             const char **names,
             int          n_names,
             int         *value)
{
  for (int i = 0; text != NULL && i < n_names; i++)
    if (strcmp (text, names[i]) == 0)
      {
        *value = i;
        return TRUE;
      }
  return FALSE;
}

const char *
tiers_dimension_to_string (TiersDimension dimension)
{
  g_return_val_if_fail (dimension < TIERS_N_DIMENSIONS, NULL);
  return dimension_names[dimension];
}

gboolean
tiers_dimension_from_string (const char     *text,
                             TiersDimension *dimension)
{
  int v;

  if (!lookup_name (text, dimension_names, TIERS_N_DIMENSIONS, &v))
    return FALSE;
  *dimension = (TiersDimension) v;
  return TRUE;
}

const char *
tiers_dimension_label (TiersDimension dimension)
{
  switch (dimension)
    {
    case TIERS_DIMENSION_QUALITY: return _("Quality");
    case TIERS_DIMENSION_PRICE: return _("Price");
    case TIERS_DIMENSION_DELIVERY: return _("Delivery");
    case TIERS_DIMENSION_SERVICE: return _("Service");
    case TIERS_DIMENSION_OTHER: return _("Other");
    case TIERS_N_DIMENSIONS:
    default: g_return_val_if_reached (NULL);
    }
}

const char *
tiers_indicator_to_string (TiersIndicator indicator)
{
  g_return_val_if_fail (indicator < TIERS_N_INDICATORS, NULL);
  return indicator_names[indicator];
}

gboolean
tiers_indicator_from_string (const char     *text,
                             TiersIndicator *indicator)
{
  int v;

  if (!lookup_name (text, indicator_names, TIERS_N_INDICATORS, &v))
    return FALSE;
  *indicator = (TiersIndicator) v;
  return TRUE;
}

const char *
tiers_indicator_label (TiersIndicator indicator)
{
  switch (indicator)
    {
    case TIERS_INDICATOR_ON_TIME_RATE: return _("On-time rate");
    case TIERS_INDICATOR_DAYS_LATE: return _("Days late");
    case TIERS_INDICATOR_QUANTITY_ACCURACY: return _("Quantity accuracy");
    case TIERS_INDICATOR_PASS_RATE: return _("Pass rate");
    case TIERS_INDICATOR_INCIDENT_RATE: return _("Incident rate");
    case TIERS_INDICATOR_UNIT_PRICE: return _("Unit price");
    case TIERS_INDICATOR_PRICE_INDEX: return _("Price index");
    case TIERS_INDICATOR_SERVICE_RATING: return _("Service rating");
    case TIERS_INDICATOR_RESPONSE_HOURS: return _("Response time");
    case TIERS_INDICATOR_MANUAL: return _("Evaluator rating");
    case TIERS_N_INDICATORS:
    default: g_return_val_if_reached (NULL);
    }
}

gboolean
tiers_indicator_higher_is_better (TiersIndicator indicator)
{
  switch (indicator)
    {
    case TIERS_INDICATOR_DAYS_LATE:
    case TIERS_INDICATOR_INCIDENT_RATE:
    case TIERS_INDICATOR_UNIT_PRICE:
    case TIERS_INDICATOR_PRICE_INDEX:
    case TIERS_INDICATOR_RESPONSE_HOURS:
      return FALSE;
    case TIERS_INDICATOR_ON_TIME_RATE:
    case TIERS_INDICATOR_QUANTITY_ACCURACY:
    case TIERS_INDICATOR_PASS_RATE:
    case TIERS_INDICATOR_SERVICE_RATING:
    case TIERS_INDICATOR_MANUAL:
    case TIERS_N_INDICATORS:
    default:
      return TRUE;
    }
}

const char *
tiers_method_to_string (TiersMethod method)
{
  g_return_val_if_fail (method < TIERS_N_METHODS, NULL);
  return method_names[method];
}

gboolean
tiers_method_from_string (const char  *text,
                          TiersMethod *method)
{
  int v;

  if (!lookup_name (text, method_names, TIERS_N_METHODS, &v))
    return FALSE;
  *method = (TiersMethod) v;
  return TRUE;
}

TiersCriterion *
tiers_criterion_new (const char *key)
{
  TiersCriterion *c = g_new0 (TiersCriterion, 1);

  c->key = g_strdup (key);
  c->name = g_strdup (key);
  c->dimension = TIERS_DIMENSION_OTHER;
  c->indicator = TIERS_INDICATOR_MANUAL;
  c->method = TIERS_METHOD_SCALE;
  c->weight = 0;
  c->bands = g_array_new (FALSE, FALSE, sizeof (TiersBand));
  c->scale = 5;
  return c;
}

TiersCriterion *
tiers_criterion_copy (const TiersCriterion *criterion)
{
  TiersCriterion *c;

  g_return_val_if_fail (criterion != NULL, NULL);

  c = g_memdup2 (criterion, sizeof *c);
  c->key = g_strdup (criterion->key);
  c->name = g_strdup (criterion->name);
  c->name_zh = g_strdup (criterion->name_zh);
  c->bands = g_array_copy (criterion->bands);
  return c;
}

void
tiers_criterion_free (TiersCriterion *criterion)
{
  if (criterion == NULL)
    return;
  g_free (criterion->key);
  g_free (criterion->name);
  g_free (criterion->name_zh);
  g_array_unref (criterion->bands);
  g_free (criterion);
}

/* The Chinese name when the user reads Chinese, else the plain one. */
const char *
tiers_criterion_get_display_name (const TiersCriterion *criterion)
{
  const char * const *langs = g_get_language_names ();
  const char *document = tiers_i18n_document_language ();

  g_return_val_if_fail (criterion != NULL, NULL);

  /* A document in a language of its own (tiers-i18n.h) names criteria in that language. */
  if (document != NULL)
    return criterion->name_zh != NULL && g_str_has_prefix (document, "zh")
           ? criterion->name_zh : criterion->name;
  if (criterion->name_zh != NULL)
    for (int i = 0; langs[i] != NULL; i++)
      {
        if (g_str_has_prefix (langs[i], "zh"))
          return criterion->name_zh;
        if (g_str_has_prefix (langs[i], "en"))
          break;
      }
  return criterion->name;
}

/* The highest rating an evaluator may give for this criterion (docs/formats.md, "Ratings"). */
double
tiers_criterion_rating_max (const TiersCriterion *criterion)
{
  g_return_val_if_fail (criterion != NULL, 10);
  return criterion->method == TIERS_METHOD_SCALE ? criterion->scale : 10;
}

TiersScheme *
tiers_scheme_new (void)
{
  TiersScheme *s = g_new0 (TiersScheme, 1);

  s->name = g_strdup ("Default");
  s->grade_a = 90;
  s->grade_b = 80;
  s->grade_c = 60;
  s->min_receipts = 3;
  s->grace_days = 0;
  s->quantity_tolerance = 0.05;
  s->smoothing = 1;
  s->downgrade_after = 1;
  s->criteria = g_ptr_array_new_with_free_func ((GDestroyNotify) tiers_criterion_free);
  return s;
}

static TiersCriterion *
add_criterion (TiersScheme    *scheme,
               const char     *key,
               const char     *name,
               const char     *name_zh,
               TiersDimension  dimension,
               TiersIndicator  indicator,
               double          weight,
               TiersMethod     method)
{
  TiersCriterion *c = tiers_criterion_new (key);

  g_free (c->name);
  c->name = g_strdup (name);
  c->name_zh = g_strdup (name_zh);
  c->dimension = dimension;
  c->indicator = indicator;
  c->weight = weight;
  c->method = method;
  g_ptr_array_add (scheme->criteria, c);
  return c;
}

static void
set_linear (TiersCriterion *c,
            double          best,
            double          worst)
{
  c->best = best;
  c->worst = worst;
}

/* The scheme a fresh database starts with: what a purchasing department typically weighs,
 * quality and delivery first, price next, service last (see docs/grading.md). */
TiersScheme *
tiers_scheme_new_default (void)
{
  TiersScheme *s = tiers_scheme_new ();
  TiersCriterion *c;
  static const TiersBand incident_bands[] = { { 0, 100 }, { 5, 80 }, { 15, 60 }, { 30, 30 } };

  c = add_criterion (s, "pass_rate", "Pass rate", "来料合格率", TIERS_DIMENSION_QUALITY,
                     TIERS_INDICATOR_PASS_RATE, 25, TIERS_METHOD_LINEAR);
  set_linear (c, 1.0, 0.9);
  c = add_criterion (s, "incidents", "Quality incidents", "质量事故", TIERS_DIMENSION_QUALITY,
                     TIERS_INDICATOR_INCIDENT_RATE, 10, TIERS_METHOD_BANDS);
  g_array_append_vals (c->bands, incident_bands, G_N_ELEMENTS (incident_bands));
  c = add_criterion (s, "on_time", "On-time delivery", "准时交货率", TIERS_DIMENSION_DELIVERY,
                     TIERS_INDICATOR_ON_TIME_RATE, 20, TIERS_METHOD_LINEAR);
  set_linear (c, 1.0, 0.7);
  c = add_criterion (s, "days_late", "Average days late", "平均延迟天数",
                     TIERS_DIMENSION_DELIVERY, TIERS_INDICATOR_DAYS_LATE, 5, TIERS_METHOD_LINEAR);
  set_linear (c, 0, 10);
  c = add_criterion (s, "quantity", "Quantity accuracy", "数量准确率", TIERS_DIMENSION_DELIVERY,
                     TIERS_INDICATOR_QUANTITY_ACCURACY, 10, TIERS_METHOD_LINEAR);
  set_linear (c, 1.0, 0.8);
  c = add_criterion (s, "price", "Price level", "价格水平", TIERS_DIMENSION_PRICE,
                     TIERS_INDICATOR_PRICE_INDEX, 20, TIERS_METHOD_LINEAR);
  set_linear (c, 0.9, 1.15);
  c = add_criterion (s, "service", "Service rating", "服务评价", TIERS_DIMENSION_SERVICE,
                     TIERS_INDICATOR_SERVICE_RATING, 5, TIERS_METHOD_SCALE);
  c->scale = 5;
  c = add_criterion (s, "response", "Response time", "响应时间", TIERS_DIMENSION_SERVICE,
                     TIERS_INDICATOR_RESPONSE_HOURS, 2, TIERS_METHOD_LINEAR);
  set_linear (c, 4, 72);
  c = add_criterion (s, "cooperation", "Cooperation", "合作配合度", TIERS_DIMENSION_SERVICE,
                     TIERS_INDICATOR_MANUAL, 3, TIERS_METHOD_SCALE);
  c->scale = 5;
  return s;
}

TiersScheme *
tiers_scheme_copy (const TiersScheme *scheme)
{
  TiersScheme *s;

  g_return_val_if_fail (scheme != NULL, NULL);

  s = g_memdup2 (scheme, sizeof *s);
  s->name = g_strdup (scheme->name);
  s->criteria = g_ptr_array_new_with_free_func ((GDestroyNotify) tiers_criterion_free);
  for (guint i = 0; i < scheme->criteria->len; i++)
    g_ptr_array_add (s->criteria, tiers_criterion_copy (g_ptr_array_index (scheme->criteria, i)));
  return s;
}

void
tiers_scheme_free (TiersScheme *scheme)
{
  if (scheme == NULL)
    return;
  g_free (scheme->name);
  g_ptr_array_unref (scheme->criteria);
  g_free (scheme);
}

const TiersCriterion *
tiers_scheme_find_criterion (const TiersScheme *scheme,
                             const char        *key)
{
  g_return_val_if_fail (scheme != NULL, NULL);
  g_return_val_if_fail (key != NULL, NULL);

  for (guint i = 0; i < scheme->criteria->len; i++)
    {
      const TiersCriterion *c = g_ptr_array_index (scheme->criteria, i);

      if (strcmp (c->key, key) == 0)
        return c;
    }
  return NULL;
}
