# Assignment expressions bind a name in the enclosing scope while producing the value.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"list has {n} elements")
print(n)
lines = ["first", "second", "", "ignored"]
index = 0
while (line := lines[index]) != "":
    print("read", line)
    index += 1
print("stopped at", index, repr(line))
values = [y for x in data if (y := x * 2) > 6]
print(values, y)
print([last := i for i in range(4)], last)
print((total := 10) + total, total)
print(sum(w := [1, 2, 3]), w)


def f():
    if (found := [v for v in data if v > 5]):
        return found
    return None


print(f(), found if "found" in dir() else "found is local to f")
stack = [1, 2, 3]
while stack and (top := stack.pop()) != 1:
    print("popped", top)
print(stack, top)
print([(a, b) for a in range(3) if (b := a * a) % 2 == 0])
counts = {}
for word in "the cat and the hat and the bat".split():
    counts[word] = (c := counts.get(word, 0)) + 1
print(counts, c)
