if x:
	a
    	b
