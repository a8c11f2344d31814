# Slices with start, stop and step, on lists, tuples, strings and ranges.
letters = list("abcdefghij")
print(letters[2:5], letters[:3], letters[7:], letters[-3:], letters[:-7], letters[:])
print(letters[::2], letters[1::3], letters[::-1], letters[::-3], letters[8:2:-2])
print(letters[-1:-4:-1], letters[5:100], letters[100:], letters[3:3], letters[5:2])
print(letters[-100:2], letters[2:-100:-1], letters[None:None:-4])
word = "programming"
print(word[3:7], word[::-1], word[::2], word[-4:], word[1:-1:3], word[10:0:-3])
t = tuple(range(10))
print(t[1:8:2], t[::-5], t[-2::-2], type(t[1:3]).__name__)
r = range(0, 50, 5)
print(r[2:5], r[::-1], r[1::3], list(r[::-2]), r[-3:])
s = slice(1, 9, 3)
print(s, s.start, s.stop, s.step, letters[s], word[s], slice(5), slice(None, None, -1))
print(s.indices(5), slice(None, None, -1).indices(10), slice(-3, None).indices(7))
print([letters[i:i + 3] for i in range(0, len(letters), 3)])
copy = letters[:]
print(copy == letters, copy is letters)
print("palindrome" if "racecar" == "racecar"[::-1] else "no", "abc"[5:], "abc"[-5:-4])
