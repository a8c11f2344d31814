# The string module's constants, capwords and Template.
import string

print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits)
print(string.octdigits, repr(string.whitespace), len(string.printable), string.punctuation)
print(string.capwords("the  quick brown   fox"), string.capwords("a-b c-d", "-"))
t = string.Template("$who likes $what, ${who}'s favourite costs $$5")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="ann"))
print(t.template, string.Template("$a$b").substitute({"a": 1}, b=2))
alphabet = string.ascii_lowercase
shift = 3
table = str.maketrans(alphabet, alphabet[shift:] + alphabet[:shift])
print("hello world".translate(table))
print(all(c in string.printable for c in "Hello!"), [c for c in "a1!B" if c in string.punctuation])
print(sum(c in string.digits for c in "a1b22c333"), string.Template("${a}${b}").get_identifiers())
