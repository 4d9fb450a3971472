// `{:x}`, `{:b}`, `{:o}`, `{:e}` on the types that implement them.
fn main() {
    println!("{:x} {:b} {:o} {:e}", 255, 5u8, 8, 1500.0);
}
