# An exception leaves a loop without running its else block; errors in else propagate.
def scan(values):
    for v in values:
        print(" checking", v)
        if v < 0:
            raise ValueError(f"negative value {v}")
    else:
        print(" all values fine")
    return "done"


for data in ([1, 2], [3, -4, 5], []):
    try:
        print(scan(data))
    except ValueError as e:
        print("ValueError:", e)
count = 0
try:
    while count < 3:
        count += 1
        if count == 2:
            {}["missing"]
    else:
        print("not printed")
except KeyError as e:
    print("KeyError:", e, "at count", count)
try:
    for i in range(2):
        pass
    else:
        print("else runs, then fails")
        int("not a number")
except ValueError as e:
    print("ValueError:", e)
for attempt in range(3):
    try:
        if attempt < 2:
            raise RuntimeError(f"attempt {attempt}")
    except RuntimeError as e:
        print("retrying after", e)
        continue
    print("connected on attempt", attempt)
    break
else:
    print("never connected")
while True:
    items = []
    for x in items:
        break
    else:
        items.pop()
