//@ compile-fail
// A closure may push a captured borrow into the vector it is given: the vector keeps it.
fn main() {
    let s = String::from("text");
    let mut v: Vec<&str> = Vec::new();
    Some(&mut v).map(|v| v.push(&s));
    drop(s); //~ ERROR E0505
    println!("{:?}", v);
}
