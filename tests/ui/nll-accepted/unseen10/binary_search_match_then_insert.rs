// The match on binary_search's result inserts into the same Vec in its Err arm.
fn main() {
    let mut sorted: Vec<u32> = Vec::new();
    for x in [42, 7, 19, 42, 3, 19, 88] {
        match sorted.binary_search(&x) {
            Ok(i) => println!("{} already at {}", x, i),
            Err(pos) => sorted.insert(pos, x),
        }
    }
    println!("{:?}", sorted);
}
