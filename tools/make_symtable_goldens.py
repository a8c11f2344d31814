#!/usr/bin/env python3
"""Regenerates the goldens of `rewind symtable` under tests/golden/symtable/ with CPython 3.11.

For every NAME.py there, NAME.symtable is the listing `rewind symtable NAME.py` must print,
written here from CPython's own symbol table (the `symtable` module), so that the kinds and
flags the test expects are CPython's, not Rewind's. The layout is the one
engine/compiler/symtable_format.cpp documents:

    module <module>
      NAME  KIND  FLAGS
      ...

      function f (line 3)
        NAME  KIND  FLAGS

KIND is local, global, nonlocal, free, cell or builtin; FLAGS any of parameter, declared,
referenced, assigned, imported, annotated. A name is "builtin" when it is implicitly global,
the module neither binds it nor declares it global anywhere, a fresh module does not define it
(__name__, __doc__, ...) and the builtins module has it. builtins.txt lists those names, one
a line, so that the engine's test can use CPython's builtins while Rewind's are still growing.

Usage: python3 tools/make_symtable_goldens.py
"""
import builtins
import os
import symtable
import types

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOLDEN = os.path.join(ROOT, 'tests', 'golden', 'symtable')

# CPython's symbol flags (Include/internal/pycore_symtable.h); the scope sits above them.
DEF_GLOBAL, DEF_LOCAL, DEF_PARAM, DEF_NONLOCAL, USE = 1, 2, 4, 8, 16
DEF_IMPORT, DEF_ANNOT = 128, 256
DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT
SCOPE_OFFSET = 11
LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL = 1, 2, 3, 4, 5

# CPython names the blocks of lambdas and comprehensions without the brackets their code
# objects have; Rewind shows the code object names.
BLOCK_NAMES = {'lambda': '<lambda>', 'listcomp': '<listcomp>', 'setcomp': '<setcomp>',
               'dictcomp': '<dictcomp>', 'genexpr': '<genexpr>'}

MODULE_NAMES = set(vars(types.ModuleType('__main__')))
BUILTIN_NAMES = set(vars(builtins)) - MODULE_NAMES


def flags_of(sym):
    raw = sym._Symbol__flags
    return raw & ((1 << SCOPE_OFFSET) - 1), raw >> SCOPE_OFFSET


def kind(table, sym, top):
    flags, scope = flags_of(sym)
    if flags & DEF_NONLOCAL:
        return 'nonlocal'
    if scope == LOCAL:
        return 'global' if table.get_type() == 'module' else 'local'
    if scope == CELL:
        return 'cell'
    if scope == FREE:
        return 'free'
    if scope == GLOBAL_IMPLICIT and sym.get_name() in BUILTIN_NAMES:
        try:
            top_flags, _ = flags_of(top.lookup(sym.get_name()))
        except KeyError:
            top_flags = 0
        if not top_flags & (DEF_BOUND | DEF_GLOBAL):
            return 'builtin'
    return 'global'


def flag_words(sym):
    flags, scope = flags_of(sym)
    words = []
    if flags & DEF_PARAM:
        words.append('parameter')
    if scope == GLOBAL_EXPLICIT:
        words.append('declared')
    if flags & USE:
        words.append('referenced')
    if flags & DEF_LOCAL:
        words.append('assigned')
    if flags & DEF_IMPORT:
        words.append('imported')
    if flags & DEF_ANNOT:
        words.append('annotated')
    return words


def format_table(table, top, depth, out):
    pad = '  ' * depth
    if table.get_type() == 'module':
        out.append(pad + 'module <module>\n')
    else:
        traits = ['line %d' % table.get_lineno()]
        if table.is_nested():
            traits.append('nested')
        name = BLOCK_NAMES.get(table.get_name(), table.get_name())
        out.append('%s%s %s (%s)\n' % (pad, table.get_type(), name, ', '.join(traits)))
    symbols = table.get_symbols()
    # Free variables that only pass through a scope on their way to an inner one come last,
    # in the order of a set of strings, which changes from run to run; Rewind sorts them.
    passing = sorted((s for s in symbols if flags_of(s)[0] == 0), key=lambda s: s.get_name())
    symbols = [s for s in symbols if flags_of(s)[0] != 0] + passing
    if not symbols:
        out.append(pad + '  (no names)\n')
    width = max((len(s.get_name()) for s in symbols), default=0)
    for sym in symbols:
        line = '%s  %s  %-8s  %s' % (pad, sym.get_name().ljust(width), kind(table, sym, top),
                                     ', '.join(flag_words(sym)))
        out.append(line.rstrip() + '\n')
    for child in table.get_children():
        out.append('\n')
        format_table(child, top, depth + 1, out)


def main():
    with open(os.path.join(GOLDEN, 'builtins.txt'), 'w', encoding='utf-8', newline='') as f:
        f.write(''.join(name + '\n' for name in sorted(BUILTIN_NAMES)))
    for name in sorted(os.listdir(GOLDEN)):
        if not name.endswith('.py'):
            continue
        path = os.path.join(GOLDEN, name)
        with open(path, encoding='utf-8') as f:
            source = f.read()
        top = symtable.symtable(source, name, 'exec')
        out = []
        format_table(top, top, 0, out)
        with open(path[:-3] + '.symtable', 'w', encoding='utf-8', newline='') as f:
            f.write(''.join(out))


if __name__ == '__main__':
    main()
