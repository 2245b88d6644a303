/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-scorecard-layout.c: pages, the flow that fills them top to bottom (paragraphs split
 * by lines, tables continued under their header), the footer with page numbers, and
 * painting. The blocks of the document are in tiers-scorecard-blocks.c. */
#define G_LOG_DOMAIN "tiers-render"

#include "config.h"

#include <pango/pangocairo.h>

#include "tiers-i18n.h"
#include "tiers-scorecard-layout-private.h"

#define LATIN_FAMILIES "Cantarell, Noto Sans, DejaVu Sans, Noto Sans CJK SC, sans-serif"
#define CHINESE_FAMILIES "Noto Sans CJK SC, Cantarell, Noto Sans, DejaVu Sans, sans-serif"
#define FOOTER_GAP 10.0

void
tiers_page_format_init (TiersPageFormat *format,
                        TiersPaper       paper)
{
  g_return_if_fail (format != NULL);

  if (paper == TIERS_PAPER_LETTER)
    *format = (TiersPageFormat) { 612.0, 792.0, 0, 0, 0, 0 };
  else
    *format = (TiersPageFormat) { 595.276, 841.89, 0, 0, 0, 0 };
  /* 18 mm all round: inside what every office printer reaches. */
  format->margin_top = format->margin_bottom = 51.0;
  format->margin_left = format->margin_right = 51.0;
}

gboolean
tiers_paper_parse (const char *text,
                   TiersPaper *paper)
{
  if (g_ascii_strcasecmp (text, "a4") == 0)
    *paper = TIERS_PAPER_A4;
  else if (g_ascii_strcasecmp (text, "letter") == 0)
    *paper = TIERS_PAPER_LETTER;
  else
    return FALSE;
  return TRUE;
}

static void
clear_element (gpointer data)
{
  TiersScorecardElement *element = data;

  g_clear_object (&element->text);
  g_clear_pointer (&element->chart, tiers_chart_layout_free);
}

static void
page_free (TiersScorecardPage *page)
{
  g_array_unref (page->elements);
  g_free (page);
}

static PangoContext *
create_context (gboolean chinese)
{
  PangoFontMap *font_map = pango_cairo_font_map_get_default ();
  PangoContext *context = pango_font_map_create_context (font_map);
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Unhinted metrics: what is measured here holds on paper and in a PDF alike. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_cairo_context_set_resolution (context, 72.0);
  /* Han characters take their Simplified Chinese shapes only when the language says so. */
  pango_context_set_language (context, pango_language_from_string (chinese ? "zh-cn" : "en"));
  return context;
}

void
tiers_page_flow_new_page (TiersPageFlow *flow)
{
  TiersScorecardPage *page = g_new0 (TiersScorecardPage, 1);

  page->elements = g_array_new (FALSE, TRUE, sizeof (TiersScorecardElement));
  g_array_set_clear_func (page->elements, clear_element);
  g_ptr_array_add (flow->layout->pages, page);
  flow->page = page;
  flow->y = flow->layout->printable.y;
}

void
tiers_page_flow_init (TiersPageFlow        *flow,
                      TiersScorecardLayout *layout)
{
  g_autoptr(PangoLayout) footer = NULL;
  double footer_height;

  *flow = (TiersPageFlow) { 0 };
  flow->layout = layout;
  flow->palette = tiers_palette_get (FALSE);
  footer = tiers_page_flow_text (flow, TIERS_TEXT_SMALL, "Ag", -1, 0, TRUE);
  {
    PangoRectangle logical;

    pango_layout_get_extents (footer, NULL, &logical);
    footer_height = (double) logical.height / PANGO_SCALE;
  }
  flow->bottom = layout->printable.y + layout->printable.height - footer_height - FOOTER_GAP;
  tiers_page_flow_new_page (flow);
}

void
tiers_page_flow_need (TiersPageFlow *flow,
                      double         height)
{
  if (flow->y + height > flow->bottom && flow->y > flow->layout->printable.y)
    tiers_page_flow_new_page (flow);
}

