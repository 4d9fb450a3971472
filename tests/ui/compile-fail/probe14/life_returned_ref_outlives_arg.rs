//@ compile-fail
// The result tied to an argument that dies before the result is used.
fn first<'a>(v: &'a [i32]) -> &'a i32 { &v[0] }
fn main() {
    let r;
    {
        let v = vec![1];
        r = first(&v); //~ ERROR E0597
    }
    println!("{}", r);
}
