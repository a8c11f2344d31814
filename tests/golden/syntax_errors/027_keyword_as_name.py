class = 'maths'
