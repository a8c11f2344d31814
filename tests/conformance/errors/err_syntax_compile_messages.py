# SyntaxError details from compile(): message, line, column, end position and text.
snippets = [
    "if x\n    pass\n",
    "x = = 1\n",
    "print 'hello'\n",
    "def f(:\n    pass\n",
    "a = 1\nb = (2 +\nc = 3\n",
    "for i in range(3):\n    print(i\n",
    "x = [1, 2 3]\n",
    "f() = 5\n",
    "1 + 2 = x\n",
    "'abc\n",
    "x = '''never closed\n",
    "while True\n    pass\n",
    "else:\n    pass\n",
    "def f():\n    return\nreturn 1\n",
    "x = 1 +\n",
    "class C(:\n    pass\n",
    "import\n",
    "lambda x: yield x\n",
    "{1: 2, 3}\n",
    "f(a=1, 2)\n",
    "x = 0777\n",
    "x = 1_\n",
    "x = $\n",
    "if x = 3:\n    pass\n",
    "print(f'{x!}')\n",
    "del f()\n",
    "(a, b) += 1\n",
    "True = 1\n",
    "def f(x, x):\n    pass\n",
    "x = 5 if y\n",
    "s = '\\x4'\n",
    "s = '\\N{NOT A NAME}'\n",
    "s = r'ends with backslash\\'\n",
    "total = 1 + \\ 2\n",
    "x = 1 \\\n\n",
    "s = 'tab\\u12'\n",
]
for source in snippets:
    try:
        compile(source, "<student>", "exec")
        print("compiled", repr(source))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg))
        text = e.text.rstrip("\n") if e.text else ""
        print("   ", e.filename, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(text))
