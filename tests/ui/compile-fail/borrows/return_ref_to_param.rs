//@ compile-fail
// Returning a reference to a parameter taken by value.
fn longest(a: String, b: String) -> &'static String {
    if a.len() > b.len() { &a } else { &b } //~ ERROR E0515
    //~^ ERROR E0515
}

fn main() {
    println!("{}", longest(String::from("a"), String::from("bb")));
}
