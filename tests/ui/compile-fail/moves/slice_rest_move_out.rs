//@ compile-fail
// Moving a String out of the rest of a slice pattern matched through a reference is refused.
fn main() {
    let names = vec![String::from("a"), String::from("b")];
    if let [_, rest @ ..] = names.as_slice() {
        let taken: String = rest[0]; //~ ERROR E0508
        println!("{taken}");
    }
}
