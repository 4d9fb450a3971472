// Passing a `&mut` to functions repeatedly: each call reborrows implicitly instead of moving.
fn push_twice(v: &mut Vec<i32>, x: i32) {
    v.push(x);
    v.push(x);
}

fn main() {
    let mut v = Vec::new();
    let r = &mut v;
    push_twice(r, 1);
    push_twice(r, 2);
    r.push(3);
    println!("{:?}", v);
}
