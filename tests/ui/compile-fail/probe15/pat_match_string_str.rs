//@ compile-fail
// A match on &str with literal arms only (E0004).
fn main() {
    let s = "a";
    match s { //~ ERROR E0004
        "a" => println!("A"),
        "b" => println!("B"),
    }
}
