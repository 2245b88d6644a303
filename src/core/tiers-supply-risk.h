/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-supply-risk.h: how much a category depends on few suppliers in one period
 * (docs/grading.md, "Supply risk"): each supplier's share of the category's spend, the
 * Herfindahl-Hirschman index and its band, single sources, and the suppliers with a large
 * share that are graded C or D or whose score fell. Pure: the spend comes from the
 * suppliers' details, the grades from the evaluations and the review's adjustments. */
#pragma once

#include <glib.h>

#include "tiers-evaluation.h"
#include "tiers-supplier-details.h"

G_BEGIN_DECLS

/* HHI below this is low, from it up to TIERS_RISK_HIGH_ABOVE (both included) moderate,
 * above that high. */
#define TIERS_RISK_MODERATE_FROM      1500.0
#define TIERS_RISK_HIGH_ABOVE         2500.0
/* A supplier with a larger share of its category's spend than this may be flagged. */
#define TIERS_RISK_DEFAULT_THRESHOLD  0.30

typedef enum
{
  TIERS_RISK_LOW,
  TIERS_RISK_MODERATE,
  TIERS_RISK_HIGH,
} TiersRiskBand;

typedef struct
{
  char       *code;
  char       *name;
  double      spend;        /* sum of unit_price x received_qty over the period's receipts */
  double      share;        /* of the category's spend, 0..1 */
  TiersGrade  grade;        /* the grade shown: a manager's adjustment where there is one;
                             * TIERS_GRADE_NONE when ungraded or not evaluated */
  gboolean    has_score;
  double      score;
  gboolean    score_fell;   /* graded in both periods, a lower score now */
  gboolean    flagged;
} TiersRiskSupplier;

typedef struct
{
  char          *category;
  double         spend;
  GArray        *suppliers;       /* of TiersRiskSupplier with spend, largest first, then by
                                   * code in byte order: the top supplier is the first */
  double         hhi;             /* 0..10,000 */
  TiersRiskBand  band;
  gboolean       single_source;   /* one supplier with spend */
  guint          n_flagged;
} TiersCategoryRisk;

typedef struct
{
  double     threshold;
  GPtrArray *categories;          /* of TiersCategoryRisk with spend, by category in byte
                                   * order */
} TiersSupplyRisk;

/* HHI = sum over the shares (fractions 0..1) of (100 x share)^2. */
double              tiers_risk_hhi               (const double    *shares,
                                                  guint            n_shares);
TiersRiskBand       tiers_risk_band_of           (double           hhi);
/* "low", "moderate", "high": the command line's words. */
const char         *tiers_risk_band_to_string    (TiersRiskBand    band);
/* The same for a person, translated. */
const char         *tiers_risk_band_label        (TiersRiskBand    band);
/* A share above THRESHOLD with a C or D grade, or with a score that fell. */
gboolean            tiers_risk_is_flagged        (double           share,
                                                  double           threshold,
                                                  TiersGrade       grade,
                                                  gboolean         score_fell);
/* Whether THRESHOLD can be one (a fraction 0..1). */
gboolean            tiers_risk_threshold_valid   (double           threshold);

/* The supply risk of PERIOD from DETAILS (of TiersSupplierDetails, tiers-supplier-details.h).
 * CURRENT is the period's evaluation, PREVIOUS the previous period's of the same kind (either
 * may be NULL: not evaluated); ADJUSTED (supplier code -> TiersOverride, may be NULL) the
 * grades a manager set in the period's review. */
TiersSupplyRisk    *tiers_supply_risk_new        (const TiersPeriod     *period,
                                                  const TiersEvaluation *current,
                                                  const TiersEvaluation *previous,
                                                  const GPtrArray       *details,
                                                  GHashTable            *adjusted,
                                                  double                 threshold);
void                tiers_supply_risk_free       (TiersSupplyRisk       *risk);
/* The category's risk, or NULL when it had no spend. */
const TiersCategoryRisk *tiers_supply_risk_find  (const TiersSupplyRisk *risk,
                                                  const char            *category);
/* The categories from the highest HHI down (then by name): the order a manager reads them
 * in; borrowed from RISK. */
GPtrArray          *tiers_supply_risk_by_concern (const TiersSupplyRisk *risk);
const TiersRiskSupplier *tiers_category_risk_top (const TiersCategoryRisk *category);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TiersSupplyRisk, tiers_supply_risk_free)

G_END_DECLS
