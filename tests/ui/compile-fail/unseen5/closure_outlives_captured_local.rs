//@ compile-fail
// A closure borrowing a local of an inner block is called after the block ends.
fn main() {
    let describe;
    {
        let unit = String::from("kg");
        describe = |x: f64| format!("{} {}", x, unit); //~ ERROR E0597
    }
    println!("{}", describe(2.5));
}
