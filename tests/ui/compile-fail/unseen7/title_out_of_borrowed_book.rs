//@ compile-fail
// A function taking &Book tries to return the String field by value.
struct Book {
    title: String,
    pages: u32,
}

fn title_of(book: &Book) -> String {
    book.title //~ ERROR E0507
}

fn main() {
    let b = Book { title: String::from("The Book"), pages: 550 };
    println!("{} ({} pages)", title_of(&b), b.pages);
}
