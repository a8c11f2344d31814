# An indented line where no block starts.
name = "Ada"
 print(name)
