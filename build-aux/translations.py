#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""translations.py: keeps po/ in step with the sources.

  translations.py update [SRCROOT]   regenerate the template from po/POTFILES.in and merge
                                     it into every po/LL.po (new strings arrive empty)
  translations.py check [SRCROOT]    fail on any message of the sources that a po/LL.po lacks,
                                     leaves untranslated or fuzzy, translates as the English
                                     text itself, or translates with mismatched formats

The template is extracted as meson's i18n 'glib' preset does (the same xgettext keywords),
from C, GtkBuilder .ui, .desktop.in and .metainfo.xml.in files alike.
"""
import os
import re
import subprocess
import sys
import tempfile

PACKAGE = "supplier-tiers"

# meson's i18n.gettext(preset: 'glib'), plus xgettext's own defaults (gettext, ngettext...).
XGETTEXT_ARGS = [
    "--from-code=UTF-8", "--add-comments", "--package-name=" + PACKAGE,
    "--keyword=_", "--keyword=N_", "--keyword=C_:1c,2", "--keyword=NC_:1c,2",
    "--keyword=g_dcgettext:2", "--keyword=g_dngettext:2,3", "--keyword=g_dpgettext2:2c,3",
    "--flag=N_:1:pass-c-format", "--flag=C_:2:pass-c-format", "--flag=NC_:2:pass-c-format",
    "--flag=g_dngettext:2:pass-c-format", "--flag=g_strdup_printf:1:c-format",
    "--flag=g_string_printf:2:c-format", "--flag=g_string_append_printf:2:c-format",
    "--flag=g_error_new:3:c-format", "--flag=g_set_error:4:c-format",
    "--flag=g_markup_printf_escaped:1:c-format", "--flag=g_log:3:c-format",
    "--flag=g_print:1:c-format", "--flag=g_printerr:1:c-format",
    "--flag=g_printf:1:c-format", "--flag=g_fprintf:2:c-format",
    "--flag=g_sprintf:2:c-format", "--flag=g_snprintf:3:c-format",
]

# Terms that read the same in every language; a message made only of these (and numbers,
# punctuation and format directives) may keep its English text.
SAME_IN_EVERY_LANGUAGE = {
    "CSV", "PDF", "PNG", "SVG", "SQLite", "ERP", "UTF-8", "ID", "OK", "A", "B", "C", "D",
}

FORMAT_DIRECTIVE = re.compile(r"%(\d+\$)?[-+ #0']*(\d+|\*)?(\.(\d+|\*))?"
                              r"(hh|h|ll|l|L|q|j|z|t)?([diouxXeEfFgGaAcspn%]|<PRI[a-zA-Z0-9]+>)")


def unquote(text):
    """The value of one C-quoted PO string."""
    body = text.strip()[1:-1]
    return re.sub(r'\\(["\\abfnrtv]|[0-7]{1,3})', lambda m: {
        '"': '"', "\\": "\\", "a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r",
        "t": "\t", "v": "\v"}.get(m.group(1), None) or chr(int(m.group(1), 8)), body)


class Entry:
    def __init__(self):
        self.msgctxt = None
        self.msgid = None
        self.msgid_plural = None
        self.msgstr = {}
        self.flags = set()
        self.references = []

    @property
    def key(self):
        return (self.msgctxt, self.msgid)

    def where(self):
        return self.references[0] if self.references else "?"


def parse_po(path):
    """Entries of a PO or POT file, obsolete (#~) ones left out; the header is msgid ""."""
    entries = []
    entry = Entry()
    field = None

    def finish():
        nonlocal entry
        if entry.msgid is not None:
            entries.append(entry)
        entry = Entry()

    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.strip()
            if not line:
                finish()
                field = None
                continue
            if line.startswith("#~"):
                continue
            if line.startswith("#,"):
                if entry.msgid is not None:
                    finish()
                entry.flags.update(flag.strip() for flag in line[2:].split(","))
                continue
            if line.startswith("#:"):
                if entry.msgid is not None:
                    finish()
                entry.references.extend(line[2:].split())
                continue
            if line.startswith("#"):
                if entry.msgid is not None:
                    finish()
                continue
            m = re.match(r'(msgctxt|msgid_plural|msgid|msgstr(\[\d+\])?)\s+(".*")$', line)
            if m:
                keyword, value = m.group(1), unquote(m.group(3))
                if keyword == "msgctxt" or (keyword == "msgid" and entry.msgid is not None
                                            and entry.msgstr):
                    if entry.msgid is not None:
                        finish()
                if keyword == "msgctxt":
                    entry.msgctxt = value
                elif keyword == "msgid":
                    entry.msgid = value
                elif keyword == "msgid_plural":
                    entry.msgid_plural = value
                else:
                    index = int(m.group(2)[1:-1]) if m.group(2) else 0
                    entry.msgstr[index] = value
                field = (keyword, m.group(2))
                continue
            if line.startswith('"') and field is not None:
                value = unquote(line)
                keyword, index = field
                if keyword == "msgctxt":
                    entry.msgctxt += value
                elif keyword == "msgid":
                    entry.msgid += value
                elif keyword == "msgid_plural":
                    entry.msgid_plural += value
                else:
                    entry.msgstr[int(index[1:-1]) if index else 0] += value
                continue
            raise SystemExit(f"{path}: cannot read the line: {raw.rstrip()}")
    finish()
    return entries


def make_template(srcroot, out):
    """Extracts the template; returns xgettext's warnings that mean a broken message, such as
    a format string cut short by a macro it cannot see through (use PRIu64, not
    G_GUINT64_FORMAT, in translatable strings)."""
    result = subprocess.run(["xgettext", *XGETTEXT_ARGS, "--directory=" + srcroot,
                             "--files-from=" + os.path.join(srcroot, "po", "POTFILES.in"),
                             "--output=" + out], capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(result.stderr)
    return [line for line in result.stderr.splitlines()
            if "not a valid C format string" in line]


def languages(srcroot):
    with open(os.path.join(srcroot, "po", "LINGUAS"), encoding="utf-8") as f:
        return [w for line in f for w in line.split("#")[0].split()]


def update(srcroot):
    with tempfile.TemporaryDirectory() as tmp:
        pot = os.path.join(tmp, PACKAGE + ".pot")
        for warning in make_template(srcroot, pot):
            print(warning, file=sys.stderr)
        for lang in languages(srcroot):
            po = os.path.join(srcroot, "po", lang + ".po")
            subprocess.run(["msgmerge", "--quiet", "--update", "--backup=none", "--no-wrap",
                            "--sort-by-file", po, pot], check=True)
            subprocess.run(["msgattrib", "--no-obsolete", "--no-wrap", "--sort-by-file",
                            "--output-file=" + po, po], check=True)
            untranslated = [e for e in parse_po(po)
                            if e.msgid and (not all(e.msgstr.values()) or "fuzzy" in e.flags)]
            print(f"po/{lang}.po: {len(untranslated)} messages to translate")


def reads_the_same_everywhere(text):
    """True when the text holds no letters besides format directives and allowed terms."""
    stripped = FORMAT_DIRECTIVE.sub(" ", text)
    words = re.findall(r"[A-Za-z][A-Za-z0-9.\-]*[A-Za-z0-9]|[A-Za-z]", stripped)
    return all(word in SAME_IN_EVERY_LANGUAGE for word in words)


def check_language(srcroot, lang, template):
    po = os.path.join(srcroot, "po", lang + ".po")
    problems = []
    translations = {e.key: e for e in parse_po(po)}
    header = translations.get((None, ""))
    if header is None or "Plural-Forms:" not in header.msgstr.get(0, ""):
        problems.append(f"po/{lang}.po: the header has no Plural-Forms")
    for source in template:
        if not source.msgid:
            continue
        where = source.where()
        shown = source.msgid if len(source.msgid) < 70 else source.msgid[:67] + "..."
        entry = translations.get(source.key)
        if entry is None:
            problems.append(f"{where}: missing from po/{lang}.po: {shown!r}")
            continue
        if "fuzzy" in entry.flags:
            problems.append(f"{where}: fuzzy in po/{lang}.po: {shown!r}")
            continue
        forms = list(entry.msgstr.values())
        if not forms or not all(forms):
            problems.append(f"{where}: untranslated in po/{lang}.po: {shown!r}")
            continue
        english = {source.msgid, source.msgid_plural} - {None}
        if any(form in english for form in forms) and not reads_the_same_everywhere(
                source.msgid):
            problems.append(f"{where}: po/{lang}.po keeps the English text: {shown!r}")
    result = subprocess.run(["msgfmt", "--check", "--output-file=" + os.devnull, po],
                            capture_output=True, text=True)
    if result.returncode != 0:
        problems.extend(result.stderr.strip().splitlines())
    return problems


def check(srcroot):
    with tempfile.TemporaryDirectory() as tmp:
        pot = os.path.join(tmp, PACKAGE + ".pot")
        problems = make_template(srcroot, pot)
        template = parse_po(pot)
    for lang in languages(srcroot):
        problems.extend(check_language(srcroot, lang, template))
    for problem in problems:
        print(problem)
    messages = sum(1 for e in template if e.msgid)
    print(f"{messages} messages, {len(problems)} problems")
    return 1 if problems else 0


def main(argv):
    if len(argv) not in (2, 3) or argv[1] not in ("update", "check"):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    srcroot = os.path.abspath(argv[2] if len(argv) == 3 else
                              os.path.join(os.path.dirname(__file__), ".."))
    if argv[1] == "update":
        update(srcroot)
        return 0
    return check(srcroot)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
