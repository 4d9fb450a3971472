// A name bound to a `&mut` is shadowed by a plain value once the mutable borrow is no longer used.
fn main() {
    let mut data = vec![1, 2, 3];
    let d = &mut data;
    d.push(4);
    d[0] = 10;
    let d = data.len();
    data.push(d as i32);
    println!("{} {:?}", d, data);
}
