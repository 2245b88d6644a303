/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-cli-chart-draw.h: what `chart` hands the module that draws: the checked request,
 * and the one function the module exports. The drawing (Cairo, Pango, fonts) lives in a
 * module of its own, loaded only by `chart`, so every other command starts without those
 * libraries. */
#pragma once

#include <glib.h>
#include <gmodule.h>

#include "tiers-period.h"
#include "tiers-store.h"

G_BEGIN_DECLS

/* The module's file name in its folder, and the folder's environment override (a build tree
 * sets it: see src/cli/meson.build). */
#define TIERS_CLI_CHART_MODULE "libtiers-chart." G_MODULE_SUFFIX
#define TIERS_CLI_MODULEDIR_ENV "SUPPLIER_TIERS_MODULEDIR"
#define TIERS_CLI_CHART_DRAW_SYMBOL "tiers_cli_chart_draw"

/* The file formats `chart` writes; the module maps them onto the renderer's. */
typedef enum
{
  TIERS_CLI_CHART_PNG,
  TIERS_CLI_CHART_SVG,
  TIERS_CLI_CHART_PDF,
} TiersCliChartFormat;

typedef struct
{
  const char *kind;
  const char *supplier;
  const char *category;
  guint       periods;
  gboolean    dark;
  gboolean    flow;
  const char *language;
  guint       width;
  guint       height;
} TiersChartRequest;

/* Lays out the chart of request for PERIOD from the store's evaluations, current by the one
 * freshness rule (tiers_store_current_evaluation: periods not evaluated with the current
 * scheme from the data as it is now are evaluated first, oldest first), and writes it to
 * path in format. */
typedef gboolean (*TiersCliChartDraw) (TiersStore              *store,
                                       const TiersPeriod       *period,
                                       const TiersChartRequest *request,
                                       TiersCliChartFormat      format,
                                       const char              *path,
                                       GError                 **error);

/* In the module: the evaluations of PERIODS (of TiersPeriod, oldest first; NULL where a
 * period holds no data), current by the one freshness rule, evaluated oldest first. */
GPtrArray *tiers_cli_load_evaluations (TiersStore   *store,
                                       const GArray *periods,
                                       GError      **error);

/* SYMBOL of the drawing module, which is loaded once and stays (the libraries it brings
 * register types that must outlive it); NULL with an error when it is missing. */
gpointer tiers_cli_drawing_symbol (const char  *symbol,
                                   GError     **error);

G_MODULE_EXPORT gboolean tiers_cli_chart_draw (TiersStore              *store,
                                               const TiersPeriod       *period,
                                               const TiersChartRequest *request,
                                               TiersCliChartFormat      format,
                                               const char              *path,
                                               GError                 **error);

G_END_DECLS
