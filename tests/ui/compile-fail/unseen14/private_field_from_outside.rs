//@ compile-fail
// Reading a private field of a struct defined in another module (E0616)
mod bank {
    pub struct Vault {
        secret: u32,
    }

    impl Vault {
        pub fn new() -> Vault {
            Vault { secret: 1234 }
        }
    }
}

fn main() {
    let v = bank::Vault::new();
    println!("{}", v.secret); //~ ERROR E0616
}
