// A reborrow through `&mut *r` ends before `r` is used again.
fn add_two(v: &mut Vec<i32>) {
    v.push(2);
}

fn main() {
    let mut v = vec![1];
    let r = &mut v;
    let r2 = &mut *r;
    r2.push(10);
    add_two(r);
    r.push(3);
    add_two(r);
    println!("{:?}", v);
}
