# The errors a student meets with files.
try:
    open("does_not_exist.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
    print(e)
    print(isinstance(e, OSError))
try:
    open("scores.txt", "x")
except FileExistsError as e:
    print(e)
try:
    open("scores.txt", "rw")
except ValueError as e:
    print(e)
f = open("scores.txt")
f.close()
try:
    f.read()
except ValueError as e:
    print(e)
with open("scores.txt") as f:
    try:
        f.write("no")
    except Exception as e:
        print(type(e).__name__, e)
open("missing/inner.txt")
