#!/usr/bin/env python3
"""Regenerates tests/golden/tracebacks/NAME.err: CPython 3.11's stderr for `python3 NAME.py`
run in that folder, with the script's path as given on the command line (CPython 3.11 prints
the absolute path of the main script; Rewind prints the path as given, like older CPythons).

Usage: python3 tools/make_traceback_goldens.py
"""
import pathlib
import subprocess
import sys

FOLDER = pathlib.Path(__file__).resolve().parent.parent / "tests" / "golden" / "tracebacks"


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit(f"the goldens come from CPython 3.11, this is {sys.version.split()[0]}")
    for program in sorted(FOLDER.glob("*.py")):
        result = subprocess.run([sys.executable, program.name], cwd=FOLDER,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                env={"PYTHONHASHSEED": "0", "PATH": ""})
        err = result.stderr.replace(f'File "{program}"'.encode(), f'File "{program.name}"'.encode())
        program.with_suffix(".err").write_bytes(err)
        print(f"wrote {program.with_suffix('.err').name} (exit {result.returncode})")


if __name__ == "__main__":
    main()
