# An exception in a guard propagates; the match does not try later cases.
def guarded(v):
    match v:
        case [x] if 1 / x > 0:
            return "positive reciprocal"
        case [x]:
            return "other"


print(guarded([2]))
print(guarded([-2]))
try:
    guarded([0])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
guarded([0])
