#!/usr/bin/env python3
"""Writes the navigation goldens for tests/recorder/nav_programs/*.py from CPython 3.11's
own tracing (sys.settrace), which the timeline's line stepping imitates:

  NAME.lines   every `line` event in order: "DEPTH LINE FUNCTION", DEPTH counting the
               program's frames on the stack (call/return events), FUNCTION co_qualname;
  NAME.locals  for every line that runs, the frame's locals (f_locals: arguments, locals,
               cell and free variables; a module's non-dunder globals) at its first and its
               last `line` event: "first|last LINE FUNCTION", then NAME=REPR lines, then
               "end". Addresses in reprs become "0x?".

usage: tools/make_nav_goldens.py   (from anywhere; rewrites the goldens in place)
"""

import io
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, "..", "tests", "recorder", "nav_programs")
ADDRESS = re.compile(r" at 0x[0-9a-f]+")


def normalized(text):
    return ADDRESS.sub(" at 0x?", text)


def visible_locals(frame):
    out = []
    for name, value in frame.f_locals.items():
        if len(name) > 4 and name.startswith("__") and name.endswith("__"):
            continue
        text = normalized(repr(value))
        if "\n" in text:
            raise SystemExit(f"{name} has a multi-line repr; keep golden values on one line")
        out.append(f"{name}={text}")
    return sorted(out)


def trace_program(path):
    source = open(path, encoding="utf-8").read()
    code = compile(source, path, "exec")
    events = []  # (depth, line, function, locals)
    depth = 0

    def tracer(frame, event, arg):
        nonlocal depth
        if frame.f_code.co_filename != path:
            return None
        if event == "call":
            depth += 1
        elif event == "return":
            depth -= 1
        elif event == "line":
            events.append((depth, frame.f_lineno, frame.f_code.co_qualname, visible_locals(frame)))
        return tracer

    namespace = {"__name__": "__main__", "__builtins__": __builtins__}
    stdout = sys.stdout
    sys.stdout = io.StringIO()
    sys.settrace(tracer)
    try:
        exec(code, namespace)
    finally:
        sys.settrace(None)
        sys.stdout = stdout
    return events


def write_goldens(path):
    events = trace_program(path)
    stem = os.path.splitext(path)[0]
    with open(stem + ".lines", "w", encoding="utf-8") as out:
        for depth, line, function, _ in events:
            out.write(f"{depth} {line} {function}\n")
    first, last = {}, {}
    for event in events:
        first.setdefault(event[1], event)
        last[event[1]] = event
    with open(stem + ".locals", "w", encoding="utf-8") as out:
        for line in sorted(first):
            for label, event in (("first", first[line]), ("last", last[line])):
                out.write(f"{label} {line} {event[2]}\n")
                for item in event[3]:
                    out.write(item + "\n")
                out.write("end\n")


def main():
    if sys.version_info[:2] != (3, 11):
        raise SystemExit("run this with CPython 3.11")
    for name in sorted(os.listdir(PROGRAMS)):
        if name.endswith(".py"):
            write_goldens(os.path.join(PROGRAMS, name))


if __name__ == "__main__":
    main()
