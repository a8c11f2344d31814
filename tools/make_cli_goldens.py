#!/usr/bin/env python3
"""Regenerates the CPython 3.11 goldens of the inspection commands (`rewind ast`, `rewind dis`).

tests/golden/cli/ast_errors/NAME.stderr
    for every tests/golden/ast/errors/NAME.py: what `python3 -m ast NAME.py` (run in that
    folder) writes to stderr from the `  File "NAME.py", line N` entry on: the source line,
    the carets and the SyntaxError line. The frames of runpy and ast.py before it are left out
    (Rewind has no such frames).

tests/golden/cli/ast_error_inputs/NAME.py, NAME.stderr
    the same for errors found before parsing, written from BYTE_LEVEL_ERRORS below.

tests/golden/dis/NAME.code
    for every tests/golden/dis/NAME.py: one line per code object CPython compiles from it,
    the module's first, then those among each code object's constants, depth-first:
        QUALNAME argcount=N posonlyargcount=N kwonlyargcount=N varnames=(...) names=(...)
        freevars=(...) cellvars=(...)
    (on one line, tuples as repr() writes them).

tests/golden/cli/compile_outcomes.txt
    for every tests/golden/ast/programs/NAME.py: whether CPython's compile() accepts it, as
    "NAME.py<TAB>ok" or "NAME.py<TAB>SyntaxError<TAB>LINE<TAB>MESSAGE" (the error the
    symbol table or the compiler reports for a program that parses).

Usage: python3 tools/make_cli_goldens.py
"""
import os
import subprocess
import sys
import warnings

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOLDEN = os.path.join(ROOT, 'tests', 'golden')


def write(path, text):
    with open(path, 'w', encoding='utf-8', newline='') as f:
        f.write(text)


# Errors CPython finds before parsing (null bytes, encodings, undecodable bytes): written to
# tests/golden/cli/ast_error_inputs/NAME.py, with NAME.stderr beside them.
BYTE_LEVEL_ERRORS = [
    ('null_byte', b'x = 1\0\n'),
    ('unknown_encoding', b'# coding: foobar\nx = 1\n'),
    ('invalid_utf8_line', b'x = 1\n\xff\xfe = 2\n'),
    ('bom_with_latin1_cookie', b'\xef\xbb\xbf# coding: latin-1\nx = 1\n'),
    ('ascii_cookie_non_ascii', b'# coding: ascii\nx = "\xc3\xa9"\n'),
    ('invalid_utf8_in_string', b'x = "\xff"\n'),
]


def ast_error_report(folder, name):
    """What `python3 -m ast NAME.py` prints about the error, without runpy's frames."""
    proc = subprocess.run([sys.executable, '-m', 'ast', name], cwd=folder, capture_output=True)
    if proc.returncode != 1:
        raise SystemExit('%s: python3 -m ast exited with %d' % (name, proc.returncode))
    lines = proc.stderr.decode('utf-8', 'surrogateescape').splitlines(keepends=True)
    starts = [i for i, line in enumerate(lines) if line.startswith('  File "%s"' % name)]
    # An error without a location is only its last line.
    return ''.join(lines[starts[-1]:] if starts else lines[-1:])


def ast_error_reports():
    inputs = os.path.join(GOLDEN, 'cli', 'ast_error_inputs')
    os.makedirs(inputs, exist_ok=True)
    for name, source in BYTE_LEVEL_ERRORS:
        with open(os.path.join(inputs, name + '.py'), 'wb') as f:
            f.write(source)
        write(os.path.join(inputs, name + '.stderr'), ast_error_report(inputs, name + '.py'))
    inputs = os.path.join(GOLDEN, 'ast', 'errors')
    outputs = os.path.join(GOLDEN, 'cli', 'ast_errors')
    os.makedirs(outputs, exist_ok=True)
    for name in sorted(os.listdir(inputs)):
        if not name.endswith('.py'):
            continue
        write(os.path.join(outputs, name[:-3] + '.stderr'), ast_error_report(inputs, name))


def code_objects(code):
    yield code
    for constant in code.co_consts:
        if hasattr(constant, 'co_code'):
            yield from code_objects(constant)


def code_attributes():
    folder = os.path.join(GOLDEN, 'dis')
    for name in sorted(os.listdir(folder)):
        if not name.endswith('.py'):
            continue
        with open(os.path.join(folder, name), encoding='utf-8') as f:
            module = compile(f.read(), name, 'exec', dont_inherit=True)
        lines = []
        for code in code_objects(module):
            lines.append('%s argcount=%d posonlyargcount=%d kwonlyargcount=%d varnames=%r '
                         'names=%r freevars=%r cellvars=%r\n' % (
                             code.co_qualname, code.co_argcount, code.co_posonlyargcount,
                             code.co_kwonlyargcount, code.co_varnames, code.co_names,
                             code.co_freevars, code.co_cellvars))
        write(os.path.join(folder, name[:-3] + '.code'), ''.join(lines))


def compile_outcomes():
    folder = os.path.join(GOLDEN, 'ast', 'programs')
    lines = []
    for name in sorted(os.listdir(folder)):
        if not name.endswith('.py'):
            continue
        with open(os.path.join(folder, name), encoding='utf-8') as f:
            source = f.read()
        try:
            with warnings.catch_warnings():
                warnings.simplefilter('ignore')
                compile(source, name, 'exec', dont_inherit=True)
            lines.append('%s\tok\n' % name)
        except SyntaxError as error:
            lines.append('%s\t%s\t%d\t%s\n' % (name, type(error).__name__, error.lineno,
                                               error.msg))
    write(os.path.join(GOLDEN, 'cli', 'compile_outcomes.txt'), ''.join(lines))


if __name__ == '__main__':
    ast_error_reports()
    code_attributes()
    compile_outcomes()
