// A `&mut` from `first_mut` is dead before `push`.
fn main() {
    let mut v = vec![1, 2, 3];
    if let Some(f) = v.first_mut() {
        *f = 100;
    }
    v.push(4);
    let l = v.last_mut().unwrap();
    *l += 1;
    v.push(6);
    println!("{:?}", v);
}
