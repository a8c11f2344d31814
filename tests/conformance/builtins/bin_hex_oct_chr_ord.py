# Base conversions and code points.
for n in (0, 1, 10, 255, -42, 2 ** 40):
    print(n, bin(n), oct(n), hex(n), f"{n:b}", f"{n:#x}")
print(int(bin(99), 2), int(oct(99), 8), int(hex(99), 16), hex(True), bin(False))
print(chr(65), chr(97), chr(0x263A), chr(0x1F40D), chr(32) + "|", repr(chr(0)), repr(chr(127)))
print(ord("A"), ord("z"), ord("€"), ord("🐍"), ord("\n"), ord(" "), ord("é"))
print("".join(chr(ord(c) + 1) for c in "HAL"), [chr(c) for c in range(ord("a"), ord("f"))])
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.isalpha() else c for c in "hello, world")
print(caesar)
print(sum(ord(c) for c in "checksum") % 256, max("python", key=ord), sorted("banana", key=ord))
print(hex(0xFF ^ 0x0F), oct(0o777 & 0o070), bin(0b1010 | 0b0101), hex(-(2 ** 64)))
print(format(ord("A"), "08b"), format(0x1F600, "X"), "U+%04X" % ord("é"), f"{ord('z'):o}")


class Index:
    def __index__(self):
        return 12


print(bin(Index()), hex(Index()), oct(Index()), repr(chr(Index())))
