/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-scorecard-document.c: the printed scorecard's content from the facts the window's
 * scorecard shows, every text made in the document's language (tiers-i18n.h). */
#define G_LOG_DOMAIN "tiers-core"

#include "config.h"

#include <math.h>
#include <string.h>

#include "tiers-chart-facts.h"
#include "tiers-error.h"
#include "tiers-i18n.h"
#include "tiers-number.h"
#include "tiers-scorecard-document.h"
#include "tiers-scorecard-text.h"

void
tiers_improvement_target_clear (TiersImprovementTarget *target)
{
  g_clear_pointer (&target->criterion, g_free);
  g_clear_pointer (&target->baseline, g_free);
  g_clear_pointer (&target->target, g_free);
  g_clear_pointer (&target->due_period, g_free);
  g_clear_pointer (&target->status, g_free);
}

static void
clear_criterion (gpointer data)
{
  TiersScorecardCriterion *row = data;

  g_free (row->name);
  g_free (row->measures);
  g_free (row->value);
  g_free (row->sample);
  g_free (row->score);
  g_free (row->weight);
  g_free (row->points);
}

static void
clear_fact (gpointer data)
{
  TiersScorecardFact *fact = data;

  g_free (fact->label);
  g_free (fact->value);
}

static void
clear_log_line (gpointer data)
{
  TiersScorecardLogLine *line = data;

  g_free (line->date);
  g_free (line->text);
}

void
tiers_scorecard_document_free (TiersScorecardDocument *document)
{
  if (document == NULL)
    return;
  g_free (document->language);
  g_free (document->company);
  g_free (document->title);
  g_free (document->period);
  g_free (document->period_label);
  g_free (document->generated);
  g_free (document->code);
  g_free (document->name);
  g_free (document->category);
  g_free (document->contact);
  g_free (document->grade_text);
  g_free (document->score);
  g_free (document->rank);
  g_free (document->band);
  g_free (document->adjusted);
  g_free (document->provisional);
  g_free (document->remarks);
  g_clear_pointer (&document->profile, tiers_profile_data_free);
  g_clear_pointer (&document->history, tiers_history_data_free);
  g_clear_pointer (&document->criteria, g_array_unref);
  g_free (document->total_points);
  g_clear_pointer (&document->facts, g_array_unref);
  g_free (document->change);
  g_clear_pointer (&document->strategy, g_ptr_array_unref);
  g_clear_pointer (&document->plan, g_array_unref);
  g_clear_pointer (&document->log, g_array_unref);
  g_free (document);
}

const char *
tiers_indicator_describe (TiersIndicator indicator)
{
  switch (indicator)
    {
    case TIERS_INDICATOR_ON_TIME_RATE:
      return _("Share of receipts delivered by the promised date");
    case TIERS_INDICATOR_DAYS_LATE:
      return _("Mean days a receipt arrived after the promised date");
    case TIERS_INDICATOR_QUANTITY_ACCURACY:
      return _("Share of receipts with the quantity ordered, within tolerance");
    case TIERS_INDICATOR_PASS_RATE:
      return _("Share of the received quantity that passed inspection");
    case TIERS_INDICATOR_INCIDENT_RATE:
      return _("Quality incidents weighed by severity, per 100 receipts");
    case TIERS_INDICATOR_UNIT_PRICE:
      return _("Mean unit price paid, weighed by quantity");
    case TIERS_INDICATOR_PRICE_INDEX:
      return _("Prices against the median of all suppliers of the same items");
    case TIERS_INDICATOR_SERVICE_RATING:
      return _("Mean rating of our buyers’ service feedback");
    case TIERS_INDICATOR_RESPONSE_HOURS:
      return _("Mean hours to answer a request");
    case TIERS_INDICATOR_MANUAL:
      return _("Mean rating given by our evaluators");
    case TIERS_N_INDICATORS:
    default:
      g_return_val_if_reached ("");
    }
}

static char *
join_contact (const TiersSupplierDetails *details)
{
  const char *parts[4] = { NULL };
  guint n = 0;

  if (details->contact != NULL)
    parts[n++] = details->contact;
  if (details->email != NULL)
    parts[n++] = details->email;
  if (details->phone != NULL)
    parts[n++] = details->phone;
  return n > 0 ? g_strjoinv (" · ", (char **) parts) : NULL;
}

static void
fill_criteria (TiersScorecardDocument    *document,
               const TiersEvaluation     *evaluation,
               const TiersSupplierResult *result)
{
  const GPtrArray *criteria = evaluation->scheme->criteria;

  document->criteria = g_array_sized_new (FALSE, TRUE, sizeof (TiersScorecardCriterion),
                                          criteria->len);
  g_array_set_clear_func (document->criteria, clear_criterion);
  for (guint c = 0; c < criteria->len; c++)
    {
      const TiersCriterion *criterion = g_ptr_array_index (criteria, c);
      const TiersCriterionResult *scored = &result->criteria[c];
      TiersScorecardCriterion row = { 0 };

      row.name = g_strdup (tiers_criterion_get_display_name (criterion));
      row.measures = g_strdup (tiers_indicator_describe (criterion->indicator));
      row.value = tiers_format_indicator_value (criterion, &scored->indicator);
      row.has_value = scored->indicator.has_value;
      if (row.has_value)
        {
          row.sample = tiers_format_sample (criterion, scored->indicator.sample);
          row.score = g_strdup_printf ("%.2f", tiers_round2 (scored->score));
          row.weight = g_strdup_printf ("%.1f %%", scored->weight_share * 100);
          row.points = g_strdup_printf ("%.2f", scored->points);
        }
      else
        {
          row.sample = g_strdup (_("left out of the score"));
          row.score = g_strdup ("–");
          row.weight = g_strdup ("–");
          row.points = g_strdup ("–");
        }
      g_array_append_val (document->criteria, row);
    }
  document->total_points = result->graded ? g_strdup_printf ("%.2f", result->raw) : g_strdup ("–");
}

/* "1,119,326.23": grouped by thousands whatever the locale, as a printed figure a supplier
 * reads across borders. */
