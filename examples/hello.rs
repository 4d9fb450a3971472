// The smallest program: one line on stdout.
fn main() {
    println!("Hello, world!");
}
