# printf-style formatting of bytes and bytearray (PEP 461).
print(b"%d items at %5.2f each" % (3, 1.5))
print(b"%s|%b|%-6s|%6s|" % (b"ab", bytearray(b"cd"), b"ef", b"gh"))
print(b"%x %X %o %#x %#o %+d % d %05d" % (255, 255, 8, 255, 8, 5, 5, -42))
print(b"%e %.3E %g %G %10.4f" % (12345.678, 0.5, 1e-7, 2e20, 3.14159))
print(b"%c%c%c" % (72, b"i", 33))
print(b"%r %a" % ("caf\u00e9", b"q"))
print(b"%(name)s is %(age)d" % {b"name": b"Ann", b"age": 7})
print(b"%%d stays %s" % (b"literal",))
print(bytearray(b"%s-%s") % (b"x", b"y"))
print(b"%.2s|%5.1s|" % (b"abcdef", b"xyz"))
print(b"%*d|%-*d|%.*f" % (5, 42, 4, 7, 2, 3.14159))


class Packet:
    def __bytes__(self):
        return b"<packet>"


print(b"got %s" % Packet())
print(b"single %s" % b"arg")
