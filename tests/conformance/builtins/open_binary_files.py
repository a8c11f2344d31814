# Binary files read and write bytes, byte for byte.
data = bytes(range(0, 256, 17))
with open("data.bin", "wb") as f:
    print(f.write(data), f.write(b"\x00\xff"), f.mode)
with open("data.bin", "rb") as f:
    raw = f.read()
print(raw, len(raw), raw[0], raw[-1], type(raw).__name__)
with open("data.bin", "rb") as f:
    print(f.read(3), f.read(2), len(f.read()))
with open("text.txt", "w", encoding="utf-8") as f:
    f.write("héllo\nwörld\n")
with open("text.txt", "rb") as f:
    encoded = f.read()
print(encoded, len(encoded), encoded.decode("utf-8").split())
with open("data.bin", "ab") as f:
    f.write(bytes([1, 2, 3]))
with open("data.bin", "rb") as f:
    print(list(f.read()[-5:]))
with open("poem.txt", "rb") as f:
    first = f.readline()
print(first, first.strip().split(b" ")[:3])
