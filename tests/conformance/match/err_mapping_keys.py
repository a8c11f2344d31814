# Duplicate literal keys are a SyntaxError; duplicate computed keys raise ValueError.
for source in [
    "match v:\n    case {'a': 1, 'a': 2}: pass\n",
    "match v:\n    case {1: x, 1.0: y}: pass\n",
    "match v:\n    case {-1: x, -1: y}: pass\n",
    "match v:\n    case {1 + 2j: x, 1 + 2j: y}: pass\n",
    "match v:\n    case {b'k': x, b'k': y}: pass\n",
]:
    try:
        compile(source, "keys.py", "exec")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_offset)


class K:
    A = "same"
    B = "same"


try:
    match {"same": 1}:
        case {K.A: 1, K.B: 1}:
            print("unexpected")
except ValueError as e:
    print("ValueError:", e)

match {"key": 1}:
    case {K.A: x, "other": []}:
        print("no")
    case {"key": [1, 2]}:
        print("no")
    case {"key": {}}:
        print("no")
match {"a": [1]}:
    case {"a": [x]} if x > 1:
        print("no")
    case {"a": [x, *_]}:
        print("x is", x)
unhashable = {}
match unhashable:
    case {K.A: 1}:
        print("no")
K.A = []
match {"a": 1}:
    case {K.A: 1}:
        print("no")
