x = 1
if x:
    y = (1,
         2)
    # comment

    s = """a
b"""
z = 1 + \
    2
