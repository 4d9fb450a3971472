//@ compile-fail
// Mapping to references of a parameter that does not live for the item lifetime `'a`.
struct P {
    name: String,
}
fn names<'a>(ps: &[P]) -> impl Iterator<Item = &'a str> {
    ps.iter().map(|p| p.name.as_str()) //~ ERROR E0621
}
fn main() {
    let ps = vec![P { name: String::from("a") }];
    for n in names(&ps) {
        println!("{n}");
    }
}
