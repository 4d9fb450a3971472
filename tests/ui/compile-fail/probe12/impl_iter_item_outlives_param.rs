//@ compile-fail
// An `impl Iterator<Item = &'a u32>` built from a parameter whose elided lifetime is not `'a`.
fn evens<'a>(v: &Vec<u32>) -> impl Iterator<Item = &'a u32> {
    v.iter().filter(|x| **x % 2 == 0) //~ ERROR E0621
}
fn main() {
    let v = vec![1, 2, 3, 4];
    for x in evens(&v) {
        println!("{x}");
    }
}
