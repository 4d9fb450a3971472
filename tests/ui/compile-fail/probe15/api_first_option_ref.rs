//@ compile-fail
// Vec::first's Option<&i32> bound to Option<i32> (E0308).
fn main() {
    let v = vec![1];
    let f: Option<i32> = v.first(); //~ ERROR E0308
    println!("{:?}", f);
}
