// sum, product, parse and collect with annotations.
fn main() {
    let v = vec![1, 2, 3];
    let s: i32 = v.iter().sum();
    let p = (1..4).product::<u64>();
    let n: i32 = "5".parse().unwrap();
    let c: Vec<i32> = (0..3).collect();
    println!("{} {} {} {:?}", s, p, n, c);
}
