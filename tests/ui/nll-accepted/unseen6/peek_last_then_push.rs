// NLL: the reference from `last()` is dead after the comparison, so pushing inside the `if` is fine.
fn main() {
    let mut countdown = vec![5];
    for _ in 0..4 {
        if let Some(x) = countdown.last() {
            if *x > 2 {
                countdown.push(x - 1);
            } else {
                countdown.push(10);
            }
        }
    }
    println!("{:?}", countdown);
}