PangoLayout *
tiers_page_flow_text (TiersPageFlow  *flow,
                      TiersTextStyle  style,
                      const char     *text,
                      double          width,
                      double          xalign,
                      gboolean        one_line)
{
  PangoLayout *layout = pango_layout_new (flow->layout->context);
  g_autoptr(PangoFontDescription) font = NULL;
  double size = 9.5;

  font = pango_font_description_from_string (flow->layout->chinese ? CHINESE_FAMILIES
                                                                   : LATIN_FAMILIES);
  switch (style)
    {
    case TIERS_TEXT_TITLE:
      size = 18;
      pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
      break;
    case TIERS_TEXT_NAME:
      size = 14;
      pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
      break;
    case TIERS_TEXT_HEADING:
      size = 11.5;
      pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
      break;
    case TIERS_TEXT_STRONG:
      pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
      break;
    case TIERS_TEXT_SMALL:
      size = 8;
      break;
    case TIERS_TEXT_FIGURE:
      size = 22;
      pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
      break;
    case TIERS_TEXT_LETTER:
      size = 30;
      pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
      break;
    case TIERS_TEXT_BODY:
    default:
      break;
    }
  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_alignment (layout, xalign > 0.75 ? PANGO_ALIGN_RIGHT
                                          : xalign > 0.25 ? PANGO_ALIGN_CENTER
                                          : PANGO_ALIGN_LEFT);
      if (one_line)
        pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      else
        pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  if (one_line)
    pango_layout_set_single_paragraph_mode (layout, TRUE);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static TiersScorecardElement *
add_element (TiersPageFlow      *flow,
             TiersScorecardPart  part)
{
  TiersScorecardElement element = { 0 };

  element.part = part;
  g_array_append_val (flow->page->elements, element);
  return &g_array_index (flow->page->elements, TiersScorecardElement,
                         flow->page->elements->len - 1);
}

double
tiers_page_flow_place (TiersPageFlow      *flow,
                       TiersScorecardPart  part,
                       PangoLayout        *text,
                       double              x,
                       double              y,
                       const TiersColor   *color)
{
  TiersScorecardElement *element = add_element (flow, part);
  PangoRectangle logical;

  pango_layout_get_extents (text, NULL, &logical);
  element->text = g_object_ref (text);
  element->x = x;
  element->y = y;
  element->box = (TiersRect) { x + (double) logical.x / PANGO_SCALE,
                               y + (double) logical.y / PANGO_SCALE,
                               (double) logical.width / PANGO_SCALE,
                               (double) logical.height / PANGO_SCALE };
  element->has_fill = TRUE;
  element->fill = color != NULL ? *color : flow->palette->text;
  element->table = part == TIERS_SCORECARD_PART_TABLE_HEADER
                   || part == TIERS_SCORECARD_PART_TABLE_CELL ? flow->tables : 0;
  return (double) (logical.y + logical.height) / PANGO_SCALE;
}

/* A paragraph longer than the room left goes on line by line, each line a text of its own. */
void
tiers_page_flow_paragraph (TiersPageFlow    *flow,
                           TiersTextStyle    style,
                           const char       *text,
                           const TiersColor *color)
{
  const TiersRect *printable = &flow->layout->printable;
  g_autoptr(PangoLayout) whole = tiers_page_flow_text (flow, style, text, printable->width, 0,
                                                       FALSE);
  PangoRectangle logical;
  GSList *lines;

  pango_layout_get_extents (whole, NULL, &logical);
  tiers_page_flow_need (flow, (double) logical.height / PANGO_SCALE);
  if (flow->y + (double) logical.height / PANGO_SCALE <= flow->bottom)
    {
      flow->y += tiers_page_flow_place (flow, TIERS_SCORECARD_PART_TEXT, whole, printable->x,
                                        flow->y, color);
      return;
    }
  lines = pango_layout_get_lines_readonly (whole);
  for (GSList *l = lines; l != NULL; l = l->next)
    {
      PangoLayoutLine *line = l->data;
      g_autofree char *part = g_strndup (text + line->start_index, line->length);
      g_autoptr(PangoLayout) one = tiers_page_flow_text (flow, style, g_strchomp (part),
                                                         printable->width, 0, FALSE);

      pango_layout_get_extents (one, NULL, &logical);
      tiers_page_flow_need (flow, (double) logical.height / PANGO_SCALE);
      flow->y += tiers_page_flow_place (flow, TIERS_SCORECARD_PART_TEXT, one, printable->x,
                                        flow->y, color);
    }
}

void
tiers_page_flow_heading (TiersPageFlow *flow,
                         const char    *text,
                         double         keep_with)
{
  const TiersRect *printable = &flow->layout->printable;
  g_autoptr(PangoLayout) heading = tiers_page_flow_text (flow, TIERS_TEXT_HEADING, text,
                                                         printable->width, 0, FALSE);
  PangoRectangle logical;
  double height;

  pango_layout_get_extents (heading, NULL, &logical);
  height = (double) logical.height / PANGO_SCALE;
  flow->y += TIERS_SECTION_GAP;
  /* A heading never stays alone at the foot of a page. */
  tiers_page_flow_need (flow, height + 4 + keep_with);
  flow->y += tiers_page_flow_place (flow, TIERS_SCORECARD_PART_TEXT, heading, printable->x,
                                    flow->y, NULL);
  tiers_page_flow_rule (flow, printable->x, printable->x + printable->width, flow->y + 1.5,
                        &flow->palette->grid, 0.75);
  flow->y += 5;
}

void
tiers_page_flow_rule (TiersPageFlow    *flow,
                      double            x0,
                      double            x1,
                      double            y,
                      const TiersColor *color,
                      double            width)
{
  TiersScorecardElement *element = add_element (flow, TIERS_SCORECARD_PART_RULE);

  element->box = (TiersRect) { x0, y - width / 2, x1 - x0, width };
  element->has_stroke = TRUE;
  element->stroke = *color;
  element->line_width = width;
}

void
tiers_page_flow_box (TiersPageFlow    *flow,
                     const TiersRect  *box,
                     const TiersColor *fill,
                     const TiersColor *stroke,
                     double            line_width)
{
  TiersScorecardElement *element = add_element (flow, TIERS_SCORECARD_PART_BOX);

  element->box = *box;
  element->has_fill = fill != NULL;
  if (fill != NULL)
    element->fill = *fill;
  element->has_stroke = stroke != NULL;
  if (stroke != NULL)
    element->stroke = *stroke;
  element->line_width = line_width;
}

void
tiers_page_flow_chart (TiersPageFlow    *flow,
                       const TiersRect  *box,
                       TiersChartLayout *chart)
{
  TiersScorecardElement *element = add_element (flow, TIERS_SCORECARD_PART_CHART);

  element->box = *box;
  element->chart = chart;
}

/* --- tables --- */

static void
unref_text (gpointer text)
{
  if (text != NULL)
    g_object_unref (text);
}

static double
cell_height (TiersPageFlow *flow,
             PangoLayout   *main_text,
             PangoLayout   *second)
{
  PangoRectangle logical;
  double height;

  pango_layout_get_extents (main_text, NULL, &logical);
  height = (double) logical.height / PANGO_SCALE;
  if (second != NULL)
    {
      pango_layout_get_extents (second, NULL, &logical);
      height += 1 + (double) logical.height / PANGO_SCALE;
    }
  return height;
}

static void
place_row (TiersPageFlow      *flow,
           TiersScorecardPart  part,
           const char * const *cells,
           const char * const *second_lines,
           gboolean            strong)
{
  const TiersRect *printable = &flow->layout->printable;
  g_autoptr(GPtrArray) mains = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) seconds = g_ptr_array_new_with_free_func (unref_text);
  gboolean header = part == TIERS_SCORECARD_PART_TABLE_HEADER;
  double height = 0, x = printable->x;

  for (guint c = 0; c < flow->n_columns; c++)
    {
      double width = flow->columns[c].share * printable->width - 2 * TIERS_CELL_PADDING;
      const char *second = second_lines != NULL ? second_lines[c] : NULL;
      PangoLayout *main_text = tiers_page_flow_text (flow, header ? TIERS_TEXT_SMALL
                                                     : strong ? TIERS_TEXT_STRONG
                                                     : TIERS_TEXT_BODY,
                                                     cells[c] != NULL ? cells[c] : "", width,
                                                     flow->columns[c].xalign, FALSE);

      g_ptr_array_add (mains, main_text);
      g_ptr_array_add (seconds, second != NULL
                       ? tiers_page_flow_text (flow, TIERS_TEXT_SMALL, second, width,
                                               flow->columns[c].xalign, FALSE)
                       : NULL);
      height = MAX (height, cell_height (flow, main_text, g_ptr_array_index (seconds, c)));
    }
  height += 2 * TIERS_CELL_PADDING;
  if (!header)
    {
      /* A row that does not fit continues the table on the next page, under its header. */
      if (flow->y + height > flow->bottom && flow->y > flow->layout->printable.y)
        {
          tiers_page_flow_new_page (flow);
          place_row (flow, TIERS_SCORECARD_PART_TABLE_HEADER, flow->header, NULL, FALSE);
        }
    }
  if (header)
    {
      TiersRect band = { printable->x, flow->y, printable->width, height };
      TiersColor fill = tiers_color_mix (&flow->palette->grid, &flow->palette->background, 0.6);

      tiers_page_flow_box (flow, &band, &fill, NULL, 0);
    }
  for (guint c = 0; c < flow->n_columns; c++)
    {
      PangoLayout *second = g_ptr_array_index (seconds, c);
      double y = flow->y + TIERS_CELL_PADDING;

      y += tiers_page_flow_place (flow, part, g_ptr_array_index (mains, c),
                                  x + TIERS_CELL_PADDING, y,
                                  header ? &flow->palette->text_dim : NULL);
      if (second != NULL)
        tiers_page_flow_place (flow, part, second, x + TIERS_CELL_PADDING, y + 1,
                               &flow->palette->text_dim);
      x += flow->columns[c].share * printable->width;
    }
  flow->y += height;
  tiers_page_flow_rule (flow, printable->x, printable->x + printable->width, flow->y,
                        &flow->palette->grid, header ? 0.75 : 0.4);
}

