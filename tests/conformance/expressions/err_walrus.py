# Where assignment expressions are not allowed, and errors inside them.
snippets = [
    "x := 1",
    "(a.b := 1)",
    "(a[0] := 1)",
    "[i := 0 for i in range(3)]",
    "[j for i in range(3) if (j := i) for j in range(2)]",
    "def f(x := 1): pass",
    "(x, y := 1, 2)",
    "class C:\n    [(z := i) for i in range(3)]\n",
    "((a, b) := (1, 2))",
    "f(x := 1)",
    "y0 = (y1 := 2)",
]
for source in snippets:
    try:
        compile(source, "walrus.py", "exec")
        print("compiles:", repr(source))
    except SyntaxError as e:
        print(repr(source), "->", e.msg, e.lineno, e.offset)
data = {"a": "1", "b": "x", "c": "3"}
parsed = {}
for key in data:
    try:
        if (number := int(data[key])) > 0:
            parsed[key] = number
    except ValueError as e:
        print("ValueError:", e, "- number is still", number)
print(parsed)
stack = [1, 2]
while (top := stack.pop()) != 0:
    print("popped", top)
