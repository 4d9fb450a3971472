//@ compile-fail
// to_uppercase returns String, bound to &str (E0308).
fn main() {
    let s = "a";
    let u: &str = s.to_uppercase(); //~ ERROR E0308
    println!("{}", u);
}
