// unwrap on None panics with a fixed message at the call site.
fn main() {
    let v: Vec<i32> = Vec::new();
    let w = vec![4];
    println!("{}", w.first().unwrap());
    let first = v.first();
    println!("first = {first:?}");
    let x = first.unwrap();
    println!("{x}");
}
