//@ compile-fail
// Overwriting a struct field while a reference to it is alive.
struct Player {
    name: String,
}

fn main() {
    let mut p = Player { name: String::from("old") };
    let r = &p.name;
    p.name = String::from("new"); //~ ERROR E0506
    println!("{}", r);
}
