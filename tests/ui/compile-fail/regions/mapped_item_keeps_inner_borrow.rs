//@ compile-fail
// Data read out of the found pair through `map` still borrows the string the pairs point into.
fn main() {
    let s = String::from("port=80");
    let pairs = vec![(&s[..4], &s[5..])];
    let v = pairs.iter().find(|(k, _)| *k == "port").map(|(_, v)| *v);
    drop(s); //~ ERROR E0505
    println!("{:?} {:?}", v, pairs.len());
}
