// unreachable! with a message appends it after a colon.
fn main() {
    let x = 10;
    println!("x = {x}");
    if x > 5 {
        unreachable!("x was {}", x);
    }
}
