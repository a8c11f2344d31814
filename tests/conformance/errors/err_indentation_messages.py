# IndentationError and TabError, subclasses of SyntaxError, with their positions.
snippets = [
    "if True:\nprint('no indent')\n",
    "  x = 1\n",
    "x = 1\n    y = 2\n",
    "def f():\n    a = 1\n  b = 2\n",
    "for i in range(3):\n\n",
    "if True:\n    pass\n  else:\n    pass\n",
    "if True:\n\tx = 1\n        y = 2\n",
    "class C:\n    def m(self):\n    pass\n",
    "try:\n    pass\nexcept:\npass\n",
    "while x:\n",
    "def f():\n    '''doc'''\n     return 1\n",
    "if a:\n    if b:\n        pass\n   else:\n        pass\n",
]
for source in snippets:
    try:
        compile(source, "indent.py", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, isinstance(e, SyntaxError), repr(e.msg))
        print("   ", e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
print(issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))
exec("if True:\n    x = 'ok'\n")
print(x)
exec("def g():\nreturn 1\n")
