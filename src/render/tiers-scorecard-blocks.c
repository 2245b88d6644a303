/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-scorecard-blocks.c: the scorecard's blocks in reading order: masthead, the supplier
 * with its grade, the profile and score history, the criteria, the facts behind the numbers,
 * what changed, the tier's strategy and improvement plan, the communication log, and the
 * supplier's response with the signatures. Optional blocks without data are left out. */
#define G_LOG_DOMAIN "tiers-render"

#include "config.h"

#include "tiers-chart-history.h"
#include "tiers-chart-profile.h"
#include "tiers-i18n.h"
#include "tiers-scorecard-layout-private.h"

#define BADGE_SIZE 58.0
#define RIGHT_COLUMN 200.0
#define CHART_HEIGHT 190.0
#define COLUMN_GAP 14.0

static double
text_height (PangoLayout *text)
{
  PangoRectangle logical;

  pango_layout_get_extents (text, NULL, &logical);
  return (double) logical.height / PANGO_SCALE;
}

/* Places TEXT at X, *Y in WIDTH and moves *Y below it; nothing for NULL. */
static void
stack_text (TiersPageFlow    *flow,
            TiersTextStyle    style,
            const char       *text,
            double            x,
            double           *y,
            double            width,
            double            xalign,
            const TiersColor *color)
{
  g_autoptr(PangoLayout) layout = NULL;

  if (text == NULL)
    return;
  layout = tiers_page_flow_text (flow, style, text, width, xalign, FALSE);
  *y += tiers_page_flow_place (flow, TIERS_SCORECARD_PART_TEXT, layout, x, *y, color);
}

static void
lay_out_masthead (TiersPageFlow                *flow,
                  const TiersScorecardDocument *document)
{
  const TiersRect *area = &flow->layout->printable;
  g_autoptr(PangoLayout) title = NULL;
  g_autoptr(PangoLayout) period = NULL;
  g_autofree char *subline = NULL;
  double y = flow->y;

  stack_text (flow, TIERS_TEXT_STRONG, document->company, area->x, &y, area->width, 0, NULL);
  if (document->company != NULL)
    y += 2;
  title = tiers_page_flow_text (flow, TIERS_TEXT_TITLE, document->title, area->width * 0.62, 0,
                                FALSE);
  period = tiers_page_flow_text (flow, TIERS_TEXT_NAME, document->period_label,
                                 area->width * 0.36, 1.0, FALSE);
  tiers_page_flow_place (flow, TIERS_SCORECARD_PART_TEXT, title, area->x, y, NULL);
  /* The period sits on the title's baseline. */
  tiers_page_flow_place (flow, TIERS_SCORECARD_PART_TEXT, period, area->x + area->width * 0.64,
                         y + (pango_layout_get_baseline (title) - pango_layout_get_baseline (period))
                             / (double) PANGO_SCALE, NULL);
  y += text_height (title) + 2;
  /* Translators: under a scorecard's title, e.g. "Period 2026-Q3 · Generated 2026-12-07" */
  subline = g_strdup_printf (_("Period %s · Generated %s"), document->period, document->generated);
  stack_text (flow, TIERS_TEXT_SMALL, subline, area->x, &y, area->width, 0,
              &flow->palette->text_dim);
  y += 5;
  tiers_page_flow_rule (flow, area->x, area->x + area->width, y, &flow->palette->text, 1.5);
  flow->y = y + 12;
}

