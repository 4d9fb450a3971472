//@ compile-fail
// Moving a String out of a vector element reached through a reference in a loop.
fn main() {
    let v = vec![String::from("a"), String::from("b")];
    let mut out = Vec::new();
    for s in &v {
        out.push(*s); //~ ERROR E0507
    }
    println!("{:?}", out);
}
