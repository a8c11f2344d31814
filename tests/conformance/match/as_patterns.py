# `pattern as name` binds the subject (or sub-subject) after the pattern matched.
def describe(v):
    match v:
        case (1 | 2 | 3) as small:
            return f"small {small}"
        case [int() as a, str() as b]:
            return f"int {a} then str {b}"
        case {"items": [*_] as items} if items:
            return f"{len(items)} items"
        case [[_, _] as pair, *rest] as whole:
            return f"pair {pair}, rest {rest}, whole length {len(whole)}"
        case str() as text:
            return f"text {text}"
        case other:
            return f"other {other!r}"


for v in [2, [1, "a"], {"items": [1, 2]}, {"items": []}, [[1, 2], 3, 4], "hey", 4.5]:
    print(describe(v))
