f"{a}" f"{b c}"
