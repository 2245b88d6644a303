/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-supplier-csv.h: a list of suppliers as CSV that Excel and LibreOffice open as they
 * are, Chinese included: UTF-8 with a byte-order mark, CRLF line ends, RFC 4180 quoting, a
 * header row in the user's language, numbers with a '.' decimal mark and no grouping. */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The header names, translated, in the order of TiersSupplierColumn; the suppliers page uses
 * them as its column titles too, so the file says what the screen says. */
#define TIERS_SUPPLIER_CSV_N_COLUMNS 9
const char *tiers_supplier_csv_column_title (guint index);

/* Writes RECORDS (TiersSupplierRecord items, in their order) to STREAM. */
gboolean    tiers_supplier_csv_write        (GListModel     *records,
                                             GOutputStream  *stream,
                                             GCancellable   *cancellable,
                                             GError        **error);

G_END_DECLS
