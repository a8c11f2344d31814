# An uncaught ValueError from an f-string format spec.
value = 3.14159
print(f"{value:.2f}")
print(f"{value:,d}")
