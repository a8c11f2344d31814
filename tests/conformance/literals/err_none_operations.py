# Using None where a value is expected: the classic "forgot to return" mistakes.
def append_item(items, item):
    items.append(item)


result = append_item([], 3)
print(result)
tests = [
    lambda: result + 1,
    lambda: result[0],
    lambda: result(),
    lambda: result.append(4),
    lambda: len(result),
    lambda: [x for x in result],
    lambda: result < 1,
    lambda: -result,
    lambda: "value: " + result,
    lambda: {[]: 1},
    lambda: True + "1",
]
for test in tests:
    try:
        print(test())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
words = "b a c".split()
ordered = words.sort()
print(words, ordered)
print(ordered[0])
