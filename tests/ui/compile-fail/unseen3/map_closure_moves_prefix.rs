//@ compile-fail
// A `map` closure returns a captured String by value, which an FnMut closure cannot do.
fn main() {
    let prefix = String::from("item-");
    let labels: Vec<String> = (0..3).map(|_| prefix).collect(); //~ ERROR E0507
    println!("{:?}", labels);
}
