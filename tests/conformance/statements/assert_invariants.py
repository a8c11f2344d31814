# asserts document what must be true: these all pass, so the program runs to the end.
def insertion_sort(items):
    result = list(items)
    for i in range(1, len(result)):
        key = result[i]
        j = i - 1
        while j >= 0 and result[j] > key:
            result[j + 1] = result[j]
            j -= 1
        result[j + 1] = key
        assert result[:i + 1] == sorted(result[:i + 1]), "prefix must be sorted"
    return result


data = [5, 2, 9, 1, 5, 6]
ordered = insertion_sort(data)
assert ordered == sorted(data)
assert len(ordered) == len(data), "no element lost"
print(ordered)


def gcd(a, b):
    assert a >= 0 and b >= 0
    while b:
        a, b = b, a % b
    return a


for a, b in [(12, 18), (17, 5), (0, 9), (100, 75)]:
    g = gcd(a, b)
    assert a % g == 0 and b % g == 0, (a, b, g)
    print(a, b, g)
total = 0
for n in range(1, 11):
    total += n
    assert total == n * (n + 1) // 2
print("sum", total)
assert isinstance(total, int) and not isinstance(total, bool)
assert "abc".upper() == "ABC", "upper"
assert [] == [] and () == () and not {}
print("all assertions held")
