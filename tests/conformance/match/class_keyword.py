# Keyword sub-patterns read attributes by name; a missing attribute means no match.
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    @property
    def overdrawn(self):
        return self.balance < 0


def review(a):
    match a:
        case Account(owner="root"):
            return "admin account"
        case Account(overdrawn=True, owner=name):
            return f"{name} is overdrawn"
        case Account(balance=0):
            return "empty"
        case Account(nickname=n):
            return "has a nickname " + n
        case Account(balance=b) if b > 1000:
            return "rich"
        case _:
            return "ordinary"


for acc in [Account("root", 5), Account("ann", -3), Account("bob", 0), Account("cy", 5000), Account("di", 10)]:
    print(review(acc))