static void
lay_out_supplier (TiersPageFlow                *flow,
                  const TiersScorecardDocument *document)
{
  const TiersRect *area = &flow->layout->printable;
  const TiersPalette *palette = flow->palette;
  double left_width = area->width - RIGHT_COLUMN - COLUMN_GAP;
  double right_x = area->x + area->width - RIGHT_COLUMN;
  double figures_x = right_x + BADGE_SIZE + 10;
  double figures_width = RIGHT_COLUMN - BADGE_SIZE - 10;
  double left_y = flow->y, right_y = flow->y, figures_y = flow->y;
  g_autofree char *identity = g_strdup_printf ("%s · %s", document->code, document->category);
  g_autoptr(PangoLayout) letter = NULL;
  TiersRect badge = { right_x, flow->y, BADGE_SIZE, BADGE_SIZE };
  const char *letter_text = tiers_chart_grade_letter (document->grade);

  stack_text (flow, TIERS_TEXT_NAME, document->name, area->x, &left_y, left_width, 0, NULL);
  left_y += 2;
  stack_text (flow, TIERS_TEXT_BODY, identity, area->x, &left_y, left_width, 0, NULL);
  stack_text (flow, TIERS_TEXT_SMALL, document->contact, area->x, &left_y, left_width, 0,
              &palette->text_dim);

  /* The badge: the grade's colour with its letter, never the colour alone. */
  tiers_page_flow_box (flow, &badge, &palette->grade[document->grade], NULL, 0);
  letter = tiers_page_flow_text (flow, TIERS_TEXT_LETTER,
                                 *letter_text != '\0' ? letter_text : "–", BADGE_SIZE, 0.5, TRUE);
  tiers_page_flow_place (flow, TIERS_SCORECARD_PART_TEXT, letter, badge.x,
                         badge.y + (BADGE_SIZE - text_height (letter)) / 2,
                         &palette->on_grade[document->grade]);
  stack_text (flow, TIERS_TEXT_STRONG, document->grade_text, figures_x, &figures_y,
              figures_width, 0, NULL);
  stack_text (flow, TIERS_TEXT_FIGURE, document->score, figures_x, &figures_y, figures_width, 0,
              NULL);
  stack_text (flow, TIERS_TEXT_SMALL, _("Total score out of 100"), figures_x, &figures_y,
              figures_width, 0, &palette->text_dim);
  right_y = MAX (figures_y, badge.y + BADGE_SIZE) + 4;
  stack_text (flow, TIERS_TEXT_SMALL, document->rank, right_x, &right_y, RIGHT_COLUMN, 0,
              &palette->text_dim);
  flow->y = MAX (left_y, right_y) + 8;

  if (document->band != NULL)
    tiers_page_flow_paragraph (flow, TIERS_TEXT_BODY, document->band, NULL);
  if (document->adjusted != NULL)
    tiers_page_flow_paragraph (flow, TIERS_TEXT_STRONG, document->adjusted, NULL);
  if (document->provisional != NULL)
    tiers_page_flow_paragraph (flow, TIERS_TEXT_BODY, document->provisional, &palette->downgrade);
  if (document->remarks != NULL)
    tiers_page_flow_paragraph (flow, TIERS_TEXT_BODY, document->remarks, NULL);
}

static void
lay_out_charts (TiersPageFlow                *flow,
                const TiersScorecardDocument *document)
{
  const TiersRect *area = &flow->layout->printable;
  TiersChartOptions options = { 0, CHART_HEIGHT, FALSE,
                                flow->layout->chinese ? "zh_CN" : "en" };
  double width = document->history != NULL ? (area->width - COLUMN_GAP) / 2 : area->width;
  TiersRect box;

  tiers_page_flow_heading (flow, _("Profile and score history"), CHART_HEIGHT);
  options.width = width;
  box = (TiersRect) { area->x, flow->y, width, CHART_HEIGHT };
  tiers_page_flow_chart (flow, &box, tiers_profile_chart_layout (document->profile, &options,
                                                                 NULL));
  if (document->history != NULL)
    {
      box.x += width + COLUMN_GAP;
      tiers_page_flow_chart (flow, &box, tiers_history_chart_layout (document->history, &options,
                                                                     NULL));
    }
  flow->y += CHART_HEIGHT;
}

static void
lay_out_criteria (TiersPageFlow                *flow,
                  const TiersScorecardDocument *document)
{
  static const TiersColumn columns[] = {
    { 0.36, 0.0 }, { 0.24, 0.0 }, { 0.13, 1.0 }, { 0.13, 1.0 }, { 0.14, 1.0 },
  };
  const char *header[] = { _("Criterion"), _("Value"), _("Score (0–100)"), _("Weight share"),
                           _("Points") };
  const char *total[] = { _("Total of the points"), NULL, NULL, NULL, document->total_points };

  tiers_page_flow_heading (flow, _("How the score is made up"), 50);
  tiers_page_flow_table_begin (flow, columns, G_N_ELEMENTS (columns), header);
  for (guint i = 0; i < document->criteria->len; i++)
    {
      const TiersScorecardCriterion *row = &g_array_index (document->criteria,
                                                           TiersScorecardCriterion, i);
      const char *cells[] = { row->name, row->value, row->score, row->weight, row->points };
      const char *second[] = { row->measures, row->sample, NULL, NULL, NULL };

      tiers_page_flow_table_row (flow, cells, second, FALSE);
    }
  tiers_page_flow_table_row (flow, total, NULL, TRUE);
  tiers_page_flow_table_end (flow);
}

