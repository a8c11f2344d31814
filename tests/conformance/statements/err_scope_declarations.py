# Misplaced global and nonlocal declarations are SyntaxErrors found when compiling.
snippets = [
    "nonlocal x",
    "def f():\n    nonlocal x\n",
    "def f():\n    x = 1\n    global x\n",
    "def f(x):\n    global x\n",
    "def f():\n    print(x)\n    global x\n",
    "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n",
    "def f():\n    global x\n    nonlocal x\n",
    "def f(a):\n    def g():\n        nonlocal a, b\n",
    "class C:\n    nonlocal y\n",
]
for source in snippets:
    try:
        compile(source, "snippet.py", "exec")
        print("compiled")
    except SyntaxError as e:
        print(f"{e.msg!r} line {e.lineno} offset {e.offset}")


def uses_global():
    global not_yet_defined
    return not_yet_defined


try:
    uses_global()
except NameError as e:
    print("NameError:", e)
not_yet_defined = "now defined"
print(uses_global())


def outer():
    def inner():
        return late
    try:
        inner()
    except NameError as e:
        print("NameError:", e)
    late = "bound"
    return inner()


print(outer())
exec("def g():\n    nonlocal q\n")
