/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-chart-export.c: painting a chart layout into a PNG, SVG or PDF file. */
#define G_LOG_DOMAIN "tiers-render"

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include "tiers-i18n.h"
#include <math.h>

#include "tiers-chart-export.h"
#include "tiers-error.h"

static gboolean
check_status (cairo_status_t status,
              const char    *path,
              GError       **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  g_set_error (error, TIERS_ERROR, TIERS_ERROR_INVALID,
               _("Could not write the chart to “%s”: %s"), path,
               cairo_status_to_string (status));
  return FALSE;
}

static cairo_surface_t *
create_surface (TiersChartFormat format,
                const char      *path,
                double           width,
                double           height)
{
  switch (format)
    {
    case TIERS_CHART_FORMAT_SVG:
      return cairo_svg_surface_create (path, width, height);
    case TIERS_CHART_FORMAT_PDF:
      return cairo_pdf_surface_create (path, width, height);
    case TIERS_CHART_FORMAT_PNG:
    default:
      return cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (width),
                                         (int) ceil (height));
    }
}

gboolean
tiers_chart_layout_export (const TiersChartLayout *layout,
                           TiersChartFormat        format,
                           const char             *path,
                           GError                **error)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;

  g_return_val_if_fail (layout != NULL && path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  surface = create_surface (format, path, layout->canvas.width, layout->canvas.height);
  cr = cairo_create (surface);
  tiers_chart_layout_paint (layout, cr);
  cairo_show_page (cr);
  status = cairo_status (cr);
  cairo_destroy (cr);
  if (status == CAIRO_STATUS_SUCCESS && format == TIERS_CHART_FORMAT_PNG)
    status = cairo_surface_write_to_png (surface, path);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  return check_status (status, path, error);
}
