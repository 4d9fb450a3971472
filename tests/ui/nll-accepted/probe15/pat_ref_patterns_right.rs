// `&` patterns on references, `ref` on values.
fn main() {
    let v = vec![1, 2, 3];
    let s: Vec<i32> = v.iter().map(|&x| x + 1).collect();
    let n = 5;
    let &m = &n;
    let o = Some(String::from("a"));
    if let Some(ref t) = o { println!("{}", t); }
    println!("{:?} {} {:?}", s, m, o);
}
