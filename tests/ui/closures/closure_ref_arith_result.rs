// A closure returning `&i64 + &i64` (or `&i64 + 1`) without an annotation: the result is an `i64`, not a reference.
fn main() {
    let a = vec![1i64, 2, 3];
    let b = vec![10i64, 20];
    let sums: Vec<i64> = (0..3).map(|i| a.get(i).unwrap_or(&0) + b.get(i).unwrap_or(&0)).collect();
    let bump = |i: usize| a.get(i).unwrap_or(&0) + 1;
    let total: i64 = bump(0) + bump(7);
    let scaled = (0..2).map(|i| &b[i] * 3).collect::<Vec<_>>();
    println!("{:?} {} {:?}", sums, total, scaled);
}
