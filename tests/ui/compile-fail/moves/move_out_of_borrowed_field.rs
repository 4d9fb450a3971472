//@ compile-fail
// Moving a String field out through a shared reference is not allowed.
struct Book {
    title: String,
}

fn title_of(b: &Book) -> String {
    b.title //~ ERROR E0507
}

fn main() {
    let b = Book { title: String::from("Dune") };
    println!("{}", title_of(&b));
}
