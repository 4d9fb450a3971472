// Disjoint borrows of tuple fields.
fn main() {
    let mut t = (String::from("a"), vec![1]);
    let s = &mut t.0;
    let v = &mut t.1;
    s.push('b');
    v.push(2);
    println!("{} {:?}", t.0, t.1);
    let (x, y) = (&t.0, &mut t.1);
    y.push(x.len() as i32);
    println!("{:?}", t);
}
