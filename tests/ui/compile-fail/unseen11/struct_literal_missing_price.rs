//@ compile-fail
// A struct literal forgets one of the fields.
#[derive(Debug)]
struct Book {
    title: String,
    author: String,
    price: u32,
}

fn main() {
    let b = Book { title: String::from("Dune"), author: String::from("Herbert") }; //~ ERROR E0063
    println!("{:?}", b);
}
