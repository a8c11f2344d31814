# textwrap.wrap and fill: widths, indents, hyphens, long words, sentence endings, max_lines.
import textwrap

text = ("The quick brown fox jumps over the lazy dog. A well-known pangram -- used for "
        "type-setting and font-testing -- contains every letter! Isn't that neat? "
        "Supercalifragilisticexpialidocious words get broken when they're too long.")
for width in (10, 25, 40, 70):
    print(f"--- width {width}")
    print(textwrap.fill(text, width))
print(textwrap.wrap(text, 30, break_on_hyphens=False)[:4])
print(textwrap.wrap("short", 80), textwrap.wrap("", 10), textwrap.wrap("   ", 10))
print(textwrap.fill(text, 35, initial_indent="-> ", subsequent_indent="   "))
print(textwrap.wrap("abcdefghijklmnopqrstuvwxyz", 7))
print(textwrap.wrap("abcdefghijklmnopqrstuvwxyz and more", 7, break_long_words=False))
print(textwrap.wrap("a-very-long-hyphenated-identifier-here", 12))
print(textwrap.wrap("Hello world.  Next one! And 'quoted.' end", 15, fix_sentence_endings=True))
print(textwrap.wrap("tabs\there\tand\tthere", 12), textwrap.wrap("tabs\tx", 40, expand_tabs=False))
print(textwrap.wrap("keep   the   spaces   here", 11, drop_whitespace=False))
print(textwrap.wrap("line\nbreaks\nreplaced", 40), textwrap.wrap("a\nb", 40, replace_whitespace=False))
wrapper = textwrap.TextWrapper(width=20, max_lines=2, placeholder=" ...")
print(wrapper.wrap(text))
print(textwrap.fill(text, 30, max_lines=3))
print(textwrap.wrap("x" * 30, 10, max_lines=2))
print(textwrap.wrap("state-of-the-art co-operation e-mail", 8))
print(textwrap.wrap("--leading dashes and trailing-- dash--es", 10))
