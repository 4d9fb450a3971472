//@ compile-fail
// A helper tries to give back the String inside a borrowed Box by dereferencing twice.
fn unwrap_name(b: &Box<String>) -> String {
    **b //~ ERROR E0507
}

fn main() {
    let b = Box::new(String::from("Ferris"));
    let s = unwrap_name(&b);
    println!("{} {}", s, b);
}
