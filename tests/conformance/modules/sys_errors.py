# sys's argument errors.
import sys

cases = [
    lambda: sys.exc_info(1),
    lambda: sys.intern(),
    lambda: sys.intern(1),
    lambda: sys.getsizeof(),
    lambda: sys.getsizeof(1, 2, 3),
    lambda: sys.version_info.build,
    lambda: sys.float_info.foo,
    lambda: sys.setrecursionlimit(0),
]
for f in cases:
    try:
        print(f())
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
