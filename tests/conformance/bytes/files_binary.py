# Binary files: open(..., 'wb'/'ab'/'rb') write and read bytes (bytes or bytearray in, bytes
# out), read(n), readline, readlines, iteration, and text written in binary.
with open("data.bin", "wb") as f:
    print(f.write(b"\x00\x01\x02header\n"), f.write(bytearray(b"line two\r\n")), f.write(bytes(range(250, 256))))
    print(f.mode, f.name, f.closed)
print(f.closed)
with open("data.bin", "ab") as f:
    f.write(b"\nappended\n")
    f.writelines([b"one\n", bytearray(b"two\n")])
with open("data.bin", "rb") as f:
    head = f.read(3)
    rest = f.read()
    print(head, type(head).__name__, len(rest), rest[:20], f.read(), f.read(5))
with open("data.bin", "rb") as f:
    print(f.readline(), f.readline(), f.readline())
    print(f.readlines())
with open("data.bin", "rb") as f:
    print([line for line in f])
with open("utf8.bin", "wb") as f:
    f.write("na\u00efve caf\u00e9 \u20ac\n".encode("utf-8"))
with open("utf8.bin", "rb") as f:
    raw = f.read()
print(raw, raw.decode("utf-8"), len(raw), raw.count(b"\xc3"))
with open("utf8.bin") as f:
    print(repr(f.read()))
with open("text.txt", "w") as f:
    f.write("line1\nline2\n")
with open("text.txt", "rb") as f:
    print(f.read())
checksum = 0
with open("data.bin", "rb") as f:
    for byte in f.read():
        checksum = (checksum * 31 + byte) % 1000003
print(checksum)
