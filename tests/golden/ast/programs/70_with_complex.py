async def f():
    async with a as b, c as d:
        pass
    async with (a as b, c):
        pass
with a as (b, c), d as [e, *f]:
    pass
with a as b.c, d as e[0]:
    pass
