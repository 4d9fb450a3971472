//@ compile-fail
// Returning Some(&local) from a function.
fn find() -> Option<&'static String> {
    let s = String::from("found");
    Some(&s) //~ ERROR E0515
}

fn main() {
    println!("{:?}", find());
}
