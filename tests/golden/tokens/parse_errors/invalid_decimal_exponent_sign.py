x=1e+
