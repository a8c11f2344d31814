# The continuous distributions of random.Random, value for value.
import random

r = random.Random(8)
print(r.uniform(1, 10), r.uniform(-1.5, 1.5), r.uniform(3, 3), r.uniform(10, 1))
print(r.triangular(), r.triangular(0, 10), r.triangular(0, 10, 8), r.triangular(5, 5, 5))
print(r.normalvariate(), r.normalvariate(100, 15), r.normalvariate(mu=-1, sigma=0.5))
print(r.gauss(), r.gauss(), r.gauss(), r.gauss(10, 2), r.gauss_next)
print(r.lognormvariate(0, 0.5), r.expovariate(1.5), r.expovariate(-2))
print(r.vonmisesvariate(0, 1), r.vonmisesvariate(3, 0), r.vonmisesvariate(1, 100))
print(r.gammavariate(0.3, 1), r.gammavariate(1, 2), r.gammavariate(2, 1), r.gammavariate(30, 0.5))
print(r.betavariate(0.5, 0.5), r.betavariate(2, 5), r.paretovariate(1), r.paretovariate(2.5))
print(r.weibullvariate(1, 1), r.weibullvariate(2, 0.5), r.random())
r.gauss_next = 5.0
print(r.gauss(0, 1), r.gauss_next is None)
