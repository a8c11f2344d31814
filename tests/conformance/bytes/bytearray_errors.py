# The errors of bytearray's constructor, mutations and operators; a failed mutation leaves
# the array as it was. The program ends with an uncaught IndexError.
ba = bytearray(b"abc")
cases = [
    ("bytearray(-1)", lambda: bytearray(-1)), ("bytearray([300])", lambda: bytearray([300])),
    ("bytearray('abc')", lambda: bytearray("abc")), ("bytearray(1.5)", lambda: bytearray(1.5)),
    ("bytearray(None)", lambda: bytearray(None)), ("bytearray(b'x', 'utf-8')", lambda: bytearray(b"x", "utf-8")),
    ("bytearray([1], errors='x')", lambda: bytearray([1], errors="x")), ("bytearray(x=1)", lambda: bytearray(x=1)),
    ("bytearray(1, 2, 3, 4)", lambda: bytearray(1, 2, 3, 4)), ("bytearray('a', 1)", lambda: bytearray("a", 1)),
    ("bytearray(['a'])", lambda: bytearray(["a"])), ("bytearray('\\xe9', 'ascii')", lambda: bytearray("\xe9", "ascii")),
    ("append(300)", lambda: ba.append(300)), ("append(-1)", lambda: ba.append(-1)), ("append('a')", lambda: ba.append("a")),
    ("append(b'a')", lambda: ba.append(b"a")), ("append()", lambda: ba.append()), ("append(1, 2)", lambda: ba.append(1, 2)),
    ("extend(1)", lambda: ba.extend(1)), ("extend([1, 300])", lambda: ba.extend([1, 300])), ("extend('ab')", lambda: ba.extend("ab")),
    ("extend(None)", lambda: ba.extend(None)), ("pop(5)", lambda: ba.pop(5)), ("pop('x')", lambda: ba.pop("x")),
    ("pop(1, 2)", lambda: ba.pop(1, 2)), ("bytearray().pop()", lambda: bytearray().pop()),
    ("remove(120)", lambda: ba.remove(120)), ("remove(b'a')", lambda: ba.remove(b"a")), ("remove()", lambda: ba.remove()),
    ("insert(0)", lambda: ba.insert(0)), ("insert('x', 1)", lambda: ba.insert("x", 1)), ("insert(0, 256)", lambda: ba.insert(0, 256)),
    ("clear(1)", lambda: ba.clear(1)), ("reverse(1)", lambda: ba.reverse(1)), ("copy(1)", lambda: ba.copy(1)),
    ("hash(ba)", lambda: hash(ba)), ("ba[5]", lambda: ba[5]), ("ba[-4]", lambda: ba[-4]), ("ba['x']", lambda: ba["x"]),
    ("ba[1.0]", lambda: ba[1.0]),
]
for text, op in cases:
    try:
        print(text, "=", op())
    except Exception as e:
        print(text, "!", type(e).__name__ + ":", e)
print(ba)


def assign(key, value):
    ba[key] = value


def delete(key):
    del ba[key]


more = [
    ("ba[5] = 1", lambda: assign(5, 1)), ("ba[0] = 256", lambda: assign(0, 256)), ("ba[0] = b'a'", lambda: assign(0, b"a")),
    ("ba[0] = 'a'", lambda: assign(0, "a")), ("ba[0] = 1.5", lambda: assign(0, 1.5)), ("ba['k'] = 1", lambda: assign("k", 1)),
    ("ba[::2] = b'x'", lambda: assign(slice(None, None, 2), b"x")), ("ba[0:1] = 5", lambda: assign(slice(0, 1), 5)),
    ("ba[0:1] = 'ab'", lambda: assign(slice(0, 1), "ab")), ("ba[0:1] = None", lambda: assign(slice(0, 1), None)),
    ("ba[0:1] = [1, 300]", lambda: assign(slice(0, 1), [1, 300])), ("ba[0:1] = ['a']", lambda: assign(slice(0, 1), ["a"])),
    ("ba[0:1] = 2.5", lambda: assign(slice(0, 1), 2.5)), ("ba[0:1] = 1j", lambda: assign(slice(0, 1), 1j)),
    ("del ba[5]", lambda: delete(5)), ("del ba['x']", lambda: delete("x")),
    ("ba + 'x'", lambda: ba + "x"), ("'x' + ba", lambda: "x" + ba), ("ba + 1", lambda: ba + 1), ("1 + ba", lambda: 1 + ba),
    ("ba * 'x'", lambda: ba * "x"), ("ba * 1.5", lambda: ba * 1.5), ("ba < 'a'", lambda: ba < "a"), ("ba > 1", lambda: ba > 1),
    ("ba - ba", lambda: ba - ba), ("'a' in ba", lambda: "a" in ba), ("300 in ba", lambda: 300 in ba),
]
for text, op in more:
    try:
        print(text, "=", op())
    except Exception as e:
        print(text, "!", type(e).__name__ + ":", e)
print(ba)
try:
    ba += "text"
except TypeError as e:
    print("+=:", e)
try:
    ba *= "n"
except TypeError as e:
    print("*=:", e)
print(ba)
ba.pop(10)
