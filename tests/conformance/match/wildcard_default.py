# `case _` matches anything and binds nothing; with a guard it can come before other cases.
def classify(n):
    match n:
        case 1:
            return "one"
        case _ if n < 0:
            return "negative"
        case 2:
            return "two"
        case _:
            return "something else"


for n in [1, 2, -5, 7]:
    print(n, classify(n))

_ = "untouched"
match 99:
    case _:
        print("wildcard does not bind:", _)

match "only case":
    case _:
        print("a single wildcard case")

count = 0
for item in range(5):
    match item:
        case 0:
            continue
        case 3:
            break
        case _:
            count += item
print("count", count)
