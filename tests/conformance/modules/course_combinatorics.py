# A course exercise: counting with itertools and math, checked against each other.
import itertools
import math
import operator

n, k = 7, 3
print(len(list(itertools.combinations(range(n), k))), math.comb(n, k))
print(len(list(itertools.permutations(range(n), k))), math.perm(n, k))
print(len(list(itertools.product(range(3), repeat=4))), 3 ** 4)
print(len(list(itertools.combinations_with_replacement(range(n), k))), math.comb(n + k - 1, k))
subsets = [s for r in range(4) for s in itertools.combinations("abc", r)]
print(len(subsets), subsets)
print(sum(map(math.prod, itertools.combinations(range(1, 6), 2))))
scores = {"ann": 91, "bob": 78, "cid": 85}
ranked = sorted(scores.items(), key=operator.itemgetter(1), reverse=True)
print(ranked, list(itertools.accumulate(v for _, v in ranked)))
print([math.comb(5, i) for i in range(6)], sum(math.comb(10, i) for i in range(11)) == 2**10)
print(list(itertools.starmap(math.gcd, itertools.combinations([12, 18, 27], 2))))
