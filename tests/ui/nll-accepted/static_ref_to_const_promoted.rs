// A reference to a constant expression is promoted to 'static.
fn zero() -> &'static i32 {
    &0
}

fn main() {
    let r: &'static i32 = &5;
    println!("{} {}", r, zero());
}
