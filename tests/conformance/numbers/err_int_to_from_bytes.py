# int.to_bytes / from_bytes errors with CPython's messages.
tries = [
    lambda: (300).to_bytes(1, "big"),
    lambda: (-1).to_bytes(1, "big"),
    lambda: (1).to_bytes(-1, "big"),
    lambda: (1).to_bytes(1, "middle"),
    lambda: (1).to_bytes(1, 3),
    lambda: (1).to_bytes(1, "big", True),
    lambda: int.from_bytes(3, "big"),
    lambda: int.from_bytes("text", "big"),
    lambda: (128).to_bytes(1, "big", signed=True),
    lambda: (1).to_bytes("2", "big"),
]
for attempt in tries:
    try:
        print(attempt())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
(2**64).to_bytes(8, "little")
