//@ compile-fail
// A `&mut` pushed into a Vec is moved.
fn main() {
    let mut x = 1;
    let r = &mut x;
    let mut all = Vec::new();
    all.push(r);
    *r += 1; //~ ERROR E0382
    println!("{}", all.len());
}
