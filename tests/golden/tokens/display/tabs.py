if True:
	x = 1
	if x:
		y = 2
		z	=	3  	# tab comment
	w = 4
v = [1,	2]