void
tiers_page_flow_table_begin (TiersPageFlow      *flow,
                             const TiersColumn  *columns,
                             guint               n_columns,
                             const char * const *header)
{
  flow->tables++;
  flow->columns = columns;
  flow->n_columns = n_columns;
  flow->header = header;
  place_row (flow, TIERS_SCORECARD_PART_TABLE_HEADER, header, NULL, FALSE);
}

void
tiers_page_flow_table_row (TiersPageFlow      *flow,
                           const char * const *cells,
                           const char * const *second_lines,
                           gboolean            strong)
{
  place_row (flow, TIERS_SCORECARD_PART_TABLE_CELL, cells, second_lines, strong);
}

void
tiers_page_flow_table_end (TiersPageFlow *flow)
{
  flow->columns = NULL;
  flow->n_columns = 0;
  flow->header = NULL;
}

/* --- the whole document --- */

/* Every page: who and what on the left, the generation date and "Page 1 of 2" on the right. */
static void
add_footers (TiersPageFlow                *flow,
             const TiersScorecardDocument *document)
{
  const TiersRect *printable = &flow->layout->printable;
  guint n = flow->layout->pages->len;
  g_autofree char *who = document->company != NULL
    ? g_strdup_printf ("%s · %s · %s %s", document->company, document->period, document->code,
                       document->name)
    : g_strdup_printf ("%s · %s %s", document->period, document->code, document->name);

  for (guint i = 0; i < n; i++)
    {
      /* Translators: the right of a scorecard's footer, e.g. "Generated 2026-12-07 · Page 1
       * of 2" */
      g_autofree char *where = g_strdup_printf (_("Generated %s · Page %u of %u"),
                                                document->generated, i + 1, n);
      g_autoptr(PangoLayout) right = tiers_page_flow_text (flow, TIERS_TEXT_SMALL, where,
                                                           printable->width * 0.45, 1.0, TRUE);
      g_autoptr(PangoLayout) left = tiers_page_flow_text (flow, TIERS_TEXT_SMALL, who,
                                                          printable->width * 0.53, 0.0, TRUE);
      PangoRectangle logical;
      double y;

      flow->page = g_ptr_array_index (flow->layout->pages, i);
      pango_layout_get_extents (right, NULL, &logical);
      y = printable->y + printable->height - (double) logical.height / PANGO_SCALE;
      tiers_page_flow_rule (flow, printable->x, printable->x + printable->width, y - 4,
                            &flow->palette->grid, 0.5);
      tiers_page_flow_place (flow, TIERS_SCORECARD_PART_FOOTER, left, printable->x, y,
                             &flow->palette->text_dim);
      tiers_page_flow_place (flow, TIERS_SCORECARD_PART_FOOTER, right,
                             printable->x + printable->width * 0.55, y, &flow->palette->text_dim);
    }
}

