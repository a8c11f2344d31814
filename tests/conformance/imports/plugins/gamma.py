print("loading plugins.gamma")
NAME = "gamma"
