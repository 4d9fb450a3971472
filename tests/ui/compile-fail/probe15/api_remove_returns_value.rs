//@ compile-fail
// Vec::remove returns T, bound to Option<T> (E0308).
fn main() {
    let mut v = vec![1];
    let r: Option<i32> = v.remove(0); //~ ERROR E0308
    println!("{:?}", r);
}
