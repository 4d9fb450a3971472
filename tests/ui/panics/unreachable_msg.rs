// unreachable! with a message appends it after a colon.
fn main() {
    let x = 10;
    let y = x / 2;
    println!("y = {y}");
    println!("x = {x}");
    if x > 5 {
        unreachable!("x was {}", x);
    }
    println!("small x");
}
