"""The part of the async builtins written in Python: anext() with a default."""


async def anext_with_default(awaitable, default):
    try:
        return await awaitable
    except StopAsyncIteration:
        return default
