if x:
  pass
  else:
