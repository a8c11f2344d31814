# Concatenation, += in loops and repetition.
s = ""
for i in range(10):
    s += str(i)
print(s, len(s))
t = "é"
for i in range(5):
    t += t
print(len(t), t[:3])
print("ab" * 3, 3 * "ab", repr("ab" * 0), repr("ab" * -2), repr("" * 100), "é" * 2, True * "x")
print(("-" * 40)[:5], len("日本" * 1000))
a = "x"
b = a + ""
print(a == b, "a" + "é" + "日" + "😀")
parts = []
for word in ["alpha", "beta", "gamma"]:
    parts.append(word.upper() + "!")
print(" ".join(parts))
