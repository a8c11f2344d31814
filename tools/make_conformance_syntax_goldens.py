#!/usr/bin/env python3
"""Regenerates the tokenizer and parser goldens of the conformance programs with CPython 3.11.

For every tests/conformance/FOLDER/NAME.py (or only the files given on the command line):
  tests/golden/tokens/conformance/FOLDER/NAME.tokens  `python3 -m tokenize NAME.py` (run in the
                                                      program's folder), or NAME.stderr, its
                                                      error line, when it fails
  tests/golden/ast/conformance/FOLDER/NAME.ast        `python3 -m ast NAME.py` (positions, the
                                                      -a form, are covered by the parser's own
                                                      goldens and would triple the size here),
                                                      or NAME.stderr, the SyntaxError report
                                                      (from the `  File "NAME.py"` line on),
                                                      when the program does not parse
Goldens whose program is gone are removed. tests/cli/tokens_command_test.cpp and
ast_command_test.cpp compare `rewind tokens` and `rewind ast` with them for every program.

Usage: python3 tools/make_conformance_syntax_goldens.py [--check] [FILE.py ...]
  --check  write nothing; exit 1 if any golden is stale, missing or left over.
"""
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
CONFORMANCE = ROOT / "tests" / "conformance"
TOKENS = ROOT / "tests" / "golden" / "tokens" / "conformance"
AST = ROOT / "tests" / "golden" / "ast" / "conformance"


def run(program, *args):
    return subprocess.run([sys.executable, "-m", *args, program.name], cwd=program.parent,
                          capture_output=True)


def tokenize_goldens(program):
    result = run(program, "tokenize")
    if result.returncode == 0:
        return {".tokens": result.stdout}
    # Rewind prints only the error line, not the traceback of an "unexpected error".
    lines = result.stderr.decode("utf-8").splitlines(keepends=True)
    error = [line for line in lines
             if line.startswith(program.name + ":") or line.startswith("unexpected error:")]
    return {".stderr": error[0].encode()}


def ast_goldens(program):
    plain = run(program, "ast")
    if plain.returncode == 0:
        return {".ast": plain.stdout}
    # The frames of runpy and ast.py before the report are CPython's own (Rewind has none).
    lines = plain.stderr.decode("utf-8").splitlines(keepends=True)
    starts = [i for i, line in enumerate(lines) if line.startswith(f'  File "{program.name}"')]
    return {".stderr": "".join(lines[starts[-1]:] if starts else lines[-1:]).encode()}


def expected_goldens(program):
    relative = program.relative_to(CONFORMANCE).with_suffix("")
    goldens = {}
    for folder, make in ((TOKENS, tokenize_goldens), (AST, ast_goldens)):
        for suffix, data in make(program).items():
            goldens[folder / relative.parent / (relative.name + suffix)] = data
    return goldens


def golden_owner(golden, folder):
    """The conformance program a golden file belongs to."""
    relative = golden.relative_to(folder)
    return CONFORMANCE / relative.parent / (relative.name.split(".")[0] + ".py")


def main(argv):
    if sys.version_info[:2] != (3, 11):
        sys.exit(f"the goldens come from CPython 3.11, this is {sys.version.split()[0]}")
    check = "--check" in argv
    names = [a for a in argv if a != "--check"]
    programs = ([pathlib.Path(n).resolve() for n in names] if names
                else sorted(p for p in CONFORMANCE.glob("*/*.py") if not p.name.startswith("_")))
    problems = 0
    for program in programs:
        expected = expected_goldens(program)
        relative = program.relative_to(CONFORMANCE).with_suffix("")
        for folder in (TOKENS, AST):
            # A program that stopped (or started) parsing changes which goldens it has.
            for old in (folder / relative.parent).glob(relative.name + ".*"):
                if old not in expected:
                    problems += 1
                    print(f"{'left over' if check else 'removed'}: {old.relative_to(ROOT)}")
                    if not check:
                        old.unlink()
        for golden, data in expected.items():
            if golden.exists() and golden.read_bytes() == data:
                continue
            problems += 1
            if check:
                print(f"stale: {golden.relative_to(ROOT)}")
            else:
                golden.parent.mkdir(parents=True, exist_ok=True)
                golden.write_bytes(data)
                print(f"wrote {golden.relative_to(ROOT)}")
    if not names:
        for folder in (TOKENS, AST):
            for golden in sorted(folder.rglob("*")):
                if golden.is_file() and not golden_owner(golden, folder).exists():
                    problems += 1
                    print(f"{'left over' if check else 'removed'}: {golden.relative_to(ROOT)}")
                    if not check:
                        golden.unlink()
    print(f"{len(programs)} programs, {problems} golden files "
          f"{'to update' if check else 'written or removed'}")
    return 1 if check and problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
