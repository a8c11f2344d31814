a = 'don\'t'
b = "\\"
c = r'\''
d = r"\"" + 'x\\'
e = '\N{BULLET} \u00e9 \x41 \101 \n\t'
f = b'\xff\x00'
