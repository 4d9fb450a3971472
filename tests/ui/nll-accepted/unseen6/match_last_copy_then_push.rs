// The scrutinee `v.last()` only copies its value out, so the arm may push to `v`.
fn main() {
    let mut v = vec![3];
    for _ in 0..5 {
        match v.last() {
            Some(&x) if x > 0 => v.push(x - 1),
            Some(_) => v.push(9),
            None => v.push(0),
        }
    }
    println!("{:?}", v);
}
