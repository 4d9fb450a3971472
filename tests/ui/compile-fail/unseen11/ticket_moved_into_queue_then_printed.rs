//@ compile-fail
// A support ticket is pushed into the queue by value and then printed again.
#[derive(Debug)]
struct Ticket {
    id: u32,
    title: String,
}

fn main() {
    let mut queue: Vec<Ticket> = Vec::new();
    let t = Ticket { id: 7, title: String::from("printer on fire") };
    queue.push(t);
    println!("queued {:?}", t); //~ ERROR E0382
    println!("{} in queue", queue.len());
}
