# Counter arithmetic: +, -, |, & (multiset operations that keep positive counts), unary
# + and -, and the in-place forms.
from collections import Counter

a = Counter(a=3, b=1, c=0)
b = Counter(a=1, b=2, d=4)
print(a + b)
print(a - b)
print(b - a)
print(a | b)
print(a & b)
print(+Counter(x=2, y=-3, z=0), -Counter(x=2, y=-3))
c = Counter(a=5)
c += Counter(a=-7, b=2)
print(c)
c -= Counter(b=1)
print(c)
c |= Counter(b=9, e=1)
print(c)
c &= Counter(b=4)
print(c)
print(sum([Counter("ab"), Counter("bc"), Counter("cd")], Counter()))
votes = Counter()
for ballot in ["x", "y", "x", "z", "x", "y"]:
    votes[ballot] += 1
winner, count = votes.most_common(1)[0]
print(winner, count, votes.most_common()[-1])
print(Counter("aab") < Counter("aabb"), Counter("ab") >= Counter("a"), Counter("a") > Counter("a"))
