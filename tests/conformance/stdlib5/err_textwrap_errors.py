# textwrap errors: invalid widths, placeholders too large, bad argument types.
import textwrap


def show(label, action):
    try:
        print(label, "->", action())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


show("width 0", lambda: textwrap.wrap("some text", 0))
show("negative width", lambda: textwrap.fill("some text", -5))
show("empty text width 0", lambda: textwrap.wrap("", 0))
show("placeholder too large", lambda: textwrap.shorten("some long text here", 3))
show("max_lines placeholder", lambda: textwrap.wrap("a b c", 4, max_lines=1, placeholder="[...]"))
show("shorten width 0", lambda: textwrap.shorten("text", 0))
show("wrap None", lambda: textwrap.wrap(None))
show("dedent int", lambda: textwrap.dedent(5))
show("indent None", lambda: textwrap.indent("x", None))
show("unknown option", lambda: textwrap.wrap("x", 10, colour="red"))
show("positional max_lines", lambda: textwrap.TextWrapper(10, "", "", True, True, False, True, True, True, 8, 2))
