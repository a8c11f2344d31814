async def f(): await
