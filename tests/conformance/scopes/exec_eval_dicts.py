# exec runs statements and eval evaluates expressions, in the dicts they are given.
print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("[n for n in range(y)]", {"y": 3}))
namespace = {}
exec("a = 5\nb = a * 2\ndef f(n):\n    return n + b\n", namespace)
print(sorted(k for k in namespace if k != "__builtins__"), namespace["b"], namespace["f"](1))
print("__builtins__" in namespace, type(namespace["f"]).__name__)
g = {"base": 100}
l = {"offset": 1}
print(eval("base + offset", g, l), eval("offset", g, l))
exec("result = base + offset", g, l)
print(l["result"], "result" in g)
x = "module x"
print(eval("x"), eval("x", {"x": "dict x"}), eval("x", {}, {"x": "local x"}))
local_ns = {}
exec("import math\nroot = math.sqrt(16)", {}, local_ns)
print(local_ns["root"], sorted(local_ns))
code = compile("total = sum(values)", "<calc>", "exec")
ns = {"values": [1, 2, 3]}
exec(code, ns)
print(ns["total"], type(code).__name__, code.co_filename, code.co_name)
expr = compile("a * b", "<expr>", "eval")
print(eval(expr, {"a": 6, "b": 7}))
print(eval("len('abc')", {"__builtins__": {"len": len}}), eval("abs(-3)", {}))
program = """
squares = []
for i in range(5):
    squares.append(i * i)
"""
scope = {}
exec(program, scope)
print(scope["squares"], scope["i"])


def in_function():
    local = 3
    return eval("local + 1"), eval("local", {"local": 99})


print(in_function(), exec("pass"), eval("None"))
print(eval("  42  "), eval("'\\n'.join(['a', 'b'])"), eval("(lambda q: q * q)(9)"))
