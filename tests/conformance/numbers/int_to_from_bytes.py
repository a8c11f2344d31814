# int.to_bytes and int.from_bytes: byte orders, signed values, defaults and big ints.
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"))
print((255).to_bytes(), (0).to_bytes(3, "big"))
print((-1).to_bytes(2, "little", signed=True), (-129).to_bytes(2, "big", signed=True))
print((2**100).to_bytes(13, "little").hex())
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"))
print(int.from_bytes(b"\xff\xfe", "big", signed=True), int.from_bytes(b"\xff", signed=False))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x01\x00"), "little"))
print(int.from_bytes(b"", "big"), int.from_bytes(bytes(range(20)), "big"))
n = 12345678901234567890123
print(int.from_bytes(n.to_bytes(10, "big"), "big") == n)
print(bool.from_bytes(b"\x01", "big"), type(bool.from_bytes(b"\x00", "big")).__name__)


class Flags(int):
    pass


print(type(Flags.from_bytes(b"\x05", "big")).__name__, Flags.from_bytes(b"\x05", "big"))
print((5).to_bytes(length=2, byteorder="little"))
