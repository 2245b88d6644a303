/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-supplier-csv.c: the suppliers page's CSV export. Rows are built in one string and
 * written once: 10,000 suppliers are well under a megabyte. */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tiers-supplier-csv.h"
#include "tiers-supplier-record.h"

static const char *const column_titles[TIERS_SUPPLIER_CSV_N_COLUMNS] = {
  NC_("column", "Code"),
  NC_("column", "Name"),
  NC_("column", "Grade"),
  NC_("column", "Score"),
  /* Translators: a column: the score's change against the previous period */
  NC_("column", "Change"),
  NC_("column", "Category"),
  NC_("column", "Provisional"),
  NC_("column", "Receipts"),
  NC_("column", "Spend"),
};

const char *
tiers_supplier_csv_column_title (guint index)
{
  g_return_val_if_fail (index < TIERS_SUPPLIER_CSV_N_COLUMNS, NULL);
  /* In the "column" context: "Receipts" counts deliveries here, not a kind of file. */
  return g_dpgettext2 (GETTEXT_PACKAGE, "column", column_titles[index]);
}

/* RFC 4180: a field holding a comma, a quote or a line break is quoted, quotes doubled. */
static void
append_field (GString    *line,
              const char *value,
              gboolean    last)
{
  if (value[strcspn (value, ",\"\r\n")] != '\0')
    {
      g_string_append_c (line, '"');
      for (const char *p = value; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (line, '"');
          g_string_append_c (line, *p);
        }
      g_string_append_c (line, '"');
    }
  else
    g_string_append (line, value);
  g_string_append (line, last ? "\r\n" : ",");
}

/* Two decimals with '.', whatever the locale. */
static void
append_number (GString *line,
               double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  append_field (line, g_ascii_formatd (buffer, sizeof buffer, "%.2f", value), FALSE);
}

static void
append_record (GString             *text,
               TiersSupplierRecord *record)
{
  g_autofree char *receipts = g_strdup_printf ("%" G_GUINT64_FORMAT,
                                               tiers_supplier_record_get_receipts (record));
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  append_field (text, tiers_supplier_record_get_code (record), FALSE);
  append_field (text, tiers_supplier_record_get_name (record), FALSE);
  if (tiers_supplier_record_get_adjusted_grade (record) != TIERS_GRADE_NONE)
    {
      TiersGrade computed = tiers_supplier_record_get_grade (record);
      /* Translators: a grade a manager adjusted, in the exported list, e.g. "B, adjusted
       * from C" */
      g_autofree char *grade = g_strdup_printf (
        _("%s, adjusted from %s"),
        tiers_grade_to_string (tiers_supplier_record_get_adjusted_grade (record)),
        computed != TIERS_GRADE_NONE ? tiers_grade_to_string (computed) : "–");

      append_field (text, grade, FALSE);
    }
  else
    append_field (text, tiers_grade_to_string (tiers_supplier_record_get_grade (record)),
                  FALSE);
  if (tiers_supplier_record_get_has_score (record))
    append_number (text, tiers_supplier_record_get_score (record));
  else
    append_field (text, "", FALSE);
  if (tiers_supplier_record_get_has_change (record))
    append_field (text, g_ascii_formatd (buffer, sizeof buffer, "%+.2f",
                                         tiers_supplier_record_get_change (record)), FALSE);
  else
    append_field (text, "", FALSE);
  append_field (text, tiers_supplier_record_get_category (record), FALSE);
  append_field (text, tiers_supplier_record_get_provisional (record) ? _("yes") : _("no"), FALSE);
  append_field (text, receipts, FALSE);
  append_field (text, g_ascii_formatd (buffer, sizeof buffer, "%.2f",
                                       tiers_supplier_record_get_spend (record)), TRUE);
}

gboolean
tiers_supplier_csv_write (GListModel     *records,
                          GOutputStream  *stream,
                          GCancellable   *cancellable,
                          GError        **error)
{
  g_autoptr(GString) text = g_string_new ("\xEF\xBB\xBF");
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (records), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  for (guint i = 0; i < TIERS_SUPPLIER_CSV_N_COLUMNS; i++)
    append_field (text, tiers_supplier_csv_column_title (i), i + 1 == TIERS_SUPPLIER_CSV_N_COLUMNS);
  n = g_list_model_get_n_items (records);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TiersSupplierRecord) record = g_list_model_get_item (records, i);

      append_record (text, record);
    }
  return g_output_stream_write_all (stream, text->str, text->len, NULL, cancellable, error);
}
