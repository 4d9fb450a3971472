//@ compile-fail
// Two chunks_mut iterators over one buffer are used to copy the first block into the second.
fn main() {
    let mut pixels = vec![1u8, 2, 3, 4, 5, 6];
    let first = pixels.chunks_mut(3).next().unwrap();
    let second = pixels.chunks_mut(3).nth(1).unwrap(); //~ ERROR E0499
    second.copy_from_slice(first);
    println!("{:?}", pixels);
}
