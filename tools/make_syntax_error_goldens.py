#!/usr/bin/env python3
"""Regenerates the golden reports of programs CPython 3.11 refuses to compile.

tests/golden/syntax_errors/NNN_SLUG.py
    broken programs, written from CASES below; NNN_SLUG.err is what `python3 NNN_SLUG.py`
    (run in that folder) writes to stderr: the `  File "...", line N` line, the source line,
    the caret line and the SyntaxError, IndentationError or TabError line.
tests/golden/syntax_errors/conformance/FOLDER/NAME.err
    the same for every conformance program tests/conformance/FOLDER/NAME.py that CPython
    refuses to compile.

CPython 3.11 prints the absolute path of the main script; Rewind prints the path as given on
the command line, so the goldens name the file as it was given (NAME.py).
tests/cli/syntax_error_report_test.cpp runs `rewind run` on each program and compares.

Usage: python3 tools/make_syntax_error_goldens.py
"""
import pathlib
import re
import shutil
import subprocess
import sys
import warnings

ROOT = pathlib.Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden" / "syntax_errors"
CONFORMANCE = ROOT / "tests" / "conformance"
REPORT = re.compile(rb"^(SyntaxError|IndentationError|TabError): ", re.MULTILINE)

# (slug, program): the mistakes of beginners, each with code before and after it so that the
# reported line is not always the first, and CPython's specialised messages.
CASES = [
    ("missing_colon_for", "total = 0\nfor n in range(10)\n    total += n\nprint(total)\n"),
    ("missing_colon_def", "def greet(name)\n    return 'hi ' + name\n"),
    ("missing_colon_class", "class Point\n    pass\n"),
    ("missing_colon_else", "x = 3\nif x > 2:\n    print('big')\nelse\n    print('small')\n"),
    ("missing_colon_while", "n = 3\nwhile n > 0\n    n -= 1\n"),
    ("equals_in_if", "x = 5\nif x = 5:\n    print(x)\n"),
    ("equals_in_while", "i = 0\nwhile i = 3:\n    i += 1\n"),
    ("two_values_no_operator", "a = 1\nb = 2\nc = a b\n"),
    ("forgot_comma_list", "items = [1, 2 3, 4]\n"),
    ("forgot_comma_call", "print('a' 'b', x y)\n"),
    ("forgot_comma_multiline", "data = [\n    1,\n    2\n    3,\n]\n"),
    ("unclosed_paren", "values = [1, 2, 3]\nresult = sum(values\nprint(result)\n"),
    ("unclosed_bracket_eof", "matrix = [[1, 2],\n          [3, 4]\n"),
    ("unclosed_brace", "config = {'a': 1,\n          'b': 2\n\nprint(config)\n"),
    ("unmatched_close", "x = (1 + 2))\n"),
    ("unmatched_close_bracket", "print('done')\n]\n"),
    ("mismatched_close", "x = [1, 2, 3)\n"),
    ("mismatched_close_multiline", "total = (1 +\n         2]\n"),
    ("unterminated_string", "name = 'Ada\nprint(name)\n"),
    ("unterminated_double_quote", "print(\"hello)\n"),
    ("unterminated_triple", "doc = '''starts here\nand never\nends\n"),
    ("unterminated_fstring", "x = 1\nprint(f'value {x)\n"),
    ("assign_to_literal", "5 = x\n"),
    ("assign_to_call", "len(items) = 3\n"),
    ("assign_to_expression", "a + b = c\n"),
    ("assign_to_keyword", "True = 0\n"),
    ("keyword_as_name", "class = 'maths'\n"),
    ("keyword_as_parameter", "def f(lambda):\n    return 1\n"),
    ("print_statement", "name = 'Ada'\nprint name\n"),
    ("print_statement_string", "print 'hello world'\n"),
    ("exec_statement", "exec 'x = 1'\n"),
    ("leading_zero", "month = 09\n"),
    ("invalid_decimal_literal", "value = 3rd\n"),
    ("invalid_identifier_start", "2nd_place = 'silver'\n"),
    ("invalid_character", "x = 5 \u00d7 3\n"),
    ("smart_quotes", "print(\u201chello\u201d)\n"),
    ("dollar_sign", "price = $5\n"),
    ("question_mark", "ok = x ? 1 : 0\n"),
    ("line_continuation_space", "total = 1 + \\ 2\n"),
    ("else_without_if", "x = 1\nelse:\n    x = 2\n"),
    ("elif_after_else", "if x:\n    pass\nelse:\n    pass\nelif y:\n    pass\n"),
    ("try_without_except", "try:\n    x = 1\nprint(x)\n"),
    ("except_without_try", "x = 1\nexcept ValueError:\n    pass\n"),
    ("return_outside_function", "x = 1\nreturn x\n"),
    ("break_outside_loop", "if True:\n    break\n"),
    ("continue_in_function", "def f():\n    continue\n"),
    ("yield_outside_function", "yield 5\n"),
    ("nonlocal_at_module", "nonlocal x\n"),
    ("nonlocal_without_binding", "def f():\n    def g():\n        nonlocal count\n        count = 1\n"),
    ("global_after_use", "def f():\n    print(x)\n    global x\n"),
    ("duplicate_argument", "def area(w, h, w):\n    return w * h\n"),
    ("default_before_required", "def f(a=1, b):\n    return a + b\n"),
    ("positional_after_keyword", "print(sep='-', 'a', 'b')\n"),
    ("keyword_repeated", "f(a=1, a=2)\n"),
    ("star_assignment_alone", "*a = [1, 2]\n"),
    ("two_starred", "a, *b, *c = range(5)\n"),
    ("augmented_to_tuple", "a, b += 1, 2\n"),
    ("walrus_statement", "x := 5\n"),
    ("lambda_with_statement", "f = lambda x: return x\n"),
    ("dict_missing_value", "d = {'a': 1, 'b':}\n"),
    ("dict_missing_colon", "d = {'a': 1, 'b' 2}\n"),
    ("fstring_empty_expression", "print(f'{}')\n"),
    ("fstring_single_brace", "print(f'a } b')\n"),
    ("fstring_bad_conversion", "x = 1\nprint(f'{x!z}')\n"),
    ("expected_else_in_conditional", "x = 1 if True\n"),
    ("comprehension_missing_in", "squares = [x * x for x range(5)]\n"),
    ("import_missing_name", "from math import\n"),
    ("trailing_operator", "x = 1 +\n"),
    ("unexpected_eof_in_block", "def f():\n"),
    ("expected_indent_if", "x = 3\nif x > 2:\nprint('big')\n"),
    ("expected_indent_def", "def greet():\nreturn 'hi'\n"),
    ("expected_indent_for", "for i in range(3):\n\nprint(i)\n"),
    ("expected_indent_class", "class A:\ndef m(self):\n    pass\n"),
    ("expected_indent_try", "try:\nx = 1\nexcept:\n    pass\n"),
    ("expected_indent_with", "with open('f') as f:\nf.read()\n"),
    ("expected_indent_else", "if True:\n    pass\nelse:\npass\n"),
    ("unexpected_indent_first_line", "   x = 1\n"),
    ("unexpected_indent_later", "x = 1\ny = 2\n    z = 3\n"),
    ("unexpected_indent_in_block", "def f():\n    a = 1\n        b = 2\n    return a\n"),
    ("unindent_mismatch", "def f():\n    a = 1\n  b = 2\n"),
    ("unindent_mismatch_else", "if True:\n        pass\n    else:\n        pass\n"),
    ("tab_error", "if True:\n\tx = 1\n        y = 2\n"),
    ("tab_error_later", "def f():\n    a = 1\n    if a:\n\tb = 2\n"),
    ("error_after_tab_indent", "if True:\n\tx = = 1\n"),
    ("error_deep_in_program", "".join("x%d = %d\n" % (i, i) for i in range(40)) +
     "def f(:\n    pass\n"),
    # (Errors on a line with non-ASCII text before the error are left out: CPython 3.11 puts
    # some carets there by byte offset, Rewind by character, as tests/cli/ast_command_test.cpp
    # notes for `rewind ast`.)
    ("non_ascii_after_error", "x = 1 2 # caf\u00e9\n"),
    ("non_ascii_string_on_next_line", "if x\n    print('\u00e9t\u00e9')\n"),
    ("too_many_nested_parentheses", "x = " + "(" * 201 + "1" + ")" * 201 + "\n"),
    ("null_byte", "x = 1\x00\n"),
]


