# The same program gives the same output on every run: seeded randomness, hashes, set order,
# sorting ties and dict order do not depend on the run.
import random

random.seed(2024)
print([random.randint(1, 6) for _ in range(10)], random.random())
deck = [f"{rank}{suit}" for suit in "SHDC" for rank in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:8], random.choice(deck), random.sample(range(100), 5))
rng = random.Random(7)
print(rng.uniform(0, 10), rng.randrange(0, 100, 5), [rng.random() < 0.5 for _ in range(8)])
tags = {"python", "debugger", "trace", "replay", "time", "travel"}
print(tags, hash("replay"))
scores = {"ann": 3, "bob": 5, "cid": 3, "dee": 5}
print(sorted(scores, key=scores.get), sorted(scores.items(), key=lambda kv: kv[1], reverse=True))
print(list({x % 7: x for x in range(30)}.items()))
print({(i, j) for i in range(3) for j in range(2)})
random.seed("text seed")
print(random.getrandbits(64), random.choices("abc", weights=[1, 2, 3], k=6))
