print("loading plugins.alpha")
NAME = "alpha"
