# Deeply nested source code is refused with SyntaxError or RecursionError, not a crash.
def try_compile(label, source):
    try:
        compile(source, "<nested>", "eval")
        print(label, "compiles")
    except SyntaxError as e:
        print(label, "SyntaxError:", e.msg, e.lineno, e.offset)
    except RecursionError as e:
        print(label, "RecursionError:", e)


try_compile("50 parentheses", "(" * 50 + "1" + ")" * 50)
try_compile("200 parentheses", "(" * 200 + "1" + ")" * 200)
try_compile("201 parentheses", "(" * 201 + "1" + ")" * 201)
try_compile("300 brackets", "[" * 300 + "]" * 300)
try_compile("mixed 250", "[{(" * 84 + ")}]" * 84)
try_compile("100000 additions", "1" + "+1" * 100000)
try_compile("100000 calls", "f" + "()" * 100000)
try_compile("100000 attributes", "x" + ".a" * 100000)
try_compile("100000 subscripts", "x" + "[0]" * 100000)
print(eval("(" * 100 + "7" + ")" * 100), eval("-" * 500 + "1"), eval("[" * 80 + "]" * 80))
nested = eval("[" * 150 + "]" * 150)
depth = 0
while nested:
    nested = nested[0]
    depth += 1
print("depth", depth)
exec("x = " + "(" * 201 + "0" + ")" * 201)
