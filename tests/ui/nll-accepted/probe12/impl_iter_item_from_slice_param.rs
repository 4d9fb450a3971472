// An `impl Iterator<Item = &'a u32>` built from a parameter `&'a [u32]` is accepted.
fn evens<'a>(v: &'a [u32]) -> impl Iterator<Item = &'a u32> {
    v.iter().filter(|x| **x % 2 == 0)
}
fn main() {
    let v = vec![1, 2, 3, 4];
    for x in evens(&v) {
        println!("{x}");
    }
}
