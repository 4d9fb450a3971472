//@ compile-fail
// A `map` closure (FnMut) moving a captured `String` out (E0507).
fn main() {
    let prefix = String::from("p");
    let v: Vec<String> = (0..2).map(|_| prefix).collect(); //~ ERROR E0507
    println!("{}", v.len());
}
