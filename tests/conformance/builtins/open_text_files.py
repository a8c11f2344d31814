# Writing, appending and reading text files relative to the working directory.
with open("notes.txt", "w") as f:
    print(f.write("first line\n"), f.write("second line\n"))
    f.writelines(["third\n", "fourth\n"])
    print(f.name, f.mode, f.closed)
print(f.closed)
with open("notes.txt", "a", encoding="utf-8") as f:
    f.write("appended é\n")
    print("appended", file=f)
with open("notes.txt") as f:
    content = f.read()
print(repr(content), len(content))
with open("notes.txt") as f:
    print(repr(f.readline()), repr(f.readline()), f.readlines())
with open("notes.txt") as f:
    for number, line in enumerate(f, 1):
        print(number, line.rstrip("\n"))
lines = open("notes.txt").read().splitlines()
print(lines[-1], len(lines))
with open("numbers.txt", "w") as f:
    for n in range(1, 6):
        f.write(f"{n * n}\n")
with open("numbers.txt") as f:
    print(sum(int(line) for line in f))
with open("notes.txt") as f:
    print(repr(f.read(5)))
with open("fresh.txt", "x") as f:
    f.write("exclusive\n")
print(open("fresh.txt").read(), end="")
with open("poem.txt", encoding="utf-8") as f:
    words = f.read().split()
print(len(words), words[:4], max(words, key=len))
