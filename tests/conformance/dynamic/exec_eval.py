# eval and exec with explicit and default namespaces.
print(eval("1 + 2 * 3"))
x = 10
print(eval("x * 2"))
print(eval("x + y", {"x": 1, "y": 2}))
print(eval("x + y", {"x": 1}, {"y": 5}))
namespace = {}
exec("a = 5\nb = a * 2\ndef f(n):\n    return n + b\n", namespace)
print(namespace["a"], namespace["b"], namespace["f"](1))
print(sorted(k for k in namespace if k != "__builtins__"))
exec("z = x + 1")
print(z)
code = compile("3 ** 4", "<calc>", "eval")
print(type(code).__name__, eval(code))
code = compile("for i in range(3): print('loop', i)", "<loop>", "exec")
exec(code)
print(eval("[c * 2 for c in 'ab']"))
def show():
    local_value = 42
    return sorted(locals())
print(show())
class Box:
    size = 3
print(vars(Box)["size"], "size" in dir(Box))
print(eval("len(s)", {"s": "hello"}))
