// Indexing an array with a runtime index out of range panics.
fn pick(a: &[u8; 4], i: usize) -> u8 {
    a[i]
}

fn main() {
    let a = [1u8, 2, 3, 4];
    println!("{}", pick(&a, 3));
    println!("{}", pick(&a, 4));
}
