//@ compile-fail
// Returning an iterator over a local vector.
fn items() -> std::slice::Iter<'static, i32> {
    let v = vec![1, 2, 3];
    v.iter() //~ ERROR E0515
}

fn main() {
    for x in items() {
        println!("{}", x);
    }
}
