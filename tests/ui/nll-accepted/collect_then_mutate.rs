// Collecting what to add first, then mutating, avoids iterator invalidation.
fn main() {
    let mut v = vec![1, 2, 3];
    let extra: Vec<i32> = v.iter().map(|x| x * 10).collect();
    v.extend(extra);
    println!("{:?}", v);
    let evens: Vec<usize> = v.iter().enumerate().filter(|(_, x)| *x % 2 == 0).map(|(i, _)| i).collect();
    for i in evens.iter().rev() {
        v.remove(*i);
    }
    println!("{:?}", v);
}
