// assert! with a formatted message prints only the message.
fn pay(balance: i32, cost: i32) -> i32 {
    assert!(balance >= 0, "balance must be non-negative");
    assert!(balance >= cost, "cannot pay {cost} with {balance}");
    balance - cost
}

fn main() {
    println!("{}", pay(100, 55));
    println!("{}", pay(40, 55));
}
