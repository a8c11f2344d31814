def ratio(values, i):
    return values[i] / values[i + 1]


def report(values):
    total = sum(values)
    return [ratio(values, i) * total for i in range(len(values))]


print(report([4, 2, 1, 0]))
