# Folders added to sys.path are searched in order, before the standard library.
import sys

folder = sys.path[0]


def under(name):
    return (folder + "/" if folder else "") + name


try:
    import added
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
sys.path.append(under("extra"))
import added

print(added.WHERE)
sys.path.insert(0, under("shadow"))
import heapq

print(heapq.heappop([3, 1]))
print(heapq.__name__, heapq.__file__.rsplit("/", 2)[-2:])
