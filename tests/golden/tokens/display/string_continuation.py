a = 'one\
two'
b = "x\
y\
z"
c = 'bad\
not continued
d = 1
