# A block statement needs an indented block after its colon.
def greet(name):
return "hello " + name


print(greet("Ada"))
