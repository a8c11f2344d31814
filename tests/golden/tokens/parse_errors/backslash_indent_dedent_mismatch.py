if x:
    a
  \
      b
