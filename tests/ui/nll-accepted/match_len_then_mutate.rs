// Matching on `v.len()` (a copied usize) lets every arm mutate `v`.
fn main() {
    let mut v = vec![1, 2, 3, 4];
    for _ in 0..5 {
        match v.len() {
            0 => v.push(1),
            n if n % 2 == 0 => v.truncate(n - 1),
            n => v.push(n as i32),
        }
    }
    println!("{:?}", v);
}
