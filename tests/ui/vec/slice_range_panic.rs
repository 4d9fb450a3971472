// A slice range ending past the length panics with both numbers.
fn main() {
    let v = vec![1, 2, 3, 4];
    let end = v.len() + 2;
    println!("{:?}", &v[1..3]);
    println!("{:?}", v.get(1..end));
    println!("{:?}", &v[1..]);
    let s = &v[1..end];
    println!("{s:?}");
}
