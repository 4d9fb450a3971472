//@ compile-fail
// Moving out of a vector with a slice pattern.
fn main() {
    let v = vec![String::from("a"), String::from("b")];
    match v.as_slice() {
        [first, ..] => {
            let f: String = *first; //~ ERROR E0507
            println!("{}", f);
        }
        [] => {}
    }
}
