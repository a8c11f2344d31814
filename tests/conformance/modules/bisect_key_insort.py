# bisect and insort with key functions.
import bisect

records = [("ann", 18), ("bob", 25), ("cid", 31), ("dee", 40)]
ages = lambda r: r[1]
print(bisect.bisect_left(records, 25, key=ages), bisect.bisect_right(records, 25, key=ages))
bisect.insort(records, ("eve", 30), key=ages)
bisect.insort_left(records, ("fay", 25), key=ages)
print(records)
words = sorted(["kiwi", "fig", "banana", "apple"], key=len)
bisect.insort(words, "plum", key=len)
print(words, bisect.bisect(words, 5, key=len), bisect.bisect_left(words, 4, 1, 3, key=len))
calls = []
def traced(x):
    calls.append(x)
    return x
print(bisect.bisect_left(list(range(100)), 73, key=traced), calls)
