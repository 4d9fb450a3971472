//@ compile-fail
// Writing the closure's return type `-> &String` does not tie it to the parameter's lifetime.
fn main() {
    let s = String::from("a");
    let f = |x: &String| -> &String { x }; //~ ERROR lifetime may not live long enough
    println!("{}", f(&s));
}
