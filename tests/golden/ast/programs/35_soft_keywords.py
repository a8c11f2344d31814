match = 1
case = 2
_ = 3
match.attr = 4
match[0] = 5
match(x)
print(match, case, _)
def match(case): return case
class case: pass
match match:
    case case:
        pass
match -x:
    case _:
        pass
