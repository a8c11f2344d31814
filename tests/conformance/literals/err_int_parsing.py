# int() with text it cannot parse, bad bases and wrong types.
cases = ["abc", "12.5", "", "  ", "1__0", "_1", "0x", "1 2", "٣x", "ff"]
for text in cases:
    try:
        print(int(text))
    except ValueError as e:
        print("ValueError:", e)
for text, base in [("ff", 15), ("12", 1), ("12", 37), ("0b12", 0), ("08", 0), ("z", 35)]:
    try:
        print(int(text, base))
    except ValueError as e:
        print("ValueError:", e)
for value in [None, [1], {}, (1, 2)]:
    try:
        print(int(value))
    except TypeError as e:
        print("TypeError:", e)
try:
    int(12, 10)
except TypeError as e:
    print("TypeError:", e)
try:
    int("12", base="10")
except TypeError as e:
    print("TypeError:", e)
print(int("12", 3), "done")
