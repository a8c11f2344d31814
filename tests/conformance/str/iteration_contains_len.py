# Iteration, membership, length and ordering (code point order, not locale order).
s = "aé日😀"
print([c for c in s], [ord(c) for c in s], len(s))
it = iter("xy")
print(next(it), next(it), next(it, "done"))
print("é" in s, "日😀" in s, "" in s, "" in "", "z" in s, "😀" in "abc😀")
words = ["banana", "Apple", "éclair", "apple", "Zebra", "日本", "", "a", "ab", "😀", "\x00"]
print(sorted(words))
print("a" < "b", "a" < "B", "abc" < "abd", "ab" < "abc", "é" > "z", "日" > "é", "😀" > "\uffff")
print("abc" == "abc", "abc" != "abd", "a" <= "a", "b" >= "a", "é" == "e\u0301")
print(max(words), min(words), sorted("hello"), "abc"[::-1])
count = 0
for ch in "mississippi":
    if ch == "s":
        count += 1
print(count)
