# Errors raised by code run through eval/exec/compile.
for text in ["1 +", "undefined_name", "1 / 0", "int('x')"]:
    try:
        eval(text)
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno, e.offset, e.filename)
    except Exception as e:
        print(type(e).__name__, e)
try:
    exec("def f(:\n    pass")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno)
try:
    compile("x = 1", "<s>", "wrong")
except ValueError as e:
    print(e)
try:
    eval("x = 1")
except SyntaxError as e:
    print(e.msg)
try:
    eval(42)
except TypeError as e:
    print(e)
ns = {"__builtins__": {}}
try:
    exec("print('hi')", ns)
except NameError as e:
    print(e)
exec("raise KeyError('from exec')")
