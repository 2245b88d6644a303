/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-scheme.c: libFuzzer harness for the grading scheme file parser. A scheme that loads
 * must validate, write out and load back as the same scheme. */
#include "config.h"

#include "fuzz-stream.h"
#include "tiers-scheme.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  fuzz_make_warnings_fatal ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersScheme) scheme = NULL;
  g_autoptr(TiersScheme) again = NULL;
  g_autoptr(TiersScheme) fallback = tiers_scheme_new_default ();
  g_autofree char *text = NULL;
  g_autofree char *changes = NULL;

  scheme = tiers_scheme_load_from_data ((const char *) data, (gssize) size, &error);
  if (scheme == NULL)
    {
      g_assert (error != NULL && error->message != NULL && *error->message != '\0');
      return 0;
    }
  g_assert_no_error (error);
  g_assert_true (tiers_scheme_validate (scheme, &error));
  text = tiers_scheme_to_data (scheme);
  again = tiers_scheme_load_from_data (text, -1, &error);
  g_assert_no_error (error);
  g_assert_true (tiers_scheme_equal (scheme, again));
  changes = tiers_scheme_describe_changes (fallback, scheme);
  g_assert (changes != NULL);
  return 0;
}
