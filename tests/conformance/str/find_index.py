# find, rfind, index and rindex with start/end given as ints, negative ints, None and
# values far outside the string.
s = "the cat sat on the mat"
subs = ["the", "at", "t", "", "mat", "cat sat", "dog", "the mat "]
bounds = [(), (1,), (-5,), (3, 10), (None, 8), (4, None), (-100,), (0, -100), (100,),
          (22,), (23,), (5, 5), (10, 2), (-3, -1), (10**30,), (-10**30, 10**30)]
for sub in subs:
    for b in bounds:
        print(repr(sub), b, s.find(sub, *b), s.rfind(sub, *b), s.count(sub, *b))
print(s.index("sat"), s.rindex("at"), s.index("", 22), s.rindex("", 3, 7))
print("".find(""), "".rfind(""), "".find("a"), "".count(""), "a".find("", 1), "a".find("", 2))
