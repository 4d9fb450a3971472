//@ compile-fail
// A method taking &self tries to return an owned String field by moving it out.
struct Book {
    title: String,
    pages: u32,
}

impl Book {
    fn title(&self) -> String {
        self.title //~ ERROR E0507
    }
}

fn main() {
    let b = Book { title: String::from("Dune"), pages: 412 };
    println!("{} {}", b.title(), b.pages);
}
