# Every decimal conversion of a too-long int checks the limit: str, repr, format, %d, f-strings,
# and int() of long digit strings.
import sys

big = 3 ** 10000
conversions = [
    ("str", lambda: str(big)),
    ("repr", lambda: repr(big)),
    ("format", lambda: format(big, "d")),
    ("format ,", lambda: format(big, ",")),
    ("percent", lambda: "%d" % big),
    ("f-string", lambda: f"{big}"),
    ("print", lambda: print(big)),
    ("int", lambda: int("5" * 4301)),
    ("int with spaces", lambda: int("  " + "5" * 4400 + "  ")),
    ("float str", lambda: float("1" * 5000)),
    ("hex", lambda: len(hex(big))),
    ("negative", lambda: str(-big)),
]
for label, convert in conversions:
    try:
        result = convert()
        print(label, "ok", result if isinstance(result, int) else type(result).__name__)
    except ValueError as e:
        print(label, "ValueError:", e)
sys.set_int_max_str_digits(5000)
print(len(str(big)))
sys.set_int_max_str_digits(4000)
print(len(str(big)))
