# An exception raised inside a generator propagates out through the for loop that drives
# it and ends the program (exit status 1).
def parse(lines):
    for number, line in enumerate(lines, 1):
        key, value = line.split("=")
        yield key.strip(), int(value)


config = ["a = 1", "b = 2", "c: 3"]
for key, value in parse(config):
    print(key, value)
print("not reached")
