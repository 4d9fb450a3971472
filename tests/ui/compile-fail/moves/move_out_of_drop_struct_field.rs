//@ compile-fail
// Moving a field out of a struct that implements Drop.
struct Guard {
    label: String,
}

impl Drop for Guard {
    fn drop(&mut self) {
        println!("drop");
    }
}

fn main() {
    let g = Guard { label: String::from("g") };
    let l = g.label; //~ ERROR E0509
    println!("{}", l);
}
