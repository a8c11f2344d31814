#!/usr/bin/env python3
"""Writes engine/unicode/unicode_tables.cpp from CPython's own Unicode data.

Every property is taken from what CPython 3.11 answers for a one-character string (str
methods, unicodedata), so the C++ side reproduces CPython exactly, Unicode 14.0.0 included.
Per-code-point data is packed into three-stage tables of 16-bit indices (see
engine/unicode/unicode_tables.h for the layout).

Usage: python3 tools/gen_unicode_tables.py [OUTPUT]
"""

import os
import sys
import unicodedata

EXPECTED_UNICODE_VERSION = "14.0.0"

# Must match kLeafShift and kMidShift in unicode_tables.h (the output static_asserts it).
LEAF_SHIFT = 4
MID_SHIFT = 5

CATEGORIES = [
    "Cn", "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Zs", "Zl",
    "Zp", "Cc", "Cf", "Cs", "Co", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc",
    "Sk", "So",
]

FLAG_BITS = [
    "XidStart", "XidContinue", "Printable", "Space", "Alpha", "Decimal", "Digit", "Numeric",
    "Lower", "Upper", "Title", "Cased", "CaseIgnorable", "LineBreak", "SpecialCasing",
    "Decomposes",
]
FLAG = {name: 1 << bit for bit, name in enumerate(FLAG_BITS)}

MAX_CODE_POINT = 0x10FFFF
HANGUL_FIRST, HANGUL_LAST = 0xAC00, 0xD7A3


def case_ignorable(c, cased):
    """Case_Ignorable is not exposed by unicodedata, so read it off str.lower()'s final
    sigma rule, which skips case-ignorable characters in both directions."""
    if cased:
        # Looking ahead from the sigma: an ignorable c is skipped to the end (final form);
        # otherwise the cased c makes the sigma non-final.
        return ("A\u03a3" + c).lower()[1] == "\u03c2"
    # Looking back from the sigma: an ignorable c is skipped to the cased 'A'.
    return ("A" + c + "\u03a3").lower()[-1] == "\u03c2"


def decomposition_parts(cp):
    text = unicodedata.decomposition(chr(cp))
    if not text:
        return None, []
    parts = text.split()
    tag = None
    if parts[0].startswith("<"):
        tag = parts.pop(0)
    return tag, [int(p, 16) for p in parts]


def full_decomposition(cp):
    """The compatibility decomposition applied until nothing decomposes further."""
    _, parts = decomposition_parts(cp)
    if not parts:
        return [cp]
    result = []
    for part in parts:
        result.extend(full_decomposition(part))
    return result


def line_break(c):
    return len(("a" + c + "b").splitlines()) == 2


def char_properties(cp):
    c = chr(cp)
    category = unicodedata.category(c)
    cased = c.islower() or c.isupper() or category == "Lt"
    flags = 0
    for name, value in [
        ("XidStart", c.isidentifier()),
        ("XidContinue", ("a" + c).isidentifier()),
        ("Printable", c.isprintable()),
        ("Space", c.isspace()),
        ("Alpha", c.isalpha()),
        ("Decimal", c.isdecimal()),
        ("Digit", c.isdigit()),
        ("Numeric", c.isnumeric()),
        ("Lower", c.islower()),
        ("Upper", c.isupper()),
        ("Title", category == "Lt"),
        ("Cased", cased),
        ("CaseIgnorable", case_ignorable(c, cased)),
        ("LineBreak", line_break(c)),
        ("Decomposes", bool(unicodedata.decomposition(c))),
    ]:
        if value:
            flags |= FLAG[name]
    # isalnum is derived at run time; make sure that derivation is CPython's.
    derived_alnum = bool(flags & (FLAG["Alpha"] | FLAG["Decimal"] | FLAG["Digit"] |
                                  FLAG["Numeric"]))
    assert c.isalnum() == derived_alnum, hex(cp)
    digit = unicodedata.digit(c, -1)
    if c.isdecimal():
        assert unicodedata.decimal(c) == digit, hex(cp)
    assert c.isdigit() == (digit >= 0), hex(cp)

    mappings = [c.lower(), c.upper(), c.title(), c.casefold()]
    if any(len(m) != 1 for m in mappings):
        flags |= FLAG["SpecialCasing"]
        deltas = (0, 0, 0, 0)
        special = [[ord(x) for x in m] for m in mappings]
        assert all(1 <= len(m) <= 3 for m in special), hex(cp)
    else:
        deltas = tuple(ord(m) - cp for m in mappings)
        special = None
    record = (flags, CATEGORIES.index(category), unicodedata.combining(c), digit) + deltas
    return record, special


def three_stage(values):
    """Splits values into top/mid/leaf arrays of shared blocks."""
    def share_blocks(array, shift):
        size = 1 << shift
        assert len(array) % size == 0
        blocks = {}
        index = []
        for start in range(0, len(array), size):
            block = tuple(array[start:start + size])
            index.append(blocks.setdefault(block, len(blocks)))
        return index, [v for block in blocks for v in block]

    mid_index, leaf = share_blocks(values, LEAF_SHIFT)
    top, mid = share_blocks(mid_index, MID_SHIFT)
    for table in (top, mid, leaf):
        assert max(table) < 1 << 16
    for cp in range(0, len(values), 97):  # spot-check the packing
        m = top[cp >> (LEAF_SHIFT + MID_SHIFT)]
        b = mid[(m << MID_SHIFT) + ((cp >> LEAF_SHIFT) & ((1 << MID_SHIFT) - 1))]
        assert leaf[(b << LEAF_SHIFT) + (cp & ((1 << LEAF_SHIFT) - 1))] == values[cp]
    return top, mid, leaf


