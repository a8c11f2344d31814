# Alternatives that bind different names are a SyntaxError.
for source in [
    "match v:\n    case [x] | [y]: pass\n",
    "match v:\n    case x | [x, y]: pass\n",
    "match v:\n    case (1 as a) | 2: pass\n",
    "match v:\n    case [a, b] | [a, c]: pass\n",
    "match v:\n    case [a, b] | [b, a]: pass\n",
]:
    try:
        compile(source, "or.py", "exec")
        print("ok")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_offset)
