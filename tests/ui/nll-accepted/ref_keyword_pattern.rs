// `ref` in a pattern borrows instead of moving.
fn main() {
    let pair = (String::from("left"), String::from("right"));
    let (ref a, ref b) = pair;
    println!("{} {}", a, b);
    println!("{:?}", pair);
    let opt = Some(String::from("x"));
    if let Some(ref s) = opt {
        println!("{}", s);
    }
    println!("{:?}", opt);
}
