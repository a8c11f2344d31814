# Dicts with deleted entries iterated forwards and backwards: a keyframe taken mid-loop must
# resume the iterator at the same entry, though a restored dict keeps only its live entries.
scores = {name: len(name) for name in ["ada", "grace", "alan", "edsger", "barbara", "ken"]}
del scores["grace"]
del scores["edsger"]
scores["linus"] = 5
total = 0
for name, score in scores.items():
    total += score
    label = name.upper()
for name in reversed(scores):
    total -= len(name)
    last = name
values = []
for value in scores.values():
    values.append(value * 2)
for key in list(scores):
    if scores[key] > 3:
        del scores[key]
print(total, last, values, scores)
