# textwrap.dedent, indent and shorten.
import textwrap


def block():
    return """\
        def greet(name):
            print("hi", name)

        greet("you")
    """


print(textwrap.dedent(block()))
print(repr(textwrap.dedent("  a\n    b\n\t\n  c")))
print(repr(textwrap.dedent("\tx\n\ty\n")), repr(textwrap.dedent("  x\n\ty\n")))
print(repr(textwrap.dedent("no indent\n  some")), repr(textwrap.dedent("")))
print(repr(textwrap.dedent("   \n  a\n   \n  b\n")))
print(textwrap.indent("one\ntwo\n\nthree\n", "> "))
print(repr(textwrap.indent("a\n  \nb", "+ ")))
print(textwrap.indent("x\ny\nz", "# ", lambda line: line.strip() != "y"))
print(repr(textwrap.indent("crlf\r\nlines\r\n", "- ")))
print(textwrap.shorten("Hello  world!   How are you today?", 20))
print(textwrap.shorten("Hello world", 11), textwrap.shorten("Hello world", 10))
print(textwrap.shorten("The quick brown fox", 15, placeholder="~"))
print(repr(textwrap.shorten("   ", 10)))
