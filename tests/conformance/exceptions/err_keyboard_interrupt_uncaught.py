# An uncaught KeyboardInterrupt ends the program as Ctrl-C would: the shell sees status 130
# (128 + SIGINT). A subclass of it, or another exception raised while handling it, exits 1.
class Stop(KeyboardInterrupt):
    pass


try:
    raise Stop("a subclass")
except KeyboardInterrupt as e:
    print("caught", type(e).__name__, e.args, isinstance(e, BaseException), isinstance(e, Exception))

try:
    try:
        raise KeyboardInterrupt
    finally:
        print("finally runs on the way out")
except BaseException as e:
    print("then caught", repr(e))

print("raising it for real")
raise KeyboardInterrupt("from the program")
