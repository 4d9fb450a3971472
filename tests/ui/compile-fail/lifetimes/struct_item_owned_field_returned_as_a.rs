//@ compile-fail
// A struct owning a String gives out borrows of the slice, not `'a` data.
struct Entry<'a> {
    tag: &'a str,
    owned: String,
}

fn first_owned<'a>(entries: &[Entry<'a>]) -> Option<&'a str> {
    entries.iter().map(|e| e.owned.as_str()).next() //~ ERROR E0621
}

fn main() {
    let v = vec![Entry { tag: "t", owned: String::from("o") }];
    println!("{:?} {}", first_owned(&v), v[0].tag);
}
