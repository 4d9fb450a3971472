// A match on v.last() copies the value out, so its arm can push onto the same Vec.
fn main() {
    let mut seq = vec![1u64, 1];
    for _ in 0..6 {
        match seq.last() {
            Some(&x) if x > 5 => seq.push(x * 2),
            Some(&x) => {
                let prev = seq[seq.len() - 2];
                seq.push(x + prev)
            }
            None => seq.push(1),
        }
    }
    println!("{:?}", seq);
}
