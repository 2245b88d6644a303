/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-supplier-export.c: saving the Suppliers page's shown rows. The file is replaced
 * through a temporary one, so a failed write leaves the old file as it was. */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include <glib/gi18n.h>

#include "tiers-error.h"
#include "tiers-supplier-export.h"

char *
tiers_supplier_export_default_name (TiersSession *session)
{
  const TiersPeriod *period;
  g_autofree char *text = NULL;

  g_return_val_if_fail (TIERS_IS_SESSION (session), NULL);

  period = tiers_session_get_period (session);
  if (period == NULL)
    return g_strdup ("suppliers.csv");
  text = tiers_period_to_string (period);
  /* The file name stays in ASCII whatever the language: it travels by mail and ERP. */
  return g_strdup_printf ("suppliers-%s.csv", text);
}

gboolean
tiers_supplier_export_to_file (TiersSuppliersPage  *page,
                               GFile               *file,
                               GError             **error)
{
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GCancellable) discard = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (TIERS_IS_SUPPLIERS_PAGE (page), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL,
                           &local_error);
  if (stream != NULL &&
      tiers_suppliers_page_write_csv (page, G_OUTPUT_STREAM (stream), &local_error) &&
      g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, &local_error))
    return TRUE;

  if (stream != NULL)
    {
      /* Closing a replacement with a cancelled cancellable drops it. */
      discard = g_cancellable_new ();
      g_cancellable_cancel (discard);
      g_output_stream_close (G_OUTPUT_STREAM (stream), discard, NULL);
    }
  name = g_file_get_parse_name (file);
  g_set_error (error, TIERS_ERROR, TIERS_ERROR_INVALID,
               _("Cannot save “%s”: %s. Choose another folder or free some space, then "
                 "export again."), name, local_error->message);
  return FALSE;
}