/* Three figures to a row, each its label over its value. */
static void
lay_out_facts (TiersPageFlow                *flow,
               const TiersScorecardDocument *document)
{
  const TiersRect *area = &flow->layout->printable;
  double width = (area->width - 2 * COLUMN_GAP) / 3;

  tiers_page_flow_heading (flow, _("The facts behind the numbers"), 30);
  for (guint i = 0; i < document->facts->len; i += 3)
    {
      g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_object_unref);
      double height = 0;
      guint n = MIN (3, document->facts->len - i);

      for (guint j = 0; j < n; j++)
        {
          const TiersScorecardFact *fact = &g_array_index (document->facts, TiersScorecardFact,
                                                           i + j);
          PangoLayout *label = tiers_page_flow_text (flow, TIERS_TEXT_SMALL, fact->label, width,
                                                     0, FALSE);
          PangoLayout *value = tiers_page_flow_text (flow, TIERS_TEXT_STRONG, fact->value, width,
                                                     0, FALSE);

          g_ptr_array_add (labels, label);
          g_ptr_array_add (values, value);
          height = MAX (height, text_height (label) + 1 + text_height (value));
        }
      tiers_page_flow_need (flow, height);
      for (guint j = 0; j < n; j++)
        {
          double x = area->x + j * (width + COLUMN_GAP);
          double y = flow->y;

          y += tiers_page_flow_place (flow, TIERS_SCORECARD_PART_TEXT,
                                      g_ptr_array_index (labels, j), x, y,
                                      &flow->palette->text_dim);
          tiers_page_flow_place (flow, TIERS_SCORECARD_PART_TEXT, g_ptr_array_index (values, j),
                                 x, y + 1, NULL);
        }
      flow->y += height + 6;
    }
}

static void
lay_out_actions (TiersPageFlow                *flow,
                 const TiersScorecardDocument *document)
{
  if (document->strategy->len > 0)
    {
      tiers_page_flow_heading (flow, _("What your grade means: our strategy"), 20);
      for (guint i = 0; i < document->strategy->len; i++)
        {
          g_autofree char *item = g_strdup_printf ("•  %s",
                                                   (const char *) g_ptr_array_index (document->strategy, i));

          tiers_page_flow_paragraph (flow, TIERS_TEXT_BODY, item, NULL);
          flow->y += 2;
        }
    }
  if (document->plan->len > 0)
    {
      static const TiersColumn columns[] = {
        { 0.32, 0.0 }, { 0.17, 1.0 }, { 0.17, 1.0 }, { 0.14, 0.0 }, { 0.20, 0.0 },
      };
      const char *header[] = { _("Criterion"), _("Baseline"), _("Target"), _("Due"),
                               _("Status") };

      tiers_page_flow_heading (flow, _("Open improvement plan"), 40);
      tiers_page_flow_table_begin (flow, columns, G_N_ELEMENTS (columns), header);
      for (guint i = 0; i < document->plan->len; i++)
        {
          const TiersImprovementTarget *target = &g_array_index (document->plan,
                                                                 TiersImprovementTarget, i);
          const char *cells[] = { target->criterion, target->baseline, target->target,
                                  target->due_period, target->status };

          tiers_page_flow_table_row (flow, cells, NULL, FALSE);
        }
      tiers_page_flow_table_end (flow);
    }
}

static void
lay_out_log (TiersPageFlow                *flow,
             const TiersScorecardDocument *document)
{
  static const TiersColumn columns[] = { { 0.16, 0.0 }, { 0.84, 0.0 } };
  const char *header[] = { _("Date"), _("Communication about this scorecard") };

  if (document->log->len == 0)
    return;
  tiers_page_flow_heading (flow, _("Communication"), 40);
  tiers_page_flow_table_begin (flow, columns, G_N_ELEMENTS (columns), header);
  for (guint i = 0; i < document->log->len; i++)
    {
      const TiersScorecardLogLine *line = &g_array_index (document->log, TiersScorecardLogLine, i);
      const char *cells[] = { line->date, line->text };

      tiers_page_flow_table_row (flow, cells, NULL, line->open);
    }
  tiers_page_flow_table_end (flow);
}

