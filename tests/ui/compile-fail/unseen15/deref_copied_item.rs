//@ compile-fail
// an item already copied out of the iterator is dereferenced again
fn main() {
    let nums = vec![3u32, 4, 5];
    let mut total = 0;
    for n in nums.iter().copied() {
        total += *n; //~ ERROR E0614
    }
    println!("{total}");
}
