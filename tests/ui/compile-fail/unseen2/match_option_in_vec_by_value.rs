//@ compile-fail
// Matching on `list[1]` by value tries to move the String out of the vector.
fn main() {
    let list: Vec<Option<String>> = vec![None, Some(String::from("x"))];
    match list[1] { //~ ERROR E0507
        Some(s) => println!("got {}", s),
        None => println!("nothing"),
    }
}
