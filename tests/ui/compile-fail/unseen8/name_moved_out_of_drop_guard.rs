//@ compile-fail
// The name field is moved out of a guard type that implements Drop.
struct Guard {
    name: String,
    committed: bool,
}

impl Drop for Guard {
    fn drop(&mut self) {
        if !self.committed {
            println!("rollback {}", self.name);
        }
    }
}

fn main() {
    let g = Guard { name: "txn-1".to_string(), committed: false };
    let name = g.name; //~ ERROR E0509
    println!("{}", name);
}
