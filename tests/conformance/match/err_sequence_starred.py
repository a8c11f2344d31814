# Two starred names in one sequence pattern are a SyntaxError.
for source in [
    "match v:\n    case [*a, *b]: pass\n",
    "match v:\n    case [*a, 1, *_]: pass\n",
    "match v:\n    case (*_, *_): pass\n",
]:
    try:
        compile(source, "star.py", "exec")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_offset)


class Bad(list):
    def __len__(self):
        raise RuntimeError("no length")


match Bad([1]):
    case [x]:
        print("unexpected", x)
