//@ compile-fail
// Moving out of a &Box<String> (E0507).
fn take(b: &Box<String>) -> String {
    **b //~ ERROR E0507
}
fn main() { println!("{}", take(&Box::new(String::from("a")))); }
