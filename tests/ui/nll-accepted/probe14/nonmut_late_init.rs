// A non-`mut` local initialised once on each path.
fn main() {
    let x;
    let n = "hello".len();
    if n > 3 { x = 1; } else { x = 2; }
    println!("{}", x);
}
