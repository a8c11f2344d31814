café = 1
π = 3.14159
变量 = "value"
ﬁle = open  # NFKC turns the ligature into "file"
def grüß(name):
    return f"Grüß {name}"
class Ωmega:
    größe = 2
print(café, π, 变量, grüß("x"), Ωmega.größe)
