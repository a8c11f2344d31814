# Sorting tuples drawn from set and dict comprehensions (the benchmark's pattern).
people = [(i, ["ops", "dev", "qa"][i % 3], 20 + i * 7 % 30) for i in range(30)]
depts = sorted({d for _, d, _ in people})
print(depts)
by_dept = {d: [p[0] for p in people if p[1] == d] for d in depts}
print(by_dept)
ages = {a // 10 * 10 for _, _, a in people}
print(sorted(ages), len(ages))
pairs = {(d, a % 2) for _, d, a in people}
print(sorted(pairs))
ranked = sorted([(d, -a, i) for i, d, a in people])
print(ranked[:5])
senior = {p[0] for p in people if p[2] >= 40}
print(len([i for i in range(30) if i in senior]), senior)
