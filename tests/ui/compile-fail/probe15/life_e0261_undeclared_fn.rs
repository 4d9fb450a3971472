//@ compile-fail
// A function using `'a` without declaring it (E0261).
fn first(s: &'a str) -> &'a str { //~ ERROR E0261
//~^ ERROR E0261
    &s[..1]
}
fn main() {
    println!("{}", first("ab"));
}
