# An uncaught TypeError from %-formatting.
print("%s and %s" % ("one", "two"))
rows = [("a", 1), ("b", 2)]
for name, value in rows:
    print("%-3s=%3d" % (name, value))
print("%s and %s" % ("only one",))
