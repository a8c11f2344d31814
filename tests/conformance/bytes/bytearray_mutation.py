# Mutating a bytearray: append, extend, insert, pop, remove, clear, reverse, item and slice
# assignment and deletion (with steps), += and *=, and a bytearray shared by two names.
ba = bytearray(b"abc")
alias = ba
ba.append(100)
ba.append(True)
ba.extend(b"ef")
ba.extend([103, 104])
ba.extend(bytearray(b"ij"))
ba.extend(x for x in range(48, 50))
ba.extend(ba)
print(ba, alias is ba, len(ba))
ba.insert(0, 95)
ba.insert(-1, 45)
ba.insert(100, 33)
ba.insert(-100, 35)
print(ba, ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(97)
ba.remove(ord("d"))
print(ba)
ba.reverse()
print(ba)
ba[0] = 65
ba[-1] = 0x7A
ba[1:3] = b"XYZ"
ba[5:5] = [1, 2]
ba[-2:] = bytearray(b"!!")
print(ba)
ba[::2] = bytes(len(ba[::2]))
print(ba)
del ba[0]
del ba[-1]
del ba[1:3]
del ba[::3]
print(ba)
ba[10:2] = b"<ins>"
ba[:0] = ba
print(ba)
ba[::2] = b""
print(ba)
ba[::-1] = ba
print(ba)
ba += b"++"
ba += bytearray(b"--")
print(ba, alias is ba)
ba *= 2
print(ba, alias is ba)
ba *= 0
print(ba, len(ba), alias)
ba.extend(b"xyz")
ba.clear()
print(ba, alias, bool(alias))
grow = bytearray()
for i in range(300):
    grow.append(i % 256)
    if i % 7 == 0:
        grow.pop()
print(len(grow), grow[:10], sum(grow), grow.count(0), grow[-5:])
nested = [bytearray(b"a"), bytearray(b"b")]
for item in nested:
    item += b"!"
print(nested)
counter = bytearray(4)
for i in range(10):
    counter[i % 4] += i
print(counter, list(counter))
iterated = bytearray(b"ab")
seen = []
for c in iterated:
    seen.append(c)
    if len(iterated) < 5:
        iterated.append(c + 2)
print(seen, iterated)
