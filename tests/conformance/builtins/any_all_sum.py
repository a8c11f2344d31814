# any, all and sum: on lists, generators (short-circuiting) and with a start value.
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any([0, 1]), all([1, 0]))
print(sum([]), sum([1, 2, 3]), sum([1, 2, 3], 10), sum(range(101)), sum([0.1] * 10))
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()), sum([True, True, False]), sum([1, 2.5]))
print(sum(x * x for x in range(5)), sum([], start=5), sum(range(3), start=-3))
seen = []


def check(value):
    seen.append(value)
    return value > 2


print(any(check(v) for v in [1, 3, 5]), seen)
seen.clear()
print(all(check(v) for v in [3, 1, 5]), seen)
numbers = [4, 8, 15, 16, 23, 42]
print(all(n > 0 for n in numbers), any(n % 2 for n in numbers), sum(n for n in numbers if n % 2 == 0))
print(any(c.isdigit() for c in "abc3"), all(c.isalpha() for c in "abc"), all(w for w in ["", "x"]))
matrix = [[1, 2], [3, 4]]
print(sum(map(sum, matrix)), sum(sum(row) for row in matrix), any(4 in row for row in matrix))
print(sum([10 ** 20, 1, -(10 ** 20)]), sum([0.1, 0.2, 0.3]), sum([1e100, 1.0, -1e100]))
grades = {"ann": [90, 80], "bob": [70]}
print({k: sum(v) / len(v) for k, v in grades.items()}, all(len(v) > 1 for v in grades.values()))
