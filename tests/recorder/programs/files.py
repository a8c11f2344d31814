# Reads a file and writes another: the replay must get the same text from the trace.
with open("data.txt") as f:
    first = f.readline()
    rest = f.read()
print(repr(first), repr(rest))
with open("out.txt", "w") as out:
    count = out.write(first.upper())
print(count)
try:
    open("missing.txt")
except FileNotFoundError as e:
    print(e.errno, e.filename)
