/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-palette.c: the grade and neutral colours for light and dark backgrounds. */
#define G_LOG_DOMAIN "tiers-render"

#include "config.h"

#include "tiers-i18n.h"

#include "tiers-palette.h"

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, \
                   ((hex) & 0xff) / 255.0, 1.0 }

/* Light: dark bluish green (grey 62), vermillion (grey 102), sky blue (grey 138) and amber
 * (grey 182), so a greyscale printout still tells the four apart. */
static const TiersPalette light = {
  .grade = { RGB (0x005c48), RGB (0x4a9ae0), RGB (0xf0b429), RGB (0xc4451c), RGB (0x8c8c8c) },
  .on_grade = { RGB (0xffffff), RGB (0x101010), RGB (0x101010), RGB (0xffffff), RGB (0x101010) },
  .background = RGB (0xffffff),
  .text = RGB (0x1e1e1e),
  .text_dim = RGB (0x5e5c64),
  .grid = RGB (0xdedddf),
  .axis = RGB (0x77767b),
  .previous = RGB (0x3d3846),
  .upgrade = RGB (0x009e73),
  .downgrade = RGB (0xd55e00),
  .focus = RGB (0x3584e4),
};

/* Dark: the same hues, lighter, on libadwaita's dark window colour. */
static const TiersPalette dark = {
  .grade = { RGB (0x3fbf9c), RGB (0x56a8e8), RGB (0xf2c14e), RGB (0xf07448), RGB (0x9a9996) },
  .on_grade = { RGB (0x101010), RGB (0x101010), RGB (0x101010), RGB (0x101010), RGB (0x101010) },
  .background = RGB (0x242424),
  .text = RGB (0xffffff),
  .text_dim = RGB (0xc0bfbc),
  .grid = RGB (0x454545),
  .axis = RGB (0x9a9996),
  .previous = RGB (0xdeddda),
  .upgrade = RGB (0x3fbf9c),
  .downgrade = RGB (0xf07448),
  .focus = RGB (0x78aeed),
};

const TiersPalette *
tiers_palette_get (gboolean is_dark)
{
  return is_dark ? &dark : &light;
}

TiersColor
tiers_color_with_alpha (const TiersColor *color,
                        double            alpha)
{
  TiersColor result = *color;

  result.alpha = alpha;
  return result;
}

/* AMOUNT 0 gives COLOR, 1 gives OTHER. */
TiersColor
tiers_color_mix (const TiersColor *color,
                 const TiersColor *other,
                 double            amount)
{
  return (TiersColor) {
    color->red + (other->red - color->red) * amount,
    color->green + (other->green - color->green) * amount,
    color->blue + (other->blue - color->blue) * amount,
    color->alpha + (other->alpha - color->alpha) * amount,
  };
}

/* "#rrggbb", for style sheets of the window. */
char *
tiers_color_to_css (const TiersColor *color)
{
  return g_strdup_printf ("#%02x%02x%02x",
                          (guint) (CLAMP (color->red, 0.0, 1.0) * 255.0 + 0.5),
                          (guint) (CLAMP (color->green, 0.0, 1.0) * 255.0 + 0.5),
                          (guint) (CLAMP (color->blue, 0.0, 1.0) * 255.0 + 0.5));
}

void
tiers_color_set_source (const TiersColor *color,
                        cairo_t          *cr)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}
