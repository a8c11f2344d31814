# A wildcard that is not last (and not guarded) is a SyntaxError, also inside an or-pattern.
for source in [
    "match v:\n    case _:\n        pass\n    case 1:\n        pass\n",
    "match v:\n    case 1 | _ | 2:\n        pass\n",
    "match v:\n    case _ | 1:\n        pass\n",
    "match v:\n    case (_ as w):\n        pass\n    case 2:\n        pass\n",
    "match v:\n    case _ if v:\n        pass\n    case 2:\n        pass\n",
]:
    try:
        compile(source, "wild.py", "exec")
        print("ok")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_offset)
