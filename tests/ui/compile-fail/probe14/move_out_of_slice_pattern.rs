//@ compile-fail
// A slice pattern binding a String by value from a borrowed slice.
fn first(v: &[String]) -> String {
    match v {
        [s, ..] => *s, //~ ERROR E0507
        [] => String::new(),
    }
}
fn main() {
    println!("{}", first(&[String::from("a")]));
}