TiersScorecardLayout *
tiers_scorecard_layout_new (const TiersScorecardDocument *document,
                            const TiersPageFormat        *format)
{
  TiersScorecardLayout *layout;
  const TiersCatalog *catalog = NULL;
  TiersPageFlow flow;

  g_return_val_if_fail (document != NULL && format != NULL, NULL);

  /* The document was built in its language, so its catalogue loads. */
  if (document->language != NULL)
    catalog = tiers_catalog_get (document->language, NULL);
  if (catalog != NULL)
    tiers_catalog_push_thread_default (catalog);

  layout = g_new0 (TiersScorecardLayout, 1);
  layout->format = *format;
  layout->printable = (TiersRect) { format->margin_left, format->margin_top,
                                    format->width - format->margin_left - format->margin_right,
                                    format->height - format->margin_top - format->margin_bottom };
  layout->chinese = tiers_i18n_is_chinese ();
  layout->context = create_context (layout->chinese);
  layout->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) page_free);

  tiers_page_flow_init (&flow, layout);
  tiers_scorecard_lay_out_blocks (&flow, document);
  add_footers (&flow, document);

  if (catalog != NULL)
    tiers_catalog_pop_thread_default (catalog);
  return layout;
}

void
tiers_scorecard_layout_free (TiersScorecardLayout *layout)
{
  if (layout == NULL)
    return;
  g_ptr_array_unref (layout->pages);
  g_clear_object (&layout->context);
  g_free (layout);
}

