/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-i18n.c: a document's translations, read from a GNU .mo file (the format gettext's
 * msgfmt writes: a header, then two tables of (length, offset) pairs for the original and the
 * translated strings), and the thread's default catalogue. */
#define G_LOG_DOMAIN "tiers-core"

#include "config.h"

#include <string.h>

#include "tiers-error.h"
#include "tiers-i18n.h"

#define MO_MAGIC 0x950412deu

struct _TiersCatalog
{
  char       *language;
  GHashTable *messages;   /* msgid (with "context\004" when it has one) -> msgstr */
  GBytes     *data;       /* the file: keys and values point into it */
  gboolean    one_form;   /* nplurals=1: every count takes the first form */
};

static GPrivate thread_catalogs = G_PRIVATE_INIT ((GDestroyNotify) g_queue_free);

static guint32
read_u32 (const guint8 *data,
          gsize         offset,
          gboolean      swapped)
{
  guint32 value;

  memcpy (&value, data + offset, sizeof value);
  return swapped ? GUINT32_SWAP_LE_BE (value) : value;
}

static gboolean
parse_mo (TiersCatalog  *catalog,
          const char    *path,
          GError       **error)
{
  gsize size;
  const guint8 *data = g_bytes_get_data (catalog->data, &size);
  gboolean swapped;
  guint32 n, originals, translations;

  if (size < 28)
    goto bad;
  swapped = read_u32 (data, 0, FALSE) != MO_MAGIC;
  if (read_u32 (data, 0, swapped) != MO_MAGIC)
    goto bad;
  n = read_u32 (data, 8, swapped);
  originals = read_u32 (data, 12, swapped);
  translations = read_u32 (data, 16, swapped);
  if (n > size / 16 || originals > size - (gsize) n * 8 || translations > size - (gsize) n * 8)
    goto bad;
  for (guint32 i = 0; i < n; i++)
    {
      guint32 key_length = read_u32 (data, originals + i * 8, swapped);
      guint32 key_offset = read_u32 (data, originals + i * 8 + 4, swapped);
      guint32 value_length = read_u32 (data, translations + i * 8, swapped);
      guint32 value_offset = read_u32 (data, translations + i * 8 + 4, swapped);

      /* Each string is NUL-terminated in the file; refuse one that is not. */
      if (key_offset >= size || key_length >= size - key_offset
          || value_offset >= size || value_length >= size - value_offset
          || data[key_offset + key_length] != '\0' || data[value_offset + value_length] != '\0')
        goto bad;
      if (key_length == 0)
        {
          /* The header: only the number of plural forms matters here. */
          catalog->one_form = strstr ((const char *) data + value_offset, "nplurals=1") != NULL;
          continue;
        }
      /* A plural entry's key is "singular\0plural": the singular is the key. */
      g_hash_table_insert (catalog->messages, (gpointer) (data + key_offset),
                           (gpointer) (data + value_offset));
    }
  return TRUE;

bad:
  g_set_error (error, TIERS_ERROR, TIERS_ERROR_INVALID,
               _("The translations in “%s” cannot be read: the file is damaged"), path);
  return FALSE;
}

TiersCatalog *
tiers_catalog_new_from_file (const char  *language,
                             const char  *path,
                             GError     **error)
{
  g_autoptr(TiersCatalog) catalog = g_new0 (TiersCatalog, 1);
  g_autoptr(GMappedFile) file = NULL;

  g_return_val_if_fail (language != NULL, NULL);

  catalog->language = g_strdup (language);
  catalog->messages = g_hash_table_new (g_str_hash, g_str_equal);
  if (path == NULL)
    return g_steal_pointer (&catalog);
  if ((file = g_mapped_file_new (path, FALSE, error)) == NULL)
    return NULL;
  catalog->data = g_mapped_file_get_bytes (file);
  if (!parse_mo (catalog, path, error))
    return NULL;
  return g_steal_pointer (&catalog);
}

void
tiers_catalog_free (TiersCatalog *catalog)
{
  if (catalog == NULL)
    return;
  g_hash_table_unref (catalog->messages);
  g_clear_pointer (&catalog->data, g_bytes_unref);
  g_free (catalog->language);
  g_free (catalog);
}

static gboolean
translates_nothing (const char *language)
{
  return g_str_equal (language, "C") || g_str_equal (language, "POSIX")
      || g_str_has_prefix (language, "en");
}

