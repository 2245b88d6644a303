/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-scorecard-pdf.c: one PDF of many scorecards through a cairo PDF surface. */
#define G_LOG_DOMAIN "tiers-render"

#include "config.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <glib/gstdio.h>

#include "tiers-error.h"
#include "tiers-i18n.h"
#include "tiers-scorecard-pdf.h"

struct _TiersScorecardPdf
{
  char            *path;
  char            *partial;
  TiersPageFormat  format;
  cairo_surface_t *surface;
  cairo_t         *cr;
  guint            pages;
};

static gboolean
check_status (TiersScorecardPdf  *pdf,
              cairo_status_t      status,
              GError            **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  g_set_error (error, TIERS_ERROR, TIERS_ERROR_INVALID, _("Cannot write %s: %s"), pdf->path,
               cairo_status_to_string (status));
  return FALSE;
}

TiersScorecardPdf *
tiers_scorecard_pdf_new (const char             *path,
                         const TiersPageFormat  *format,
                         GError                **error)
{
  g_autoptr(TiersScorecardPdf) pdf = g_new0 (TiersScorecardPdf, 1);

  g_return_val_if_fail (path != NULL && format != NULL, NULL);

  pdf->path = g_strdup (path);
  pdf->partial = g_strconcat (path, ".part", NULL);
  pdf->format = *format;
  pdf->surface = cairo_pdf_surface_create (pdf->partial, format->width, format->height);
  if (!check_status (pdf, cairo_surface_status (pdf->surface), error))
    return NULL;
  cairo_pdf_surface_set_metadata (pdf->surface, CAIRO_PDF_METADATA_CREATOR, "Supplier Tiers");
  pdf->cr = cairo_create (pdf->surface);
  return g_steal_pointer (&pdf);
}

gboolean
tiers_scorecard_pdf_add (TiersScorecardPdf            *pdf,
                         const TiersScorecardDocument *document,
                         GError                      **error)
{
  g_autoptr(TiersScorecardLayout) layout = NULL;

  g_return_val_if_fail (pdf != NULL && pdf->cr != NULL && document != NULL, FALSE);

  layout = tiers_scorecard_layout_new (document, &pdf->format);
  if (pdf->pages == 0)
    cairo_pdf_surface_set_metadata (pdf->surface, CAIRO_PDF_METADATA_TITLE, document->title);
  for (guint i = 0; i < tiers_scorecard_layout_n_pages (layout); i++)
    {
      tiers_scorecard_layout_paint_page (layout, i, pdf->cr);
      cairo_show_page (pdf->cr);
      pdf->pages++;
    }
  return check_status (pdf, cairo_status (pdf->cr), error);
}

guint
tiers_scorecard_pdf_n_pages (const TiersScorecardPdf *pdf)
{
  g_return_val_if_fail (pdf != NULL, 0);
  return pdf->pages;
}

gboolean
tiers_scorecard_pdf_close (TiersScorecardPdf  *pdf,
                           GError            **error)
{
  cairo_status_t status;

  g_return_val_if_fail (pdf != NULL && pdf->cr != NULL, FALSE);

  g_clear_pointer (&pdf->cr, cairo_destroy);
  cairo_surface_finish (pdf->surface);
  status = cairo_surface_status (pdf->surface);
  g_clear_pointer (&pdf->surface, cairo_surface_destroy);
  if (!check_status (pdf, status, error))
    return FALSE;
  if (g_rename (pdf->partial, pdf->path) != 0)
    {
      int saved = errno;

      g_set_error (error, TIERS_ERROR, TIERS_ERROR_INVALID, _("Cannot write %s: %s"), pdf->path,
                   g_strerror (saved));
      return FALSE;
    }
  g_clear_pointer (&pdf->partial, g_free);
  return TRUE;
}

void
tiers_scorecard_pdf_free (TiersScorecardPdf *pdf)
{
  if (pdf == NULL)
    return;
  g_clear_pointer (&pdf->cr, cairo_destroy);
  if (pdf->surface != NULL)
    {
      cairo_surface_finish (pdf->surface);
      cairo_surface_destroy (pdf->surface);
    }
  if (pdf->partial != NULL)
    g_unlink (pdf->partial);
  g_free (pdf->partial);
  g_free (pdf->path);
  g_free (pdf);
}

gboolean
tiers_scorecard_pdf_write_set (const char              *path,
                               const TiersPageFormat   *format,
                               const TiersScorecardSet *set,
                               const GPtrArray         *codes,
                               TiersScorecardProgress   progress,
                               gpointer                 user_data,
                               GCancellable            *cancellable,
                               guint                   *n_pages,
                               GError                 **error)
{
  g_autoptr(TiersScorecardPdf) pdf = NULL;

  g_return_val_if_fail (path != NULL && set != NULL && codes != NULL, FALSE);

  if ((pdf = tiers_scorecard_pdf_new (path, format, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < codes->len; i++)
    {
      g_autoptr(TiersScorecardDocument) document = NULL;

      if (g_cancellable_is_cancelled (cancellable))
        {
          g_set_error_literal (error, TIERS_ERROR, TIERS_ERROR_CANCELLED,
                               _("Cancelled: no scorecards were written"));
          return FALSE;
        }
      document = tiers_scorecard_set_document (set, g_ptr_array_index (codes, i), error);
      if (document == NULL || !tiers_scorecard_pdf_add (pdf, document, error))
        return FALSE;
      if (progress != NULL)
        progress (i + 1, codes->len, user_data);
    }
  if (n_pages != NULL)
    *n_pages = pdf->pages;
  return tiers_scorecard_pdf_close (pdf, error);
}
