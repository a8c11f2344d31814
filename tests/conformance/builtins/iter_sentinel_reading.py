# iter(callable, sentinel): read input lines until a sentinel line, and other callables.
print("Type numbers, 'end' to stop:")
numbers = [int(line) for line in iter(input, "end")]
print(numbers, sum(numbers))
words = list(iter(input, ""))
print(words)
remaining = []
for line in iter(input, "stop"):
    remaining.append(line.upper())
print(remaining)
queue = [3, 2, 1, 0, 5]
print(list(iter(queue.pop, 1)), queue)
import functools

chunks = iter(functools.partial(next, iter("abcdefg")), "e")
print(list(chunks))
it = iter(int, 1)
print(next(it), next(it), type(it).__name__)
