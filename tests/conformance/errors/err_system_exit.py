# raise SystemExit / sys.exit: a message exits with status 1, after a finally block runs.
import sys


def main(args):
    if len(args) < 3:
        sys.exit("usage: program INPUT OUTPUT")
    return 0


try:
    print("starting")
    main(sys.argv)
except SystemExit as e:
    print("SystemExit caught:", e.code, type(e.code).__name__)
try:
    sys.exit(0)
except SystemExit as e:
    print("exit code", e.code, isinstance(e, BaseException), isinstance(e, Exception))
try:
    raise SystemExit(3)
except SystemExit as e:
    print("exit code", e.code)
try:
    print("in try")
    sys.exit("fatal: no input")
finally:
    print("finally runs before the exit")
print("not reached")
