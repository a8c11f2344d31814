import sys
def helper(d):
    return d["key"]
def process():
    try:
        helper({})
    except KeyError as e:
        raise ValueError("processing failed") from e
def main():
    try:
        process()
    except ValueError:
        raise RuntimeError("main failed")
print("start")
sys.stdout.flush()
main()
