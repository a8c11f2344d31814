# An uncaught ValueError from str.index ends the program with status 1.
text = "looking for needles"
print(text.index("needles"))
print(text.find("hay"))
print(text.index("hay"))
print("not reached")
