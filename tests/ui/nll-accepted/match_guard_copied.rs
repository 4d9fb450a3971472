// Matching on a copied value from `last()` lets the arms mutate the Vec.
fn main() {
    let mut v = vec![1, 5];
    for _ in 0..3 {
        match v.last().copied() {
            Some(x) if x > 3 => v.push(x - 3),
            Some(x) => v.push(x + 4),
            None => v.push(0),
        }
    }
    println!("{:?}", v);
}
