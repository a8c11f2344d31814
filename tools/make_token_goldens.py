#!/usr/bin/env python3
"""Regenerates the tokenizer goldens under tests/golden/tokens/ with CPython 3.11.

display/NAME.py      inputs; NAME.tokens is `python3 -m tokenize NAME.py` (run in that folder),
                     NAME.stderr its error line when it fails (the traceback of an "unexpected
                     error" is left out: Rewind prints only that line).
seed/NAME.tokens     the same for every /work/shared/seed/examples/NAME.py.
parse/NAME.tokens    for the inputs above that compile: the tokens of CPython's C tokenizer
                     (tokenize._generate_tokens_from_c_tokenizer): type, byte positions, text.
parse_errors/NAME.py inputs; NAME.error is the SyntaxError compile(bytes, ..., 'exec') raises.

Usage: python3 tools/make_token_goldens.py [SHARED_DIR]
"""
import os
import subprocess
import sys
import tempfile
import tokenize
import token
import warnings

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOLDEN = os.path.join(ROOT, 'tests', 'golden', 'tokens')
SHARED = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(ROOT), 'shared')
SEED = os.path.join(SHARED, 'seed', 'examples')


def write(path, text):
    with open(path, 'w', encoding='utf-8', newline='') as f:
        f.write(text)


def tokenize_cli(folder, name):
    proc = subprocess.run([sys.executable, '-m', 'tokenize', name], cwd=folder,
                          capture_output=True)
    stderr = proc.stderr.decode('utf-8')
    if proc.returncode != 0:
        lines = [line for line in stderr.splitlines()
                 if line.startswith(name + ':') or line.startswith('unexpected error:')]
        stderr = lines[0] + '\n'
    return proc.returncode, proc.stdout.decode('utf-8'), stderr


def c_tokens(source):
    """CPython's C tokenizer as its parser sees it; None when the source does not compile."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            compile(source, '<golden>', 'exec', dont_inherit=True)
        text = source.decode('utf-8-sig')
    except (SyntaxError, UnicodeDecodeError):
        return None
    lines = []
    for t in tokenize._generate_tokens_from_c_tokenizer(text):
        name = tokenize.tok_name[t.type]
        if name in ('ASYNC', 'AWAIT'):
            name = 'NAME'
        elif t.type in token.EXACT_TOKEN_TYPES.values() or t.type == token.OP:
            name = 'OP'
        lines.append('%s %d,%d-%d,%d %r\n' % ((name,) + t.start + t.end + (t.string,)))
    return ''.join(lines)


def compile_error(source):
    # Compiled from a folder without the file, so that CPython quotes the text it was given.
    with tempfile.TemporaryDirectory() as empty:
        cwd = os.getcwd()
        os.chdir(empty)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter('ignore')
                compile(source, 'golden.py', 'exec', dont_inherit=True)
        except SyntaxError as e:
            return ''.join('%s\n' % field for field in (
                type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset,
                repr(e.text)))
        finally:
            os.chdir(cwd)
    raise SystemExit('no SyntaxError for a parse_errors input')


def clear(folder, suffix):
    for name in os.listdir(folder):
        if name.endswith(suffix):
            os.remove(os.path.join(folder, name))


def main():
    display = os.path.join(GOLDEN, 'display')
    seed = os.path.join(GOLDEN, 'seed')
    parse = os.path.join(GOLDEN, 'parse')
    errors = os.path.join(GOLDEN, 'parse_errors')
    for folder in (seed, parse):
        os.makedirs(folder, exist_ok=True)
    clear(display, '.tokens')
    clear(display, '.stderr')
    clear(seed, '.tokens')
    clear(parse, '.tokens')
    clear(errors, '.error')

    inputs = [(display, name) for name in sorted(os.listdir(display)) if name.endswith('.py')]
    for name in sorted(os.listdir(SEED)):
        if name.endswith('.py'):
            inputs.append((SEED, name))
    for folder, name in inputs:
        stem = name[:-3]
        out_folder = display if folder == display else seed
        status, stdout, stderr = tokenize_cli(folder, name)
        write(os.path.join(out_folder, stem + '.tokens'), stdout)
        if status != 0:
            write(os.path.join(out_folder, stem + '.stderr'), stderr)
        with open(os.path.join(folder, name), 'rb') as f:
            tokens = c_tokens(f.read())
        if tokens is not None:
            write(os.path.join(parse, stem + '.tokens'), tokens)

    for name in sorted(os.listdir(errors)):
        if name.endswith('.py'):
            with open(os.path.join(errors, name), 'rb') as f:
                write(os.path.join(errors, name[:-3] + '.error'), compile_error(f.read()))


if __name__ == '__main__':
    main()
