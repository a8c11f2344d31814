# bisect_left/right and insort_left/right with lo and hi.
import bisect

a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 4, 8, 9]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 5, lo=1, hi=4))
print(bisect.bisect_left(a, 2, 0, None), bisect.bisect is bisect.bisect_right, bisect.insort is bisect.insort_right)
s = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(s, x)
print(s)
bisect.insort_left(s, 5)
bisect.insort_right(s, 5.0)
bisect.insort(s, 0, 0, 0)
print(s)


def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(score) for score in [33, 99, 77, 70, 89, 90, 100]])
print(bisect.bisect_left("acegi", "f"), bisect.bisect_right((1, 1, 1), 1), bisect.bisect(range(0, 100, 5), 42))
