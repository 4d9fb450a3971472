//@ compile-fail
// Two `&str` cannot be added with `+`; the left side must be a String.
fn main() {
    let first = "hello";
    let second = " world";
    let both = first + second; //~ ERROR E0369
    println!("{}", both);
}
