//@ compile-fail
// A book is moved into the shelf while a reference to its title is still used.
struct Book {
    title: String,
}

fn main() {
    let mut shelf: Vec<Book> = Vec::new();
    let book = Book { title: String::from("Dune") };
    let title = &book.title;
    shelf.push(book); //~ ERROR E0505
    println!("shelved {}", title);
}
