# break, continue and return outside their places are SyntaxErrors; loops over bad values
# raise when they start.
snippets = [
    "break",
    "continue",
    "if True:\n    break\n",
    "def f():\n    continue\n",
    "return 5",
    "class C:\n    return 1\n",
    "while True:\n    def f():\n        break\n",
    "for x in y:\n    pass\nelse:\n    continue\n",
    "yield 1",
]
for source in snippets:
    try:
        compile(source, "<loop>", "exec")
        print("compiled", repr(source))
    except SyntaxError as e:
        print(repr(source), "->", e.msg, e.lineno, e.offset)
for bad in [5, None, 3.5]:
    try:
        for item in bad:
            print(item)
    except TypeError as e:
        print("TypeError:", e)
attempts = 0
while attempts < 3:
    attempts += 1
    try:
        if attempts < 3:
            raise ValueError(f"attempt {attempts} failed")
        print("succeeded on attempt", attempts)
    except ValueError as e:
        print(e)
        continue
    finally:
        print("cleanup", attempts)
for n in 12:
    print(n)
