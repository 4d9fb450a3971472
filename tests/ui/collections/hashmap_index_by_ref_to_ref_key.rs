// Indexing a HashMap<u32, _> with a `&&u32` (an item of a filter closure over collected keys): `u32: Borrow<Q>` has one impl, so Q = u32 and the index derefs to `&u32`.
use std::collections::HashMap;

struct Book {
    title: String,
    out: bool,
}

fn main() {
    let mut books: HashMap<u32, Book> = HashMap::new();
    books.insert(3, Book { title: "Ulysses".to_string(), out: false });
    books.insert(1, Book { title: "Dune".to_string(), out: true });
    books.insert(2, Book { title: "Emma".to_string(), out: false });
    let mut ids: Vec<&u32> = books.keys().collect();
    ids.sort();
    let available: Vec<&str> = ids.iter().filter(|id| !books[id].out).map(|id| books[id].title.as_str()).collect();
    println!("{:?}", available);
    let k = 1u32;
    let r = &k;
    let rr = &r;
    let rrr = &rr;
    println!("{} {} {}", books[r].title, books[rr].title, books[rrr].title);
    let mut counts: HashMap<char, usize> = HashMap::new();
    for c in "hello".chars() {
        *counts.entry(c).or_insert(0) += 1;
    }
    let letters: Vec<char> = vec!['l', 'h'];
    let total: usize = letters.iter().map(|c| counts[&c]).sum();
    println!("{}", total);
}