guint
tiers_scorecard_layout_n_pages (const TiersScorecardLayout *layout)
{
  g_return_val_if_fail (layout != NULL, 0);
  return layout->pages->len;
}

static void
paint_element (const TiersScorecardElement *element,
               cairo_t                     *cr)
{
  switch (element->part)
    {
    case TIERS_SCORECARD_PART_RULE:
      tiers_color_set_source (&element->stroke, cr);
      cairo_set_line_width (cr, element->line_width);
      cairo_move_to (cr, element->box.x, element->box.y + element->box.height / 2);
      cairo_line_to (cr, element->box.x + element->box.width,
                     element->box.y + element->box.height / 2);
      cairo_stroke (cr);
      break;
    case TIERS_SCORECARD_PART_BOX:
      cairo_rectangle (cr, element->box.x, element->box.y, element->box.width,
                       element->box.height);
      if (element->has_fill)
        {
          tiers_color_set_source (&element->fill, cr);
          cairo_fill_preserve (cr);
        }
      if (element->has_stroke)
        {
          tiers_color_set_source (&element->stroke, cr);
          cairo_set_line_width (cr, element->line_width);
          cairo_stroke_preserve (cr);
        }
      cairo_new_path (cr);
      break;
    case TIERS_SCORECARD_PART_CHART:
      cairo_save (cr);
      cairo_translate (cr, element->box.x, element->box.y);
      tiers_chart_layout_paint (element->chart, cr);
      cairo_restore (cr);
      break;
    case TIERS_SCORECARD_PART_TEXT:
    case TIERS_SCORECARD_PART_TABLE_HEADER:
    case TIERS_SCORECARD_PART_TABLE_CELL:
    case TIERS_SCORECARD_PART_FOOTER:
    default:
      tiers_color_set_source (&element->fill, cr);
      cairo_move_to (cr, element->x, element->y);
      pango_cairo_show_layout (cr, element->text);
      break;
    }
}

void
tiers_scorecard_layout_paint_page (const TiersScorecardLayout *layout,
                                   guint                       index,
                                   cairo_t                    *cr)
{
  const TiersScorecardPage *page;

  g_return_if_fail (layout != NULL && cr != NULL);
  g_return_if_fail (index < layout->pages->len);

  page = g_ptr_array_index (layout->pages, index);
  cairo_save (cr);
  for (guint i = 0; i < page->elements->len; i++)
    paint_element (&g_array_index (page->elements, TiersScorecardElement, i), cr);
  cairo_restore (cr);
}
