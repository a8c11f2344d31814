def greet():
return 'hi'
