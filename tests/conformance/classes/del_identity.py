class Res:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def __del__(self):
        print("close", self.name)

def scope():
    r = Res("local")
    print("in scope")
scope()
print("after scope")
a = Res("rebound")
a = Res("second")
print("rebind done")
b = Res("deleted")
del b
print("after del")
lst = [Res("in list")]
lst.pop()
print("after pop")
d = {"k": Res("dict value")}
d["k"] = None
print("after overwrite")
x = Res("alias")
y = x
del x
print("alias still alive")
y = None
print("after alias")
Res("temporary")
print("after temporary")
class Node:
    def __init__(self, n, child=None):
        self.n = n
        self.child = child
    def __del__(self):
        print("node", self.n)
chain = Node(1, Node(2, Node(3)))
chain = None
print("chain gone")
o1 = object()
o2 = o1
print(o1 is o2, id(o1) == id(o2), o1 is not object())
print([1] is [1], [1] == [1])
keep = Res("global at exit")
other = Res("second global at exit")
print("end of program")
