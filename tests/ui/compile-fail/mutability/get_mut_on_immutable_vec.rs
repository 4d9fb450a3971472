//@ compile-fail
// `get_mut` needs a mutable vector.
fn main() {
    let names = vec![String::from("a")];
    let first = names.get_mut(0).unwrap(); //~ ERROR E0596
    first.push('!');
    println!("{:?}", names);
}
