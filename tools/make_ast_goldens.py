#!/usr/bin/env python3
"""Regenerates the parser goldens under tests/golden/ast/ with CPython 3.11.

programs/NAME.py    hand-written inputs covering the grammar; NAME.ast is what
                    `python3 -m ast NAME.py` prints, NAME.ast-a what `python3 -m ast -a` prints.
seed/NAME.ast(-a)   the same for every /work/shared/seed/examples/NAME.py.
errors/NAME.py      invalid programs, written from ERROR_CASES below; NAME.error holds the
                    SyntaxError that compile(source, path, 'exec', ast.PyCF_ONLY_AST) raises
                    for the file (its text is the line as CPython reads it back from the
                    file): kind, repr(msg), lineno, offset, end_lineno, end_offset, repr(text),
                    one per line (None written as 0).

Usage: python3 tools/make_ast_goldens.py [SHARED_DIR]
"""
import ast
import os
import subprocess
import sys
import warnings

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOLDEN = os.path.join(ROOT, 'tests', 'golden', 'ast')
SHARED = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(ROOT), 'shared')
SEED = os.path.join(SHARED, 'seed', 'examples')

# Invalid programs: the mistakes students make, and the specialised messages of CPython's
# invalid_* grammar rules. Each becomes errors/NNN_<slug>.py.
ERROR_CASES = [
    ('missing_colon_if', 'if x\n    pass\n'),
    ('missing_colon_for', 'for x in range(3)\n  print(x)\n'),
    ('missing_colon_while', 'while True print(1)\n'),
    ('missing_colon_def', 'def f()\n  pass\n'),
    ('missing_colon_def_returns', 'def f() -> int\n  pass\n'),
    ('missing_colon_class', 'class A\n  pass\n'),
    ('missing_colon_else', 'if x:\n  pass\nelse\n  pass\n'),
    ('missing_colon_elif', 'if x:\n  pass\nelif y\n  pass\n'),
    ('missing_colon_try', 'try\n  pass\nexcept:\n  pass\n'),
    ('missing_colon_except', 'try:\n  pass\nexcept ValueError\n  pass\n'),
    ('missing_colon_with', 'with open(f) as g\n  pass\n'),
    ('missing_paren_def', 'def f:\n  pass\n'),
    ('indent_expected_if', 'if x:\npass\n'),
    ('indent_expected_if_eof', 'if x:\n'),
    ('indent_expected_if_eof_no_newline', 'if x:'),
    ('indent_expected_if_trailing_comment', 'if x:\n\n# c\n'),
    ('indent_expected_def', 'def f(x):\nreturn x\n'),
    ('indent_expected_class', 'class A:\npass\n'),
    ('indent_expected_for', 'for i in x:\nprint(i)\n'),
    ('indent_expected_while', 'while x:\nx -= 1\n'),
    ('indent_expected_else', 'if x:\n  pass\nelse:\npass\n'),
    ('indent_expected_elif', 'if x:\n  pass\nelif y:\npass\n'),
    ('indent_expected_try', 'try:\nx = 1\n'),
    ('indent_expected_except', 'try:\n  pass\nexcept:\npass\n'),
    ('indent_expected_finally', 'try:\n  pass\nfinally:\npass\n'),
    ('indent_expected_with', 'with a:\npass\n'),
    ('indent_expected_match', 'match x:\ncase 1: pass\n'),
    ('indent_expected_case', 'match x:\n  case 1:\n  pass\n'),
    ('unexpected_indent', '  x = 1\n'),
    ('unexpected_indent_second_line', 'a = 1\n  b = 2\n'),
    ('unexpected_indent_in_body', 'def f():\n    x = 1\n     y = 2\n'),
    ('unexpected_indent_tab', '\tx = 1\n'),
    ('else_indented_too_far', 'if x:\n  pass\n  else:\n'),
    ('unindent_mismatch', 'if x:\n    a = 1\n  b = 2\n'),
    ('tab_error', 'if True:\n\tx = 1\n        y = 2\n'),
    ('generic_invalid_syntax', 'x y z\n'),
    ('generic_two_names', 'a b\n'),
    ('generic_double_equals', 'x = = 1\n'),
    ('generic_trailing_operator', 'x = 5 +\n'),
    ('generic_keyword_as_name', 'return = 1\n'),
    ('generic_else_alone', 'else:\n  pass\n'),
    ('generic_dollar', 'x = $\n'),
    ('generic_question_mark', 'a ? b\n'),
    ('generic_bang', 'a ! b\n'),
    ('generic_decorator_at_eof', '@foo\n'),
    ('generic_decorator_on_statement', '@foo\nx = 1\n'),
    ('generic_import_nothing', 'import\n'),
    ('generic_from_import_nothing', 'from x import\n'),
    ('generic_global_nothing', 'global\n'),
    ('generic_not_alone', 'x = not\n'),
    ('generic_assert_nothing', 'assert\n'),
    ('generic_raise_from', 'raise from x\n'),
    ('generic_await_nothing', 'async def f(): await\n'),
    ('generic_comprehension_missing_iter', 'x = [i for i in]\n'),
    ('generic_if_else_missing_value', 'x = a if b else\n'),
    ('generic_attribute_number', 'a.1\n'),
    ('generic_import_as_dotted', 'import a.b as c.d\n'),
    ('generic_walrus_statement', 'x := 1\n'),
    ('generic_async_name', 'async = 1\n'),
    ('generic_nonlocal_assign', 'nonlocal = 3\n'),
    ('generic_class_genexp_bases', 'class C(x for x in y): pass\n'),
    ('generic_dict_double_star_key', 'x = {**a: 1}\n'),
    ('generic_case_outside_match', 'case 1 + 2:\n'),
    ('generic_annotated_tuple_targets', 'x: int, y: int = 1, 2\n'),
    ('generic_default_slash_star', 'def f(a=1/*): pass\n'),
    ('forgot_comma_call', 'print(a b)\n'),
    ('forgot_comma_list', 'x = [1, 2 3]\n'),
    ('forgot_comma_tuple_multiline', 'x = (1,\n2 3)\n'),
    ('forgot_comma_dict_value', 'x = {1: 3 4}\n'),
    ('forgot_comma_set', 'x = {1, 3 4}\n'),
    ('dict_colon_expected', 'd = {1:2, 3}\n'),
    ('dict_colon_expected_missing', 'x = {"a": 1, "b" 2}\n'),
    ('dict_colon_expected_later_key_call', 'x = {1: 2, f(3 4): 5}\n'),
    ('dict_value_expected', 'x = {1: 2, 3:}\n'),
    ('dict_starred_value', '{1: *a}\n'),
    ('dict_unpacking_in_comprehension', '{**a for a in b}\n'),
    ('missing_parentheses_print', 'print "hi"\n'),
    ('missing_parentheses_exec', 'exec "code"\n'),
    ('assign_to_call_here', 'f() = 1\n'),
    ('assign_to_literal_here', '1 = x\n'),
    ('assign_to_string_here', '"a" = x\n'),
    ('assign_to_expression_here', 'x + 1 = 2\n'),
    ('assign_to_literal_chained', 'x = 1 = 2\n'),
    ('maybe_equality_in_if', 'if x = 1:\n  pass\n'),
    ('maybe_equality_in_while', 'while x = 1:\n  pass\n'),
    ('maybe_equality_in_call', 'f(x=1 for x in y)\n'),
    ('walrus_on_attribute', '(a.b := 1)\n'),
    ('augassign_tuple', '(a, b) += 1\n'),
    ('augassign_list', '[a, b] += 1\n'),
    ('augassign_bare_tuple', 'a, b += 1\n'),
    ('annotate_tuple', '(a, b): int\n'),
    ('annotate_expression', 'a + 1: int\n'),
    ('annotate_list', '[a]: int\n'),
    ('assign_to_yield', 'yield = 1\n'),
    ('delete_call', 'del f()\n'),
    ('delete_starred', 'del *a\n'),
    ('delete_expression', 'del a + b\n'),
    ('delete_in_tuple', 'del (a, b+1)\n'),
    ('for_target_call', 'for f() in x: pass\n'),
    ('for_target_literal', 'for 1 in x: pass\n'),
    ('with_target_call', 'with a as f(): pass\n'),
    ('with_target_literal', 'with open(x) as 1: pass\n'),
    ('comprehension_target_literal', '[x for 1 in y]\n'),
    ('iterable_unpacking_in_comprehension', '[*a for a in b]\n'),
    ('comprehension_needs_parentheses', '[a, b for a in c]\n'),
    ('comprehension_needs_parentheses_comma', '[a, for a in c]\n'),
    ('starred_in_group', 'x = (*a)\n'),
    ('double_starred_in_group', 'x = (**a)\n'),
    ('genexp_needs_parentheses', 'f(x for x in y, 1)\n'),
    ('genexp_needs_parentheses_trailing', 'f(x for x in y, )\n'),
    ('genexp_needs_parentheses_after_args', 'f(a, x for x in y)\n'),
    ('positional_after_keyword', 'f(a, b=1, c)\n'),
    ('positional_after_keyword_unpacking', 'f(**k, a)\n'),
    ('iterable_after_keyword_unpacking', 'f(**a, *b)\n'),
    ('keyword_true', 'f(True=1)\n'),
    ('keyword_expression', 'f(a+1=2)\n'),
    ('expected_else', 'x = 1 if y\n'),
    ('expected_else_in_parens', 'x = (a if b)\n'),
    ('params_parenthesized', 'def f((a, b)): pass\n'),
    ('lambda_params_parenthesized', 'lambda (a): 1\n'),
    ('default_missing', 'def f(a=): pass\n'),
    ('non_default_after_default', 'def f(a=1, b): pass\n'),
    ('lambda_non_default_after_default', 'lambda x=1, y: x\n'),
    ('vararg_default', 'def f(*a=1): pass\n'),
    ('kwarg_default', 'def f(**k=1): pass\n'),
    ('args_after_kwargs', 'def f(**k, a): pass\n'),
    ('args_after_kwargs_kwonly', 'def f(*, a=1, **b, c): pass\n'),
    ('slash_after_star', 'def f(*, /): pass\n'),
    ('slash_twice', 'def f(a, /, b, /): pass\n'),
    ('slash_first', 'def f(/, a): pass\n'),
    ('star_twice', 'def f(*a, *b): pass\n'),
    ('bare_star', 'def f(*): pass\n'),
    ('lambda_bare_star', 'lambda *: 1\n'),
    ('multiple_exception_types', 'try:\n  pass\nexcept A, B:\n  pass\n'),
    ('except_star_without_type', 'try:\n  pass\nexcept*:\n  pass\n'),
    ('try_without_except', 'try:\n  pass\nx = 1\n'),
    ('try_without_except_eof', 'try:\n  pass\n'),
    ('except_and_except_star', 'try:\n  pass\nexcept* A:\n  pass\nexcept B:\n  pass\n'),
    ('trailing_comma_import', 'from a import b,\n'),
    ('match_underscore_target', 'match x:\n  case 1 as _:\n    pass\n'),
    ('match_imaginary_required', 'match x:\n  case 1 + 2:\n    pass\n'),
    ('match_real_required', 'match x:\n  case -1j + 2:\n    pass\n'),
    ('match_positional_after_keyword', 'match x:\n  case C(a=1, b):\n    pass\n'),
    ('match_missing_colon', 'match x\n  case 1:\n    pass\n'),
    ('case_missing_colon', 'match x:\n  case 1\n    pass\n'),
    ('never_closed_paren', 'foo(\n'),
    ('never_closed_before_comma_error', 'foo(a b\n'),
    ('never_closed_at_eof_no_newline', 'foo(a b'),
    ('never_closed_bracket_later_lines', 'x = [1, 2\ny = 3\n'),
    ('never_closed_print', 'print("a"\nx = 1\n'),
    ('never_closed_loses_to_earlier_error', 'x = = 1\nfoo(\n'),
    ('unmatched_paren', 'x = 1)\n'),
    ('unterminated_string', 'print("hi)\n'),
    ('unterminated_triple_string', 'x = """abc\n'),
    ('fstring_empty_expression', 'f"{}"\n'),
    ('fstring_expecting_brace', 'f"{x"\n'),
    ('fstring_single_brace', 'f"}"\n'),
    ('fstring_bad_conversion', 'f"{x!z}"\n'),
    ('fstring_missing_conversion', 'f"{x!}"\n'),
    ('fstring_hash', 'f"{#}"\n'),
    ('fstring_unmatched_paren', 'f"{a)}"\n'),
    ('fstring_backslash', 'f"{a\\n}"\n'),
    ('fstring_nested_too_deeply', 'f"{x:{y:{z}}}"\n'),
    ('fstring_forgot_comma', 'f"{a b}"\n'),
    ('fstring_forgot_comma_non_ascii', 'x = 1\nf"{é b}"\n'),
    ('fstring_invalid_syntax', 'x = 1\ny = f"{a $ b}"\n'),
    ('bytes_non_ascii', 'x = b"é"\n'),
    ('bytes_and_str_mixed', 'b"a" "b"\n'),
    ('string_truncated_hex_escape', 'x = "ab\\x4"\n'),
    ('string_truncated_escape_after_non_ascii', 'x = "é\\x4"\n'),
    ('string_illegal_unicode_escape', 'x = "\\U00110000"\n'),
    ('bytes_invalid_hex_escape', 'x = b"\\x4"\n'),
    ('int_too_many_digits', 'x = 1' + '0' * 4400 + '\n'),
    ('invalid_decimal_literal', 'x = 1_\n'),
    ('invalid_hex_literal', 'x = 0x\n'),
    ('leading_zeros', 'x = 09\n'),
    ('non_ascii_forgot_comma', 'café b\n'),
    ('error_on_third_line', 'x = 1\ny = 2\nz = (3 +)\n'),
    ('error_in_nested_block', 'def f():\n    for i in x:\n        if i\n            pass\n'),
    ('fstring_expression_before_equals', 'f"{=}"\n'),
    ('fstring_expression_before_bang', 'f"{!r}"\n'),
    ('fstring_expression_before_colon', 'f"{:x}"\n'),
    ('fstring_blank_expression', 'f"{  }"\n'),
    ('fstring_unterminated_inner_string', 'f"{x\'}"\n'),
    ('fstring_unmatched_bracket', 'f"{[}"\n'),
    ('fstring_closing_mismatch', 'f"{x(]}"\n'),
    ('fstring_error_in_format_spec', 'f"{x:{1+}}"\n'),
    ('fstring_error_in_second_string', 'f"{a}" f"{b c}"\n'),
    ('fstring_multiline_forgot_comma', 'x = 1\nf"""\n{a b}"""\n'),
    ('fstring_nested_fstring_error', 'f\'{f"{x y}"}\'\n'),
    ('soft_keyword_prefix_no_comma_hint', 'x = (c q)\n'),
    ('dict_later_key_no_comma_hint', 'x = {1: 2, 3 4}\n'),
    ('interactive_style_trailing_comment', 'x = 1 +  # comment\n'),
    ('eof_inside_call_after_comment', 'f(a,  # note\n'),
]


