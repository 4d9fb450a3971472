// assert_ne! failure without a message prints both (equal) sides.
fn main() {
    assert_ne!(1, 2);
    println!("different");
    let words = ["x", "y"];
    let a = words.first().copied();
    assert_ne!(a, None);
    println!("some word");
    assert_ne!(a, Some("x"));
}
