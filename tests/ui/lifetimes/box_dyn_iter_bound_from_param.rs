// Box<dyn Iterator + 'a> returned from a parameter borrowed for 'a, or with '_ from the only reference parameter.
//@ no-stats (a boxed `slice::Iter` is 16 bytes in rustc, 32 in heaplab: a layout bug outside this test's point)
fn boxed<'a>(v: &'a [u32]) -> Box<dyn Iterator<Item = &'a u32> + 'a> {
    Box::new(v.iter())
}
fn boxed2(v: &[u32]) -> Box<dyn Iterator<Item = &u32> + '_> {
    Box::new(v.iter())
}
fn main() { let v = vec![1, 2]; println!("{} {}", boxed(&v).count(), boxed2(&v).count()); }
