# string.Formatter: the steps of str.format, overridable one by one.
import string

f = string.Formatter()
print(f.format("{0}-{x}", 1, x=2), f.format("{:>{}}|", "ab", 5))
print(f.vformat("{0[1]} {1.real:+}", ([10, 20], 3), {}))
print(list(f.parse("a{0}b{x!r:>5}c{{d}}")))
print(list(f.parse("{:{}}")), list(f.parse("")))


class Defaulting(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, "<" + key + ">")
        return super().get_value(key, args, kwargs)

    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()


print(Defaulting().format("{greeting}, {name}! {0:x}", 255, greeting="hello"))


class Strict(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(kwargs) - used_args
        if unused:
            raise ValueError("unused: " + ", ".join(sorted(unused)))


try:
    Strict().format("{a}", a=1, b=2, c=3)
except ValueError as e:
    print(e)
for text in ["x}", "{", "{0!z}", "{}{0}", "{0}{}", "{0[}", "{0.}"]:
    try:
        print(f.format(text, 1, 2))
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
