# An uncaught KeyError from str.format with a missing field name.
template = "{greeting}, {name}!"
print(template.format(greeting="Hello", name="World"))
print(template.format(greeting="Hi"))
