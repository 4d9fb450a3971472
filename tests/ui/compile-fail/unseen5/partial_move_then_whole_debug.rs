//@ compile-fail
// Moving one String field out of a struct leaves the struct partially moved.
#[derive(Debug)]
struct Book {
    title: String,
    author: String,
}

fn main() {
    let b = Book { title: String::from("Dune"), author: String::from("Herbert") };
    let t = b.title;
    println!("title: {}", t);
    println!("{:?}", b); //~ ERROR E0382
}
