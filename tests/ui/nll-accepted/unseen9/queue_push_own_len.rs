// Two-phase borrow: each ticket number pushed is the queue's current length.
fn main() {
    let mut tickets: Vec<usize> = Vec::new();
    for _ in 0..4 {
        tickets.push(tickets.len() + 100);
    }
    tickets.insert(tickets.len() / 2, 0);
    println!("{:?}", tickets);
}
