print("loading plugins.beta")
NAME = "beta"
