// Mixed integer types made equal with `as` and `from`.
fn main() {
    let a: i32 = 1;
    let b: i64 = 2;
    let c = a as i64 + b;
    let d = i64::from(a) + b;
    let v = vec![1, 2];
    let n: i32 = 2;
    println!("{} {} {}", c, d, v.len() == n as usize);
}
