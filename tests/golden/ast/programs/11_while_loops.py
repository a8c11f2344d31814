while True:
    break
while x < 10:
    x += 1
    if x == 5:
        continue
else:
    done = True
while (line := read()):
    process(line)
