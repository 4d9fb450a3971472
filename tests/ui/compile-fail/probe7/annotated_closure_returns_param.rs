//@ compile-fail
// A closure bound to a variable with `|x: &String|` cannot return `x`: its return type is inferred apart.
fn main() {
    let s = String::from("a");
    let f = |x: &String| x; //~ ERROR lifetime may not live long enough
    println!("{}", f(&s));
}