def report(folder, name):
    """CPython's stderr for `python3 NAME.py` when it refuses the program, else None."""
    result = subprocess.run([sys.executable, name], cwd=folder, stdin=subprocess.DEVNULL,
                            capture_output=True, env={"PYTHONHASHSEED": "0", "PATH": ""})
    if result.returncode != 1 or result.stdout or b"Traceback" in result.stderr:
        return None
    if not REPORT.search(result.stderr):
        return None
    absolute = str((folder / name).resolve()).encode()
    return result.stderr.replace(b'File "' + absolute + b'"', b'File "' + name.encode() + b'"')


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit(f"the goldens come from CPython 3.11, this is {sys.version.split()[0]}")
    if GOLDEN.exists():
        shutil.rmtree(GOLDEN)
    GOLDEN.mkdir(parents=True)
    for number, (slug, source) in enumerate(CASES, 1):
        name = "%03d_%s.py" % (number, slug)
        (GOLDEN / name).write_bytes(source.encode("utf-8"))
        err = report(GOLDEN, name)
        if err is None:
            sys.exit(f"{name}: CPython does not refuse it with a syntax error report")
        (GOLDEN / name).with_suffix(".err").write_bytes(err)
    conformance = 0
    for program in sorted(p for p in CONFORMANCE.glob("*/*.py") if not p.name.startswith("_")):
        # Only programs that do not compile are run: the others may write files.
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                compile(program.read_bytes(), program.name, "exec", dont_inherit=True)
            continue
        except (SyntaxError, ValueError):
            pass
        err = report(program.parent, program.name)
        if err is None:
            continue
        golden = GOLDEN / "conformance" / program.relative_to(CONFORMANCE).with_suffix(".err")
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_bytes(err)
        conformance += 1
    print(f"{len(CASES)} broken programs, {conformance} conformance programs")


if __name__ == "__main__":
    main()
