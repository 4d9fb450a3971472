//@ compile-fail
// Calling `drop` on a value that a struct still borrows.
struct View<'a> {
    text: &'a str,
}

fn main() {
    let owner = String::from("page");
    let view = View { text: &owner };
    drop(owner); //~ ERROR E0505
    println!("{}", view.text);
}
