// An iterator chain borrowing the Vec is fully consumed before the Vec changes.
fn main() {
    let mut v = vec![5, 3, 8, 1];
    let big = v.iter().filter(|&&x| x > 2).count();
    v.push(big as i32);
    let doubled: Vec<i32> = v.iter().map(|x| x * 2).collect();
    v.clear();
    v.extend(doubled.iter().rev());
    println!("{:?}", v);
}
