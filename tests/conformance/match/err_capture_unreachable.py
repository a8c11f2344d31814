# A bare name before other cases makes them unreachable: a SyntaxError at compile time.
source = """
match value:
    case x:
        pass
    case 1:
        pass
"""
try:
    compile(source, "<case>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_offset)

source2 = """
match value:
    case (x as y) | 2:
        pass
    case 3:
        pass
"""
try:
    compile(source2, "<case>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_offset)

match 5:
    case 6:
        print("not six")
    case number:
        print("the last case may be irrefutable:", number)

exec(source.replace("value", "5"))
