x = '''one
two'''
y = """a "quoted" \""" word
  still ''' inside
"""
z = r'''raw \''' still'''
e = ''''quote start'''
f = ''''''
g = """""" + """x"""""
h = b'''bytes
line''' + rb"""more"""
