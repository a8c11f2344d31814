# An uncaught TypeError from concatenating str and int.
total = 0
label = "total: "
for n in range(5):
    total += n
print(label + str(total))
print(label + total)
