/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-period-label.c: a period as a person reads it, translated. */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include <glib/gi18n.h>

#include "tiers-period-label.h"

char *
tiers_period_label (const TiersPeriod *period)
{
  g_return_val_if_fail (period != NULL, NULL);

  switch (period->kind)
    {
    case TIERS_PERIOD_YEAR:
      /* Translators: a calendar year as a period, e.g. "2026" */
      return g_strdup_printf (_("%d"), period->year);
    case TIERS_PERIOD_HALF:
      return g_strdup_printf (period->index == 1
                              /* Translators: the first half of a year, e.g. "2026 H1" */
                              ? _("%d H1")
                              /* Translators: the second half of a year, e.g. "2026 H2" */
                              : _("%d H2"),
                              period->year);
    case TIERS_PERIOD_QUARTER:
      /* Translators: a quarter of a year, e.g. "2026 Q3": the year, then the quarter */
      return g_strdup_printf (_("%d Q%d"), period->year, period->index);
    case TIERS_PERIOD_MONTH:
      {
        g_autoptr(GDateTime) month = g_date_time_new_utc (period->year, period->index, 1,
                                                          0, 0, 0);

        /* Translators: a month as a period, strftime format, e.g. "July 2026" */
        return g_date_time_format (month, _("%B %Y"));
      }
    default:
      g_return_val_if_reached (NULL);
    }
}
