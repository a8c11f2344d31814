class Stack:
    def __init__(self):
        self.items = []
    def __len__(self):
        return len(self.items)
    def push(self, x):
        self.items.append(x)
s = Stack()
print(bool(s), not s)
s.push(1)
print(bool(s), "nonempty" if s else "empty")
while s:
    s.items.pop()
print(len(s), any([Stack(), s]), all([]))
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        return self.on
print([f.on for f in filter(None, [Flag(True), Flag(False), Flag(True)])])
print((Flag(False) or Flag(True)).on, Flag(True) and "both")
x = Flag(False)
print((x and 1).on, (x or "fallback"))
