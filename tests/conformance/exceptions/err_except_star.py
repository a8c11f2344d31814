def bad_type(t):
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* t:
        pass
for t in (ExceptionGroup, BaseExceptionGroup, (ValueError, ExceptionGroup), 5):
    try:
        bad_type(t)
    except TypeError as e:
        print("TypeError:", e)
for src in ("try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass\n",
            "try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n",
            "for i in []:\n    try:\n        pass\n    except* ValueError:\n        break\n",
            "for i in []:\n    try:\n        pass\n    except* ValueError:\n        continue\n",
            "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n",
            "try:\n    pass\nexcept*:\n    pass\n",
            "try:\n    pass\nexcept* ValueError:\n    pass\nexcept:\n    pass\n",
            "try:\n    pass\nexcept* ValueError:\n    for i in []:\n        break\n"):
    try:
        compile(src, "<src>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)
for bad in (lambda: ExceptionGroup("m", []), lambda: ExceptionGroup("m", [1]),
            lambda: ExceptionGroup(1, [ValueError()]), lambda: ExceptionGroup("m", ValueError()),
            lambda: ExceptionGroup("m", [KeyboardInterrupt()]), lambda: ExceptionGroup("m"),
            lambda: BaseExceptionGroup("m", [ValueError()]).split(5)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    raise ExceptionGroup("g", [ValueError(1)])
except* TypeError:
    pass
