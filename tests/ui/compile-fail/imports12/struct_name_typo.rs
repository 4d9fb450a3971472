//@ compile-fail
// A misspelt struct name in a signature: rustc points at the struct with a similar name.
#[derive(Debug)]
struct Account {
    owner: String,
    balance: i64,
}

fn open(owner: &str) -> Acount { //~ ERROR E0425
    Account { owner: owner.to_string(), balance: 0 }
}

fn main() {
    println!("{:?}", open("Ana"));
}