static char *
format_amount (double value,
               int    decimals)
{
  g_autofree char *plain = g_strdup_printf ("%.*f", decimals, value);
  const char *digits = plain[0] == '-' ? plain + 1 : plain;
  const char *point = strchr (digits, '.');
  gsize integer = point != NULL ? (gsize) (point - digits) : strlen (digits);
  GString *out = g_string_new (plain[0] == '-' ? "-" : "");

  for (gsize i = 0; i < integer; i++)
    {
      if (i > 0 && (integer - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, digits[i]);
    }
  if (point != NULL)
    g_string_append (out, point);
  return g_string_free (out, FALSE);
}

static void
add_fact (GArray     *facts,
          const char *label,
          char       *value)
{
  TiersScorecardFact fact = { g_strdup (label), value };

  g_array_append_val (facts, fact);
}

static void
fill_facts (TiersScorecardDocument     *document,
            const TiersDeliveryFacts   *facts,
            const TiersSupplierDetails *details)
{
  document->facts = g_array_new (FALSE, TRUE, sizeof (TiersScorecardFact));
  g_array_set_clear_func (document->facts, clear_fact);
  if (facts == NULL)
    {
      add_fact (document->facts, _("Receipts"),
                g_strdup_printf ("%" G_GUINT64_FORMAT, details->receipts));
      add_fact (document->facts, _("Spend in the period"), format_amount (details->spend, 2));
      return;
    }
  add_fact (document->facts, _("Receipts"), g_strdup_printf ("%" G_GUINT64_FORMAT, facts->receipts));
  add_fact (document->facts, _("Late receipts"),
            g_strdup_printf ("%" G_GUINT64_FORMAT, facts->late_receipts));
  /* Translators: the quantity rejected at inspection, of the quantity received */
  {
    g_autofree char *rejected = format_amount (facts->rejected_qty, 0);
    g_autofree char *received = format_amount (facts->received_qty, 0);

    add_fact (document->facts, _("Rejected quantity"),
              g_strdup_printf (_("%s of %s received"), rejected, received));
  }
  /* Translators: quality incidents by severity */
  add_fact (document->facts, _("Incidents"),
            g_strdup_printf (_("%u minor, %u major, %u critical"), facts->incidents[0],
                             facts->incidents[1], facts->incidents[2]));
  add_fact (document->facts, _("Spend in the period"), format_amount (facts->spend, 2));
}

static void
fill_log (TiersScorecardDocument *document,
          const GPtrArray        *log,
          const TiersScheme      *scheme)
{
  document->log = g_array_new (FALSE, TRUE, sizeof (TiersScorecardLogLine));
  g_array_set_clear_func (document->log, clear_log_line);
  for (guint i = 0; log != NULL && i < log->len; i++)
    {
      const TiersCommunication *entry = g_ptr_array_index (log, i);
      const TiersCriterion *criterion = entry->criterion != NULL
        ? tiers_scheme_find_criterion (scheme, entry->criterion) : NULL;
      TiersScorecardLogLine line = { 0 };

      line.date = g_strdup (entry->date);
      line.text = tiers_communication_describe (entry, criterion != NULL
                                                ? tiers_criterion_get_display_name (criterion)
                                                : NULL);
      line.open = tiers_communication_is_open (entry);
      g_array_append_val (document->log, line);
    }
}

static void
fill_grade (TiersScorecardDocument     *document,
            const TiersScorecardSource *source,
            const TiersSupplierResult  *result)
{
  const TiersEvaluation *evaluation = source->evaluation;
  TiersGrade shown = source->adjusted != NULL ? source->adjusted->grade : result->grade;
  guint rank, of;

  document->grade = shown != TIERS_GRADE_NONE || result->graded
    ? tiers_chart_grade_of (shown) : TIERS_CHART_UNGRADED;
  document->grade_text = document->grade == TIERS_CHART_UNGRADED
    ? g_strdup (_("Ungraded"))
    /* Translators: the grade on a scorecard, e.g. "Grade B" */
    : g_strdup_printf (_("Grade %s"), tiers_chart_grade_letter (document->grade));
  document->score = result->graded ? g_strdup_printf ("%.2f", result->score) : g_strdup ("–");
  if (tiers_evaluation_rank_in_category (evaluation, result, &rank, &of))
    document->rank = tiers_format_rank (rank, of, source->details->category);
  if (result->graded)
    document->band = tiers_describe_grade_band (evaluation->scheme, result->grade);
  if (source->adjusted != NULL)
    {
      const TiersOverride *adjusted = source->adjusted;
      g_autofree char *when = g_strndup (adjusted->set_at, 10);

      /* Translators: e.g. "Adjusted to B from C on 2026-12-07: An event outside the
       * supplier’s control. Strike at the port." */
      document->adjusted = g_strdup_printf (_("Adjusted to %s from %s on %s: %s. %s"),
                                            tiers_grade_to_string (adjusted->grade),
                                            result->graded ? tiers_grade_to_string (result->grade)
                                                           : "–",
                                            when, tiers_override_reason_label (adjusted->reason),
                                            adjusted->comment != NULL ? adjusted->comment : "");
      g_strchomp (document->adjusted);
    }
  document->provisional = tiers_describe_provisional (evaluation, result);
  {
    g_autofree char *at_risk = tiers_describe_at_risk (evaluation, result);
    g_autofree char *excluded = tiers_describe_excluded_ratings (evaluation,
                                                                 result->supplier->code);

    if (at_risk != NULL || excluded != NULL)
      document->remarks = g_strjoin (" ", at_risk != NULL ? at_risk : excluded,
                                     at_risk != NULL ? excluded : NULL, NULL);
  }
}

static TiersScorecardDocument *
build (const TiersScorecardSource *source,
       const TiersSupplierResult  *result)
{
  const TiersEvaluation *evaluation = source->evaluation;
  const TiersSupplierDetails *details = source->details;
  g_autoptr(TiersScorecardDocument) document = g_new0 (TiersScorecardDocument, 1);
  g_autoptr(GDateTime) now = source->generated ? g_date_time_ref (source->generated)
                                               : g_date_time_new_now_local ();
  g_autoptr(TiersExplanation) explanation = NULL;
  /* The charts sit under the supplier's name: their titles need only the code. */
  const char *title = details->code;

  document->language = g_strdup (source->language);
  document->company = source->company != NULL && *source->company != '\0'
    ? g_strdup (source->company) : NULL;
  document->title = g_strdup (_("Supplier scorecard"));
  document->period = tiers_period_to_string (&evaluation->period);
  document->period_label = tiers_period_to_label (&evaluation->period);
  document->generated = g_date_time_format (now, "%Y-%m-%d");
  document->code = g_strdup (details->code);
  document->name = g_strdup (details->name);
  document->category = g_strdup (details->category);
  document->contact = join_contact (details);
  fill_grade (document, source, result);
  document->profile = tiers_chart_facts_profile (&evaluation->period, evaluation, details->code,
                                                 title);
  if (source->history_periods != NULL && source->history_grades != NULL)
    document->history = tiers_chart_facts_history (source->history_periods, source->history_grades,
                                                   details->code, title, evaluation->scheme);
  fill_criteria (document, evaluation, result);
  fill_facts (document, source->facts, details);
  explanation = tiers_explanation_new_borrowed (evaluation, source->previous, details->code, NULL);
  document->change = explanation != NULL ? tiers_describe_change (explanation) : NULL;

  document->strategy = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; source->strategy != NULL && i < source->strategy->len; i++)
    g_ptr_array_add (document->strategy, g_strdup (g_ptr_array_index (source->strategy, i)));
  document->plan = g_array_new (FALSE, TRUE, sizeof (TiersImprovementTarget));
  g_array_set_clear_func (document->plan, (GDestroyNotify) tiers_improvement_target_clear);
  for (guint i = 0; source->plan != NULL && i < source->plan->len; i++)
    {
      const TiersImprovementTarget *from = &g_array_index (source->plan, TiersImprovementTarget, i);
      TiersImprovementTarget copy = { g_strdup (from->criterion), g_strdup (from->baseline),
                                      g_strdup (from->target), g_strdup (from->due_period),
                                      g_strdup (from->status) };

      g_array_append_val (document->plan, copy);
    }
  fill_log (document, source->log, evaluation->scheme);
  return g_steal_pointer (&document);
}

TiersScorecardDocument *
tiers_scorecard_document_new (const TiersScorecardSource *source,
                              GError                    **error)
{
  const TiersCatalog *catalog = NULL;
  const TiersSupplierResult *result;
  TiersScorecardDocument *document;

  g_return_val_if_fail (source != NULL && source->evaluation != NULL, NULL);
  g_return_val_if_fail (source->details != NULL, NULL);

  result = tiers_evaluation_find (source->evaluation, source->details->code);
  if (result == NULL)
    {
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_NOT_FOUND,
                   _("The supplier “%s” was not evaluated in this period"), source->details->code);
      return NULL;
    }
  if (source->language != NULL
      && (catalog = tiers_catalog_get (source->language, error)) == NULL)
    return NULL;
  if (catalog != NULL)
    tiers_catalog_push_thread_default (catalog);
  document = build (source, result);
  if (catalog != NULL)
    tiers_catalog_pop_thread_default (catalog);
  return document;
}