def write(path, text):
    with open(path, 'w', encoding='utf-8', newline='') as f:
        f.write(text)


def ast_cli(folder, name, *options):
    proc = subprocess.run([sys.executable, '-m', 'ast', *options, name], cwd=folder,
                          capture_output=True, check=True)
    return proc.stdout.decode('utf-8')


def write_dumps(source_folder, name, golden_folder):
    stem = os.path.splitext(name)[0]
    write(os.path.join(golden_folder, stem + '.ast'), ast_cli(source_folder, name))
    write(os.path.join(golden_folder, stem + '.ast-a'), ast_cli(source_folder, name, '-a'))


def number(value):
    return '%d\n' % (value if value is not None else 0)


def error_record(path):
    with open(path, 'rb') as f:
        source = f.read().decode('utf-8')
    try:
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            compile(source, path, 'exec', ast.PyCF_ONLY_AST, dont_inherit=True)
    except SyntaxError as e:
        return (type(e).__name__ + '\n' + repr(e.msg) + '\n' + number(e.lineno) +
                number(e.offset) + number(e.end_lineno) + number(e.end_offset) +
                repr(e.text if e.text is not None else '') + '\n')
    raise SystemExit('%s: compiles without error' % path)


def main():
    programs = os.path.join(GOLDEN, 'programs')
    for name in sorted(os.listdir(programs)):
        if name.endswith('.py'):
            write_dumps(programs, name, programs)

    seed = os.path.join(GOLDEN, 'seed')
    os.makedirs(seed, exist_ok=True)
    for name in sorted(os.listdir(SEED)):
        if name.endswith('.py'):
            write_dumps(SEED, name, seed)

    errors = os.path.join(GOLDEN, 'errors')
    os.makedirs(errors, exist_ok=True)
    for index, (slug, source) in enumerate(ERROR_CASES, 1):
        stem = '%03d_%s' % (index, slug)
        path = os.path.join(errors, stem + '.py')
        write(path, source)
        write(os.path.join(errors, stem + '.error'), error_record(path))


if __name__ == '__main__':
    main()
