# A name may be bound only once in a pattern.
sources = [
    "match v:\n    case [x, x]: pass\n",
    "match v:\n    case {'a': x, **x}: pass\n",
    "match v:\n    case [x, *x]: pass\n",
    "match v:\n    case Point(x=a, y=a): pass\n",
    "match v:\n    case (a as b) as b: pass\n",
    "match v:\n    case [a, (1 | 2) as a]: pass\n",
    "match v:\n    case __debug__: pass\n",
]
for s in sources:
    try:
        compile(s, "dup.py", "exec")
        print("compiled")
    except SyntaxError as e:
        print(e.msg, "at", e.lineno, e.offset)
