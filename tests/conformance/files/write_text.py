# Writing, appending and reading back; write() returns the number of characters.
with open("notes.txt", "w") as out:
    print(out.write("first\n"))
    out.writelines(["second\n", "third\n"])
    print("to file", file=out)
with open("notes.txt", "a") as out:
    out.write("appended")
with open("notes.txt") as f:
    lines = f.read().splitlines()
print(lines)
print(len(lines), lines[-1])
with open("notes.txt", "w") as out:
    out.write("replaced\n")
print(open("notes.txt").read(), end="")
