// panic!() without arguments prints "explicit panic".
fn main() {
    println!("about to panic");
    panic!();
}
