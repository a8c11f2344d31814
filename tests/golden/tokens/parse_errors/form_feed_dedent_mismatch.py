if x:
    a
   b
