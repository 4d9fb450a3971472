// A `&mut` moved into another variable: the new one is used, the old one is not.
fn main() {
    let mut v = vec![1];
    let a = &mut v;
    let b = a;
    b.push(2);
    let c: &mut Vec<i32> = b;
    c.push(3);
    println!("{:?}", v);
    v.push(4);
    println!("{}", v.len());
}
