# The SyntaxErrors of bad bytes literals, seen through compile(): message, line and
# column like CPython. The program then ends with one of them at top level, uncaught.
sources = [
    "x = b'caf\u00e9'\n",
    "x = b'abc' 'def'\n",
    "x = 'abc' b'def'\n",
    "x = (b'a'\n     'b')\n",
    "x = f'a' b'b'\n",
    "x = b'\\x4'\n",
    "x = b'\\xzz'\n",
    "x = rb'\u00ff'\n",
    "x = b'unterminated\n",
    "x = b'''never\nclosed\n",
    "x = bb'a'\n",
    "x = ub'a'\n",
    "x = b'ok' + 'fine'\n",
    "x = b'\\N{DASH}'\n",
]
for source in sources:
    try:
        compile(source, "<bytes>", "exec")
        print(repr(source), "compiles")
    except SyntaxError as e:
        print(repr(source), "->", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
print(eval("b'a' b'b' rb'\\c'"), eval("b'\\x41'") == b"A")
exec(sources[1])
