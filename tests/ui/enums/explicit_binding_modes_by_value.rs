// Explicit `ref`, `mut` and `&` are fine where the pattern matches by value (no implicit borrow)
fn main() {
    let pairs = vec![(1, 2), (3, 4)];
    for &(a, b) in &pairs {
        println!("{a}+{b}={}", a + b);
    }
    let big: Vec<&(i32, i32)> = pairs.iter().filter(|&&(a, _)| a > 1).collect();
    println!("{:?}", big);
    let opt = Some(String::from("kept"));
    match opt {
        Some(ref s) => println!("ref {s}"),
        None => {}
    }
    println!("{:?}", opt);
    let (mut x, y) = (1, 2);
    x += y;
    let &(p, q) = &(5, 6);
    let nums = [1, 2, 3];
    let total: i32 = nums.iter().map(|&n| n * 2).sum();
    if let Some(&first) = nums.first() {
        println!("{x} {p} {q} {total} {first}");
    }
}
