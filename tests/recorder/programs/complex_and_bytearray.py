# Complex numbers and a bytearray that changes in place across keyframes (append, item and
# slice assignment, deletion, +=), plus bytes and iterators over both kinds of bytes.
z = 1 + 2j
w = complex(0.5, -1.5)
buf = bytearray(b"start")
frozen = b"const"
it = iter(buf)
first = next(it)
for step in range(6):
    z = z * w + step
    buf.append(48 + step)
    buf[0] = 65 + step
    if step % 2:
        buf[1:3] = b"<>"
        del buf[-1]
    buf += frozen[step % 5:step % 5 + 1]
    print(step, z, abs(z) > 1, buf, len(buf))
buf.reverse()
print(z.real, z.imag, z.conjugate(), buf.hex(), buf.pop(), list(it)[:3], frozen.upper())
print(bytes(buf).split(b">"), hash(z) == hash(complex(z.real, z.imag)), first)
