//@ compile-fail
// main reads a private field of a struct defined in a module.
mod bank {
    pub struct Account {
        pub owner: String,
        balance: i64,
    }

    impl Account {
        pub fn open(owner: &str) -> Account {
            Account { owner: owner.to_string(), balance: 0 }
        }
    }
}

fn main() {
    let a = bank::Account::open("lee");
    println!("{} has {}", a.owner, a.balance); //~ ERROR E0616
}
