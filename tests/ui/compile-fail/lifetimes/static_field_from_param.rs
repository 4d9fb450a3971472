//@ compile-fail
// A parameter's `&str` stored in a field written `&'static str`: its lifetime must outlive 'static.
struct Entry {
    key: &'static str,
    hits: u32,
}

fn count(key: &str) -> u32 {
    let e = Entry { key: key, hits: 1 }; //~ ERROR lifetime may not live long enough
    e.hits + e.key.len() as u32
}

fn main() {
    println!("{}", count("abc"));
}
