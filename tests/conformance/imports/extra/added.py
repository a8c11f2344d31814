WHERE = "found through a folder added to sys.path"
