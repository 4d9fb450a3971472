//@ compile-fail
// An impl header's self type must meet the struct's where-clause: `Cache<Vec<u8>>` breaks `K: Clone + Eq + Copy`.
struct Cache<K>
where
    K: Clone + Eq + Copy,
{
    last: Option<K>,
}

impl Cache<Vec<u8>> { //~ ERROR E0277
    fn empty() -> bool {
        true
    }
}

fn main() {
    println!("{}", std::mem::size_of::<Cache<u8>>());
}
