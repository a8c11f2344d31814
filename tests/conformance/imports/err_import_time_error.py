# An exception while a module runs propagates to the importer; the module is forgotten,
# so the next import runs it again.
import sys

for attempt in range(2):
    try:
        import _raises
    except RuntimeError as e:
        print("RuntimeError:", e, "| cached:", "_raises" in sys.modules)
try:
    import _broken_syntax
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.filename.rsplit("/", 1)[-1], e.lineno, "_broken_syntax" in sys.modules)
import _raises
