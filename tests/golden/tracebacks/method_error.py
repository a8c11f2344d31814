class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"cannot withdraw {amount}: balance is {self.balance}")
        self.balance -= amount


acct = Account(10)
acct.withdraw(3)
acct.withdraw(30)
