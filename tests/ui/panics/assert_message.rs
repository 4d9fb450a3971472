// assert! with a formatted message prints only the message.
fn main() {
    let balance = 40;
    let cost = 55;
    assert!(balance >= 0, "balance must be non-negative");
    assert!(balance >= cost, "cannot pay {cost} with {balance}");
}
