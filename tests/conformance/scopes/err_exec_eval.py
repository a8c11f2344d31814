# Errors from exec and eval: syntax errors in the text, missing names, bad arguments.
sources = ["1 +", "x = ", "def f(:\n    pass", "if True\n    pass", "  indented = 1", "a b"]
for source in sources:
    for runner in (eval, exec):
        try:
            runner(source)
        except SyntaxError as e:
            print(runner.__name__, type(e).__name__, repr(e.msg), e.filename, e.lineno, e.offset)
try:
    eval("x = 1")
except SyntaxError as e:
    print("statement in eval:", e.msg, e.lineno, e.offset)
try:
    eval("missing + 1", {})
except NameError as e:
    print("NameError:", e)
try:
    exec("print(y)", {"x": 1})
except NameError as e:
    print("NameError:", e)
for call in [lambda: exec("1", []), lambda: eval("1", {}, 5), lambda: eval(5),
             lambda: exec(3), lambda: exec("1", {}, 5), lambda: eval("1", [], {}),
             lambda: compile("1", "f", "run")]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print("ValueError:", e)
print(eval("1 / 0"))
