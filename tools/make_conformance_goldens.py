#!/usr/bin/env python3
"""Regenerates the CPython goldens of the conformance programs.

For every program tests/conformance/AREA/NAME.py (or only the files given on the command line) runs
`python3 NAME.py` in a scratch copy of the program's folder (programs may write files) with
PYTHONHASHSEED=0, its stdin read from NAME.in when there is one (else empty), and writes
  NAME.out   what the program printed on stdout
  NAME.exit  its exit status as a shell reports it (0; 1 after an uncaught exception; 130, that
             is 128 + SIGINT, after an uncaught KeyboardInterrupt, which CPython ends with)
tests/engine/conformance_test.cpp runs each program in the engine and compares both.
Files named _NAME.py and everything in subfolders are modules the programs import, not
programs.
Stderr (tracebacks) is not compared, so a program may end in an uncaught exception.

Usage: python3 tools/make_conformance_goldens.py [--check] [FILE.py ...]
  --check  write nothing; exit 1 if any golden differs from what CPython produces now.
"""
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
CONFORMANCE = ROOT / "tests" / "conformance"
TIMEOUT_SECONDS = 60


def run_cpython(program):
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    env.pop("PYTHONSTARTUP", None)
    with tempfile.TemporaryDirectory() as scratch:
        folder = pathlib.Path(scratch) / "program"
        shutil.copytree(program.parent, folder)
        stdin = program.with_suffix(".in")
        result = subprocess.run([sys.executable, program.name], cwd=folder, env=env,
                                input=stdin.read_bytes() if stdin.exists() else b"",
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                timeout=TIMEOUT_SECONDS)
    status = result.returncode if result.returncode >= 0 else 128 - result.returncode
    return result.stdout, f"{status}\n".encode()


def main(argv):
    if sys.version_info[:2] != (3, 11):
        sys.exit(f"the goldens come from CPython 3.11, this is {sys.version.split()[0]}")
    check = "--check" in argv
    names = [a for a in argv if a != "--check"]
    programs = ([pathlib.Path(n).resolve() for n in names] if names
                else sorted(p for p in CONFORMANCE.glob("*/*.py") if not p.name.startswith("_")))
    stale = 0
    for program in programs:
        out, status = run_cpython(program)
        for suffix, data in ((".out", out), (".exit", status)):
            golden = program.with_suffix(suffix)
            if golden.exists() and golden.read_bytes() == data:
                continue
            stale += 1
            if check:
                print(f"stale: {golden.relative_to(ROOT)}")
            else:
                golden.write_bytes(data)
                print(f"wrote {golden.relative_to(ROOT)}")
    print(f"{len(programs)} programs, {stale} golden files {'stale' if check else 'written'}")
    return 1 if check and stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
