//@ compile-fail
// Clearing a String through a shared reference.
fn reset(s: &String) {
    s.clear(); //~ ERROR E0596
}

fn main() {
    let mut s = String::from("x");
    reset(&s);
    println!("{}", s);
}
