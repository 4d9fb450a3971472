//@ compile-fail
// Assigning to a private field from outside is refused like reading it.
mod m {
    pub struct Account {
        pub owner: String,
        balance: i64,
    }

    impl Account {
        pub fn open(owner: &str) -> Account {
            Account { owner: owner.to_string(), balance: 0 }
        }

        pub fn balance(&self) -> i64 {
            self.balance
        }
    }
}

fn main() {
    let mut a = m::Account::open("ann");
    a.balance = 1_000_000; //~ ERROR E0616
    println!("{} {}", a.owner, a.balance());
}
