/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-chart-export.h: a laid-out chart written to a PNG, SVG or PDF file. */
#pragma once

#include "tiers-chart-layout.h"

G_BEGIN_DECLS

typedef enum
{
  TIERS_CHART_FORMAT_PNG,
  TIERS_CHART_FORMAT_SVG,
  TIERS_CHART_FORMAT_PDF,
} TiersChartFormat;

gboolean tiers_chart_layout_export (const TiersChartLayout *layout,
                                    TiersChartFormat        format,
                                    const char             *path,
                                    GError                **error);

G_END_DECLS
