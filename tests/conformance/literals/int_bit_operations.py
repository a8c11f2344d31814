# Bitwise operators on small, negative and big ints (two's complement of infinite width).
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 3, a >> 2)
print(-12 & 10, -12 | 10, -12 ^ 10, ~-12, -12 << 2, -12 >> 2, -1 >> 100)
print(1 << 100, (1 << 100) >> 99, (1 << 100) - 1 & 0xFF, ~(1 << 70))
big = 2 ** 130 + 2 ** 65 + 7
print(big & (2 ** 64 - 1), big | 1, big ^ big, big >> 64, -big >> 64, -big & 0xFFFF)
print((5).bit_length(), (0).bit_length(), (-1).bit_length(), (2 ** 100).bit_length())
print((255).bit_count(), (-255).bit_count(), (2 ** 100 - 1).bit_count())
flags = 0
for bit in (0, 3, 5):
    flags |= 1 << bit
print(bin(flags), [bit for bit in range(8) if flags >> bit & 1])
flags &= ~(1 << 3)
print(bin(flags), flags ^ 0xFF, True & False, True | False, True ^ True, ~True)
print(0xF0 & 0x3C | 0x01, 1 | 2 ^ 3 & 4, ~0 << 4, 6 & -6)
x = 0b1011_0110
print(x & -x, x & (x - 1), format(x, "08b"), format(~x & 0xFF, "08b"))
