// The borrow in an `if` condition ends before the body mutates.
fn main() {
    let mut v = vec![1, 2, 3];
    if v.iter().any(|&x| x > 2) {
        v.push(10);
    }
    if v.contains(&10) {
        v.retain(|&x| x != 1);
    }
    while v.len() < 6 {
        v.push(0);
    }
    println!("{:?}", v);
}
