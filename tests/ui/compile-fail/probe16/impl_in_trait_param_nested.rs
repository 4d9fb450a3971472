//@ compile-fail
// impl Trait inside a Vec in a let type (E0562).
fn main() {
    let v: Vec<impl std::fmt::Display> = vec![1, 2]; //~ ERROR E0562
    println!("{}", v.len());
}
