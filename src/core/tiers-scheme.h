/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-scheme.h: the grading scheme (docs/formats.md, "The grading scheme file"): grade
 * thresholds, the evaluation settings and the weighted criteria, each scoring one indicator by one
 * method. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  TIERS_DIMENSION_QUALITY,
  TIERS_DIMENSION_PRICE,
  TIERS_DIMENSION_DELIVERY,
  TIERS_DIMENSION_SERVICE,
  TIERS_DIMENSION_OTHER,
  TIERS_N_DIMENSIONS
} TiersDimension;

typedef enum
{
  TIERS_INDICATOR_ON_TIME_RATE,
  TIERS_INDICATOR_DAYS_LATE,
  TIERS_INDICATOR_QUANTITY_ACCURACY,
  TIERS_INDICATOR_PASS_RATE,
  TIERS_INDICATOR_INCIDENT_RATE,
  TIERS_INDICATOR_UNIT_PRICE,
  TIERS_INDICATOR_PRICE_INDEX,
  TIERS_INDICATOR_SERVICE_RATING,
  TIERS_INDICATOR_RESPONSE_HOURS,
  TIERS_INDICATOR_MANUAL,
  TIERS_N_INDICATORS
} TiersIndicator;

typedef enum
{
  TIERS_METHOD_LINEAR,
  TIERS_METHOD_RATIO,
  TIERS_METHOD_BANDS,
  TIERS_METHOD_SCALE,
  TIERS_N_METHODS
} TiersMethod;

typedef struct
{
  double threshold;
  double score;
} TiersBand;

typedef struct
{
  char           *key;        /* [a-z0-9_]+, from the group name "Criterion KEY" */
  char           *name;       /* Name= */
  char           *name_zh;    /* Name[zh_CN]=, or NULL */
  TiersDimension  dimension;
  TiersIndicator  indicator;
  double          weight;     /* >= 0, relative */
  TiersMethod     method;
  double          best;       /* linear: the value that scores 100 */
  double          worst;      /* linear: the value that scores 0 */
  GArray         *bands;      /* bands: of TiersBand, in the order written */
  double          scale;      /* scale: Scale=N, default 5 */
} TiersCriterion;

typedef struct
{
  char      *name;
  double     grade_a;
  double     grade_b;
  double     grade_c;
  int        min_receipts;
  int        grace_days;
  double     quantity_tolerance;
  double     smoothing;       /* f in (0,1]; 1 = off */
  int        downgrade_after; /* periods below the held grade before it drops; 1 = off */
  GPtrArray *criteria;        /* of TiersCriterion*, owned, in scheme order */
} TiersScheme;

/* Names as written in scheme files. */
const char     *tiers_dimension_to_string  (TiersDimension dimension);
gboolean        tiers_dimension_from_string (const char    *text,
                                             TiersDimension *dimension);
const char     *tiers_dimension_label      (TiersDimension dimension);  /* translated */
const char     *tiers_indicator_to_string  (TiersIndicator indicator);
gboolean        tiers_indicator_from_string (const char    *text,
                                             TiersIndicator *indicator);
const char     *tiers_indicator_label      (TiersIndicator indicator);  /* translated */
gboolean        tiers_indicator_higher_is_better (TiersIndicator indicator);
const char     *tiers_method_to_string     (TiersMethod    method);
gboolean        tiers_method_from_string   (const char    *text,
                                            TiersMethod   *method);

TiersCriterion *tiers_criterion_new        (const char           *key);
TiersCriterion *tiers_criterion_copy       (const TiersCriterion *criterion);
void            tiers_criterion_free       (TiersCriterion       *criterion);
const char     *tiers_criterion_get_display_name (const TiersCriterion *criterion);
double          tiers_criterion_rating_max (const TiersCriterion *criterion);

TiersScheme    *tiers_scheme_new           (void);
TiersScheme    *tiers_scheme_new_default   (void);
TiersScheme    *tiers_scheme_copy          (const TiersScheme    *scheme);
void            tiers_scheme_free          (TiersScheme          *scheme);
gboolean        tiers_scheme_validate      (const TiersScheme    *scheme,
                                            GError              **error);
TiersScheme    *tiers_scheme_load_from_data (const char          *data,
                                             gssize               length,
                                             GError             **error);
TiersScheme    *tiers_scheme_load_from_file (const char          *path,
                                             GError             **error);
char           *tiers_scheme_to_data       (const TiersScheme    *scheme);
gboolean        tiers_scheme_equal         (const TiersScheme    *a,
                                            const TiersScheme    *b);
const TiersCriterion *tiers_scheme_find_criterion (const TiersScheme *scheme,
                                                   const char        *key);
/* What changed from before to after, as "[Group] Key: old → new; [Criterion x] added; …";
 * before NULL gives "first version". (tiers-scheme-diff.c) */
char           *tiers_scheme_describe_changes (const TiersScheme *before,
                                               const TiersScheme *after);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TiersCriterion, tiers_criterion_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TiersScheme, tiers_scheme_free)

G_END_DECLS
