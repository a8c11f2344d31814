print("running _raises")
attempts = 1
raise RuntimeError("failed while importing")
