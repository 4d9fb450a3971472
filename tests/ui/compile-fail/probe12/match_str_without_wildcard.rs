//@ compile-fail
// Matching a `&str` against literals only.
fn main() {
    let s = "b";
    match s { //~ ERROR E0004
        "a" => println!("a"),
        "b" => println!("b"),
    }
}
