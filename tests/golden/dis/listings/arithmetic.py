width = 3
height = 4.5
area = width * height
label = f"area={area!r:>8}"
print(label, -width, width // 2, width ** 2 % 5)
