// A `&mut` given to a `&mut` parameter is reborrowed and usable again.
fn push(v: &mut Vec<i32>, x: i32) { v.push(x); }
fn main() {
    let mut v = vec![1];
    let r = &mut v;
    push(r, 2);
    r.push(3);
    let s: &mut Vec<i32> = r;
    s.push(4);
    println!("{:?}", v);
}
