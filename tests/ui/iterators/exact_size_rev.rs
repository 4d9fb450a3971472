// ExactSizeIterator and DoubleEndedIterator: rposition, len, enumerate().rev(), flatten over &Option, chain().rev().
fn main() {
    let v = vec![3, 1, 4, 1, 5];
    println!("{:?} {}", v.iter().rposition(|&x| x == 1), v.iter().len());
    for (i, x) in v.iter().enumerate().rev() { print!("{i}:{x} "); }
    println!();
    let opts = vec![Some(1), None, Some(3)];
    let total: i32 = opts.iter().flatten().sum();
    println!("{total} {:?}", v.iter().rfind(|x| **x < 4));
    let c: Vec<i32> = v.iter().chain(&opts.iter().flatten().copied().collect::<Vec<i32>>()).rev().cloned().collect();
    println!("{:?} {}", c, (0..10).map(|x| x * 2).len());
}