const TiersCatalog *
tiers_catalog_get (const char  *language,
                   GError     **error)
{
  static GMutex lock;
  static GHashTable *catalogs;   /* language -> TiersCatalog, for the process's life */
  g_autoptr(GMutexLocker) locker = NULL;
  g_autofree char *path = NULL;
  TiersCatalog *catalog;

  g_return_val_if_fail (language != NULL, NULL);

  locker = g_mutex_locker_new (&lock);
  if (catalogs == NULL)
    catalogs = g_hash_table_new (g_str_hash, g_str_equal);
  if ((catalog = g_hash_table_lookup (catalogs, language)) != NULL)
    return catalog;
  if (!translates_nothing (language))
    {
      /* Where gettext itself looks for this program's translations. */
      const char *localedir = bindtextdomain (GETTEXT_PACKAGE, NULL);

      path = g_build_filename (localedir != NULL ? localedir : LOCALEDIR, language,
                               "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
    }
  if ((catalog = tiers_catalog_new_from_file (language, path, error)) == NULL)
    {
      g_prefix_error (error, _("Documents in %s cannot be made: its translations are not "
                               "installed. "), language);
      return NULL;
    }
  g_hash_table_insert (catalogs, catalog->language, catalog);
  return catalog;
}

const char *
tiers_catalog_get_language (const TiersCatalog *catalog)
{
  g_return_val_if_fail (catalog != NULL, NULL);
  return catalog->language;
}

const char *
tiers_catalog_lookup (const TiersCatalog *catalog,
                      const char         *msgid)
{
  const char *found;

  g_return_val_if_fail (catalog != NULL && msgid != NULL, msgid);

  found = g_hash_table_lookup (catalog->messages, msgid);
  return found != NULL && *found != '\0' ? found : msgid;
}

const char *
tiers_catalog_lookup_plural (const TiersCatalog *catalog,
                             const char         *msgid,
                             const char         *plural,
                             gulong              n)
{
  const char *found;

  g_return_val_if_fail (catalog != NULL && msgid != NULL && plural != NULL, msgid);

  found = g_hash_table_lookup (catalog->messages, msgid);
  if (found == NULL || *found == '\0')
    return n == 1 ? msgid : plural;
  /* English's rule, one form or two, is all the languages of this program need. */
  if (catalog->one_form || n == 1)
    return found;
  return found + strlen (found) + 1;
}

static GQueue *
thread_queue (void)
{
  GQueue *queue = g_private_get (&thread_catalogs);

  if (queue == NULL)
    {
      queue = g_queue_new ();
      g_private_set (&thread_catalogs, queue);
    }
  return queue;
}

void
tiers_catalog_push_thread_default (const TiersCatalog *catalog)
{
  g_queue_push_head (thread_queue (), (gpointer) catalog);
}

void
tiers_catalog_pop_thread_default (const TiersCatalog *catalog)
{
  GQueue *queue = thread_queue ();

  g_return_if_fail (!g_queue_is_empty (queue) && g_queue_peek_head (queue) == catalog);
  g_queue_pop_head (queue);
}

static const TiersCatalog *
thread_default (void)
{
  GQueue *queue = g_private_get (&thread_catalogs);

  return queue != NULL ? g_queue_peek_head (queue) : NULL;
}

const char *
tiers_i18n_document_language (void)
{
  const TiersCatalog *catalog = thread_default ();

  return catalog != NULL ? catalog->language : NULL;
}

gboolean
tiers_i18n_is_chinese (void)
{
  const char *language = tiers_i18n_document_language ();
  const char * const *names;

  if (language != NULL)
    return g_str_has_prefix (language, "zh");
  /* The user's language: the first one gettext would use. */
  names = g_get_language_names ();
  for (int i = 0; names[i] != NULL; i++)
    {
      if (g_str_has_prefix (names[i], "zh"))
        return TRUE;
      if (g_str_has_prefix (names[i], "en"))
        return FALSE;
    }
  return FALSE;
}

const char *
tiers_gettext (const char *msgid)
{
  const TiersCatalog *catalog = thread_default ();

  return catalog != NULL ? tiers_catalog_lookup (catalog, msgid)
                         : g_dgettext (GETTEXT_PACKAGE, msgid);
}

const char *
tiers_ngettext (const char *msgid,
                const char *plural,
                gulong      n)
{
  const TiersCatalog *catalog = thread_default ();

  return catalog != NULL ? tiers_catalog_lookup_plural (catalog, msgid, plural, n)
                         : g_dngettext (GETTEXT_PACKAGE, msgid, plural, n);
}
