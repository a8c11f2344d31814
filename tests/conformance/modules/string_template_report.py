# A course exercise: form letters with string.Template and tidy names with capwords.
import string

letter = string.Template("Dear $name,\nYour grade in $course is $grade.\n-- $$chool office")
students = [("ada lovelace", "maths", "A"), ("alan turing", "logic", "B+")]
for name, course, grade in students:
    print(letter.substitute(name=string.capwords(name), course=course.upper(), grade=grade))
partial = letter.safe_substitute(course="art")
print(partial.splitlines()[1])
valid_chars = string.ascii_letters + string.digits + "_"
for ident in ["total_2", "2fast", "naïve", "ok"]:
    ok = ident[0] not in string.digits and all(c in valid_chars for c in ident)
    print(ident, ok)
print(string.capwords("hello   WORLD  again"), string.ascii_uppercase.index("K"))
table = {c: i for i, c in enumerate(string.ascii_lowercase)}
print(sum(table[c] for c in "python"), [string.ascii_lowercase[(table[c] + 13) % 26] for c in "abc"])
