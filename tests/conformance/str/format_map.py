# format_map() reads fields from any mapping, without copying it.
print("{a} and {b}".format_map({"a": 1, "b": 2}))
print("{x[0]} {x[1]:>4}".format_map({"x": ["p", "q"]}))
print("{a.real}".format_map({"a": 3}))
print("no fields".format_map({}), "{{}}".format_map({}))
table = {"name": "Ann", "city": "Zürich"}
print("{name:*^9}|{city!r}".format_map(table))
print("{k}".format_map({"k": "{not expanded}"}))
