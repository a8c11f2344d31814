a = 'single'
b = "double"
c = """triple
quoted"""
d = '''also
triple'''
e = r'raw \n string'
f = b'bytes\x00\xff'
g = rb'raw bytes \d'
h = u'unicode'
i = 'esc: \t \n \\ \' \" \a \b \f \v \0 \101 \x41 \u00e9 \U0001F600'
j = 'concat' "enated" '''strings'''
k = b'con' b'cat'
l = 'line \
continued'
m = "ünïcödé ✓ 😀"
n = 'unknown \d escape'
o = U"upper u"
p = ''
q = R"Raw"
r = Rb'x' + BR"y" + bR'z'
s = '\u00e9é\\é'
