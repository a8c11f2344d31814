# Errors of binary files: str written to a binary file, bytes written to a text file, bad
# modes, a missing file; ends with an uncaught TypeError.
with open("out.bin", "wb") as f:
    try:
        f.write("text")
    except TypeError as e:
        print("TypeError:", e)
    try:
        f.write(42)
    except TypeError as e:
        print("TypeError:", e)
    try:
        f.writelines([b"ok", "not ok"])
    except TypeError as e:
        print("TypeError:", e)
with open("out.bin", "rb") as f:
    print(f.read())
with open("out.txt", "w") as f:
    try:
        f.write(b"bytes")
    except TypeError as e:
        print("TypeError:", e)
try:
    open("missing.bin", "rb")
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror, e.filename)
for mode in ["rbt", "bwx", "rr", "b", "rwz", "bb", "rw"]:
    try:
        open("out.bin", mode)
    except ValueError as e:
        print(repr(mode), "ValueError:", e)
with open("out.bin", "ab") as f:
    f.write(bytearray(b"!"))
    f.write("oops")
