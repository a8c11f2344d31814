import sys
def value_of_finally_return():
    x = 1
    try:
        return x
    finally:
        x = 2
print(value_of_finally_return())
def mutate_returned():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print(mutate_returned())
def exc_info_in_finally():
    try:
        raise ValueError("active")
    finally:
        print("in finally:", repr(sys.exception()))
try:
    exc_info_in_finally()
except ValueError:
    pass
print(sys.exception())
def count_iterations():
    total = 0
    for i in range(4):
        try:
            if i % 2:
                continue
            total += i
        finally:
            total += 100
    return total
print(count_iterations())
def gen_finally_return():
    try:
        yield 1
    finally:
        return
print(list(gen_finally_return()))
def except_return_finally_print():
    try:
        1 / 0
    except ZeroDivisionError:
        return "from except"
    finally:
        print("finally after except return")
print(except_return_finally_print())
def deep(n):
    try:
        if n == 0:
            raise RuntimeError("bottom")
        return deep(n - 1)
    finally:
        print("unwind", n)
try:
    deep(3)
except RuntimeError as e:
    print(e)
