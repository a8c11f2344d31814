# Source nested too deeply for the compiler: CPython's parser runs out of stack (a bare
# MemoryError), its symbol table out of recursion (RecursionError), its tokenizer out of
# bracket levels (SyntaxError) and out of indentation levels (IndentationError).
sources = [
    "not " * 20000 + "x",
    "lambda: " * 20000 + "0",
    "if a: pass\n" + "elif b: pass\n" * 20000,
    "1 + " * 20000 + "1",
    "x" + ".y" * 20000,
    "(" * 20000,
    "".join(" " * level + "if x:\n" for level in range(200)) + " " * 200 + "pass\n",
]
for source in sources:
    try:
        compile(source, "<deep>", "exec")
        print("compiled")
    except (MemoryError, RecursionError, SyntaxError) as error:
        print(type(error).__name__, error.args[:1])
try:
    eval("-" * 20000 + "1")
except MemoryError as error:
    print("eval:", type(error).__name__, error.args)
exec("not " * 20000 + "x")
