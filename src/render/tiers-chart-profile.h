/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-chart-profile.h: one supplier's score per dimension (quality, price, delivery,
 * service) against the average of its category, as horizontal bars. */
#pragma once

#include "tiers-chart-layout.h"

G_BEGIN_DECLS

typedef struct
{
  char     *label;        /* "Quality", translated */
  gboolean  has_score;
  double    score;        /* 0..100 */
  gboolean  has_average;
  double    average;      /* the category's average, 0..100 */
} TiersProfileDimension;

typedef struct
{
  char              *supplier;
  char              *category;
  char              *period;
  TiersPaletteGrade  grade;        /* colours the supplier's bars */
  GArray            *dimensions;   /* of TiersProfileDimension */
} TiersProfileData;

typedef struct
{
  GArray *bars;        /* of TiersRect per dimension: the supplier's bar (width 0: no score) */
  GArray *averages;    /* of double per dimension: x of the average's marker, or -1 */
} TiersProfileGeometry;

TiersProfileData *tiers_profile_data_new           (const char              *supplier,
                                                    const char              *category,
                                                    const char              *period,
                                                    TiersPaletteGrade        grade);
void              tiers_profile_data_add_dimension (TiersProfileData        *data,
                                                    const char              *label,
                                                    gboolean                 has_score,
                                                    double                   score,
                                                    gboolean                 has_average,
                                                    double                   average);
void              tiers_profile_data_free          (TiersProfileData        *data);
TiersChartLayout *tiers_profile_chart_layout       (const TiersProfileData  *data,
                                                    const TiersChartOptions *options,
                                                    TiersProfileGeometry    *geometry);
void              tiers_profile_geometry_clear     (TiersProfileGeometry    *geometry);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TiersProfileData, tiers_profile_data_free)

G_END_DECLS