/* A tick box with its text; returns the y below. */
static double
tick_box (TiersPageFlow *flow,
          const char    *text,
          double         x,
          double         y,
          double         width)
{
  g_autoptr(PangoLayout) label = tiers_page_flow_text (flow, TIERS_TEXT_BODY, text, width - 18,
                                                       0, FALSE);
  double height = text_height (label);
  TiersRect box = { x, y + (MIN (height, 14.0) - 9) / 2, 9, 9 };

  tiers_page_flow_box (flow, &box, NULL, &flow->palette->text, 0.8);
  tiers_page_flow_place (flow, TIERS_SCORECARD_PART_TEXT, label, x + 16, y, NULL);
  return y + height;
}

/* Three signature fields side by side: who, then name, signature and date on lines. */
static double
signatures (TiersPageFlow *flow,
            double         y,
            gboolean       measure_only)
{
  const TiersRect *area = &flow->layout->printable;
  const char *who[] = { _("For the supplier"), _("Evaluator"), _("Approver") };
  const char *fields[] = { _("Name"), _("Signature"), _("Date") };
  double width = (area->width - 2 * 2 * COLUMN_GAP) / 3;
  double bottom = y;

  for (guint i = 0; i < G_N_ELEMENTS (who); i++)
    {
      double x = area->x + i * (width + 2 * COLUMN_GAP);
      double column_y = y;
      g_autoptr(PangoLayout) title = tiers_page_flow_text (flow, TIERS_TEXT_STRONG, who[i], width,
                                                           0, FALSE);

      if (!measure_only)
        tiers_page_flow_place (flow, TIERS_SCORECARD_PART_TEXT, title, x, column_y, NULL);
      column_y += text_height (title);
      for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
        {
          g_autoptr(PangoLayout) label = tiers_page_flow_text (flow, TIERS_TEXT_SMALL, fields[f],
                                                               width, 0, TRUE);

          column_y += 22;
          if (!measure_only)
            {
              tiers_page_flow_rule (flow, x, x + width, column_y, &flow->palette->text_dim, 0.6);
              tiers_page_flow_place (flow, TIERS_SCORECARD_PART_TEXT, label, x, column_y + 1.5,
                                     &flow->palette->text_dim);
            }
          column_y += 1.5 + text_height (label);
        }
      bottom = MAX (bottom, column_y);
    }
  return bottom;
}

static void
lay_out_response (TiersPageFlow *flow)
{
  const TiersRect *area = &flow->layout->printable;
  const char *request = _("Please confirm that you received this scorecard, or tell us which "
                          "criterion you dispute and why. We answer every objection in writing.");
  g_autoptr(PangoLayout) request_text = tiers_page_flow_text (flow, TIERS_TEXT_BODY, request,
                                                              area->width, 0, FALSE);
  double lines = 3 * 20.0;
  double height = text_height (request_text) + 8 + 2 * 16 + lines + 16
                  + signatures (flow, 0, TRUE);
  double y;

  /* The response and the signatures stay on one page, under their heading. */
  tiers_page_flow_heading (flow, _("Your response"), height);
  y = flow->y;
  y += tiers_page_flow_place (flow, TIERS_SCORECARD_PART_TEXT, request_text, area->x, y, NULL);
  y += 8;
  y = tick_box (flow, _("We acknowledge this scorecard."), area->x, y, area->width) + 6;
  y = tick_box (flow, _("We object to the criterion named below, for these reasons:"), area->x,
                y, area->width);
  for (guint i = 0; i < 3; i++)
    {
      y += 20;
      tiers_page_flow_rule (flow, area->x + 16, area->x + area->width, y,
                            &flow->palette->text_dim, 0.6);
    }
  y += 16;
  flow->y = signatures (flow, y, FALSE);
}

void
tiers_scorecard_lay_out_blocks (TiersPageFlow                *flow,
                                const TiersScorecardDocument *document)
{
  lay_out_masthead (flow, document);
  lay_out_supplier (flow, document);
  lay_out_charts (flow, document);
  lay_out_criteria (flow, document);
  lay_out_facts (flow, document);
  if (document->change != NULL)
    {
      tiers_page_flow_heading (flow, _("What changed since the previous period"), 14);
      tiers_page_flow_paragraph (flow, TIERS_TEXT_BODY, document->change, NULL);
    }
  lay_out_actions (flow, document);
  lay_out_log (flow, document);
  lay_out_response (flow);
}
