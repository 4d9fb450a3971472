//@ compile-fail
// Calling a `&mut self` method on a binding declared without `mut`.
struct Shelf {
    books: Vec<String>,
}

impl Shelf {
    fn add(&mut self, title: &str) {
        self.books.push(title.to_string());
    }
}

fn main() {
    let shelf = Shelf { books: Vec::new() };
    shelf.add("Emma"); //~ ERROR E0596
    println!("{}", shelf.books.len());
}
