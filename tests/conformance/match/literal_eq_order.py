# A literal pattern compares subject == literal, so the subject's __eq__ runs first, and
# the truth of its result decides.
class Loud:
    def __init__(self, answer):
        self.answer = answer

    def __eq__(self, other):
        print("eq", other)
        return self.answer


for answer in [0, "", "yes", [1], None]:
    match Loud(answer):
        case 1:
            print("matched with", repr(answer))
        case "x":
            print("matched x with", repr(answer))
        case _:
            print("no match with", repr(answer))
