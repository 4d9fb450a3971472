//@ compile-fail
// `let s = *r;` with `r: &String`.
fn main() {
    let owned = String::from("x");
    let r = &owned;
    let s = *r; //~ ERROR E0507
    println!("{}", s);
}
