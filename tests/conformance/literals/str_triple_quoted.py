# Triple-quoted strings keep line breaks and quotes; docstrings are triple-quoted strings.
poem = """Roses are red,
  violets are "blue",
'sugar' is sweet."""
print(poem)
print(len(poem), poem.count("\n"), poem.splitlines())
text = '''one
two\
 still two
three'''
print(repr(text))
empty = """"""
print(repr(empty), len(""" """), repr('''a"b'c'''))
print("""He said "hi" """ + '''and 'bye' ''')
raw = r"""raw \n keeps
backslashes \t"""
print(repr(raw))


def greet():
    """Return a greeting.

    The docstring is the first statement of the function.
    """
    return "hello"


print(greet.__doc__.splitlines())
print(greet.__doc__.strip().split("\n")[0], greet())
table = """\
name  | score
------+------
ann   |    10
bob   |     7
"""
for line in table.splitlines():
    print(line.split("|"))
print(f"""{len(table)} chars,
{table.count('|')} bars""")
