abâ‚x = 1
