//@ compile-fail
// the items drained out of a Vec of references still borrow what they point to
fn main() {
    let mut owner = vec![String::from("a"), String::from("b")];
    let mut refs: Vec<&String> = owner.iter().collect();
    let drained: Vec<&String> = refs.drain(..).collect();
    owner.push(String::from("c")); //~ ERROR E0502
    println!("{:?} {:?}", drained, refs);
}
