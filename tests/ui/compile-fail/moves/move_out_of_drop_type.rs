//@ compile-fail
// A type with a Drop impl cannot be taken apart by moving a field out.
struct Guard {
    name: String,
}

impl Drop for Guard {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn main() {
    let g = Guard { name: String::from("g") };
    let name = g.name; //~ ERROR E0509
    println!("{}", name);
}
