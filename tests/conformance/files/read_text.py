# Reading a text file in every way a course shows: read, readline, readlines, iteration.
with open("scores.txt") as f:
    print(repr(f.read()))
with open("scores.txt", "r", encoding="utf-8") as f:
    print(repr(f.readline()))
    print(f.readlines())
total = 0
for line in open("scores.txt"):
    name, score = line.split()
    total += int(score)
    print(f"{name:>6}: {score}")
print("total", total)
f = open("scores.txt")
print(f.name, f.mode, f.closed)
print(f.read(5), "|", f.read(3), "|", f.readline(), end="")
f.close()
print(f.closed)
