//@ compile-fail
// A permutation iterator tries to hand out slices of its own buffer as items with the iterator's lifetime.
struct Perms<'a> {
    source: &'a [i32],
    current: Vec<i32>,
}

impl<'a> Iterator for Perms<'a> {
    type Item = &'a [i32];
    fn next(&mut self) -> Option<&'a [i32]> {
        if self.current.is_empty() {
            self.current = self.source.to_vec();
        }
        Some(&self.current) //~ ERROR lifetime may not live long enough
    }
}

fn main() {
    let data = [1, 2, 3];
    let mut p = Perms { source: &data, current: Vec::new() };
    println!("{:?}", p.next());
}
