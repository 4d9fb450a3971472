// assert_ne! failure prints both (equal) sides, with and without a message.
fn main() {
    assert_ne!(1, 2);
    println!("different");
    let a = Some("x");
    assert_ne!(a, Some("x"));
}
