# Compile-time errors of await, async for, async with, yield from and return in coroutines.
sources = [
    "await x",
    "def f():\n    await x",
    "def f():\n    async for x in y: pass",
    "def f():\n    async with x: pass",
    "async def f():\n    yield from x",
    "async def f():\n    yield 1\n    return 2",
    "def f():\n    return [x async for x in y]",
    "def f():\n    return [await x for x in y]",
    "f = lambda: await x",
    "async def f():\n    def g(): await x",
    "def f():\n    return (x async for x in y)",
    "async def f():\n    return [await x for x in y]",
    "async def f():\n    async with a as b, c as d:\n        return [z async for z in b]",
]
for source in sources:
    try:
        compile(source, "<test>", "exec")
        print("ok:", source.replace("\n", " / "))
    except SyntaxError as e:
        print(f"{e.msg} (line {e.lineno}, offset {e.offset}):", source.replace("\n", " / "))
