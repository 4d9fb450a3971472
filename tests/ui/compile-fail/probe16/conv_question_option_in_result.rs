//@ compile-fail
// `?` on an Option in a function returning Result (E0277).
fn first(v: &[i32]) -> Result<i32, String> {
    let x = v.first()?; //~ ERROR E0277
    Ok(*x)
}
fn main() { println!("{:?}", first(&[1])); }
