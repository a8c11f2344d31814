# Exception unwinding. Watch the Frames view shrink as the ValueError leaves parse() and
# check() without a handler, until the except clause in main() catches it; the Bytecode
# view's exception table says where each frame jumps. Use Go > Next Exception (F8) to land on
# the raise, then step back (Ctrl+F11) to see the frames it came through. The program ends
# with an uncaught exception, so it opens at that raise.


def parse(text):
    return int(text)


def check(text):
    value = parse(text)
    if value < 0:
        raise ValueError("negative: " + str(value))
    return value


def main():
    for text in ["7", "x", "-2"]:
        try:
            print("ok", check(text))
        except ValueError as error:
            print("caught", error)
        finally:
            print("finally for", text)


main()
check("-1")
