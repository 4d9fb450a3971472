//@ compile-fail
// Two closures each mutably capture the same counter and are both kept alive.
fn main() {
    let mut level = 5;
    let mut up = || level += 1;
    let mut down = || level -= 1; //~ ERROR E0499
    up();
    down();
    println!("{}", level);
}
