# Generator suspension. Watch the Frames view: after the first next(), countdown's frame
# stays alive, greyed and "suspended" at its yield, while the module runs; each next()
# resumes the same frame (same locals, same offset). In the Heap view the generator object
# points at that frame. Step back over a next() to see the frame suspend again.


def countdown(n):
    print("starting at", n)
    while n > 0:
        yield n
        n -= 1
    print("done")


ticks = countdown(3)
first = next(ticks)
second = next(ticks)
print("got", first, second)
for rest in ticks:
    print("then", rest)