def emit_numbers(out, type_name, name, values, per_line=24):
    out.append(f"const {type_name} {name}[] = {{")
    for start in range(0, len(values), per_line):
        out.append(",".join(str(v) for v in values[start:start + per_line]) + ",")
    out.append("};")


def emit_stages(out, name, values):
    for stage, array in zip(("Top", "Mid", "Leaf"), three_stage(values)):
        emit_numbers(out, "uint16_t", f"k{name}{stage}", array)


def main():
    if unicodedata.unidata_version != EXPECTED_UNICODE_VERSION:
        sys.exit(f"need Unicode {EXPECTED_UNICODE_VERSION} (CPython 3.11), "
                 f"this python has {unicodedata.unidata_version}")
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    output = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        root, "engine", "unicode", "unicode_tables.cpp")

    records = {}
    record_of = []
    specials = []
    decomposition_of = []
    pool = [0]  # offset 0 means "no decomposition"
    compositions = []
    assert (MAX_CODE_POINT + 1) % (1 << (LEAF_SHIFT + MID_SHIFT)) == 0
    for cp in range(MAX_CODE_POINT + 1):
        record, special = char_properties(cp)
        record_of.append(records.setdefault(record, len(records)))
        if special:
            specials.append((cp, special))
        tag, parts = decomposition_parts(cp)
        if parts:
            full = full_decomposition(cp)
            assert len(full) < 256
            decomposition_of.append(len(pool))
            pool.append(len(full))
            pool.extend(full)
            # A canonical pair is a primary composite unless NFC refuses to rebuild it
            # (composition exclusions, singletons, non-starter decompositions).
            if (tag is None and len(parts) == 2
                    and unicodedata.normalize("NFC", chr(cp)) == chr(cp)):
                compositions.append((parts[0], parts[1], cp))
        else:
            decomposition_of.append(0)
    assert unicodedata.decomposition(chr(HANGUL_FIRST)) == ""
    assert len(pool) < 1 << 16
    compositions.sort()

    out = [
        "// GENERATED FILE - DO NOT EDIT. Written by tools/gen_unicode_tables.py from",
        f"// CPython {sys.version.split()[0]}'s str methods and unicodedata "
        f"(Unicode {unicodedata.unidata_version}).",
        "// clang-format off",
        '#include "unicode/unicode_tables.h"',
        "",
        "namespace rw::unicode::tables {",
        "",
        f"static_assert(kLeafShift == {LEAF_SHIFT} && kMidShift == {MID_SHIFT},",
        '              "unicode_tables.h and tools/gen_unicode_tables.py disagree");',
        "",
        "const std::string_view kCategoryNames[] = {"
        + ",".join(f'"{c}"' for c in CATEGORIES) + "};",
        "",
        "// flags, category, combining class, digit, lower, upper, title, fold deltas",
        "const CharRecord kRecords[] = {",
    ]
    for record in sorted(records, key=records.get):
        out.append("{" + ",".join(str(v) for v in record) + "},")
    out.append("};")
    out.append("")
    out.append("namespace {")
    emit_stages(out, "Record", record_of)
    emit_stages(out, "Decomposition", decomposition_of)
    out.append("}  // namespace")
    out.append("")
    for name in ("Record", "Decomposition"):
        out.append(f"const ThreeStageTable k{name}Table = {{k{name}Top, k{name}Mid, k{name}Leaf}};")
    out.append("")
    out.append("// Length, then the code points, per decomposition.")
    emit_numbers(out, "char32_t", "kDecompositionPool", pool)
    out.append("")
    out.append("const SpecialCasing kSpecialCasings[] = {")
    for cp, mappings in specials:
        fields = ["{" + ",".join(str(v) for v in (m + [0] * (3 - len(m)))) + "}"
                  for m in mappings]
        out.append("{" + str(cp) + "," + ",".join(fields) + "},")
    out.append("};")
    out.append(f"const size_t kSpecialCasingCount = {len(specials)};")
    out.append("")
    out.append("const Composition kCompositions[] = {")
    for start in range(0, len(compositions), 6):
        out.append("".join("{%d,%d,%d}," % c for c in compositions[start:start + 6]))
    out.append("};")
    out.append(f"const size_t kCompositionCount = {len(compositions)};")
    out.append("")
    out.append("}  // namespace rw::unicode::tables")
    text = "\n".join(out) + "\n"
    with open(output, "w", encoding="ascii") as f:
        f.write(text)
    print(f"{output}: {len(text)} bytes, {len(records)} records, {len(specials)} special "
          f"casings, {len(pool)} decomposition pool entries, {len(compositions)} compositions")


if __name__ == "__main__":
    main()
