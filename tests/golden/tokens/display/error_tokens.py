a = $b
c = ?
d = !e
f = `g`
h = 1 \ 2
i = "unterminated
j = 'also
k = 1
